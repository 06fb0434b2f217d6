import { describe, expect, it } from 'vitest';
import { blankDraft } from './ops';
import { describeDate, isWebAddress, normalizeDate, sourceFromAddress } from './entry';
import { checkDraft, placeOf } from './validate';

describe('typing dates', () => {
	it('takes dates as people write them and keeps anything else as typed', () => {
		expect(normalizeDate(' 2024-06 ')).toBe('2024-06');
		expect(normalizeDate('c. 1995')).toBe('1995~');
		expect(normalizeDate('circa 1995-03')).toBe('1995-03~');
		expect(normalizeDate('19/06/2024')).toBe('19/06/2024');
	});

	it('reads a date back at its precision, and refuses impossible days', () => {
		expect(describeDate('2024')).toBe('2024 (year)');
		expect(describeDate('2024-06')).toBe('June 2024 (month)');
		expect(describeDate('2024-06-19')).toBe('19 June 2024 (day)');
		expect(describeDate('1995~')).toBe('c. 1995 (year)');
		expect(describeDate('2024-02-30')).toBeNull();
	});
});

describe('a source from an address', () => {
	it('fills id, publisher and address from the address and leaves the title to write', () => {
		expect(isWebAddress('https://www.un.org/press/en/2024')).toBe(true);
		expect(isWebAddress('javascript:alert(1)')).toBe(false);
		const draft = { ...blankDraft(), sources: [{ id: 'un', title: 'Taken' }] };
		expect(sourceFromAddress(draft, 'https://www.un.org/press/en/2024')).toEqual({
			id: 'un-1',
			title: '',
			publisher: 'un.org',
			url: 'https://www.un.org/press/en/2024'
		});
		expect(sourceFromAddress(blankDraft(), 'https://38north.org/x').id).toBe('source-38north');
	});
});

describe('problems placed on the editor', () => {
	it('puts a problem on its table, row and form field', () => {
		expect(placeOf(['events', 3, 'date'])).toEqual({ table: 'events', index: 3, field: 'date' });
		expect(placeOf(['actors', 1, 'active', 'from'])).toEqual({
			table: 'actors',
			index: 1,
			field: 'active.from'
		});
		expect(placeOf(['events', 2, 'sources', 0, 'source'])).toEqual({
			table: 'events',
			index: 2,
			field: 'sources'
		});
		expect(placeOf(['title'])).toEqual({ table: 'meta', index: null, field: 'title' });
		expect(placeOf(['actors'])).toEqual({ table: 'actors', index: null, field: null });
	});

	it('checks a draft with the import rules: a blank story needs an actor and an event', () => {
		const check = checkDraft(blankDraft());
		expect(check.story).toBeNull();
		expect(check.problems.map((p) => [p.place.table, p.message])).toEqual([
			['actors', 'a story needs at least one actor'],
			['events', 'a story needs at least one event']
		]);
	});
});
