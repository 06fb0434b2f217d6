import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import { DAY_MS, parsePartialDate } from '../model/dates';
import { MARK_SHAPES } from '../model/constants';
import { labelText, markGeometry, markName, shapePath, shortTitle } from './marks';

function event(title: string, date: string, end?: string) {
	const when = parsePartialDate(date)!;
	const last = end ? parsePartialDate(end)! : undefined;
	return { title, when, ...(last ? { last } : {}), start: when.start, finish: (last ?? when).end };
}

describe('markGeometry: a date is drawn at its precision', () => {
	it('a day: a filled mark in the middle of that day', () => {
		expect(markGeometry(event('Treaty', '2024-06-19'))).toEqual({
			form: 'day',
			at: Date.UTC(2024, 5, 19) + DAY_MS / 2,
			from: Date.UTC(2024, 5, 19),
			to: Date.UTC(2024, 5, 20),
			hollow: false,
			dashed: false
		});
	});

	it('a month: a hollow mark over a bar covering the whole month, never one false day', () => {
		expect(markGeometry(event('Occupation', '1945-08'))).toEqual({
			form: 'vague',
			at: (Date.UTC(1945, 7, 1) + Date.UTC(1945, 8, 1)) / 2,
			from: Date.UTC(1945, 7, 1),
			to: Date.UTC(1945, 8, 1),
			hollow: true,
			dashed: false
		});
	});

	it('a year, approximate: a hollow, dashed mark over the whole year', () => {
		const g = markGeometry(event('Talks', '1995~'));
		expect([g.form, g.from, g.to, g.hollow, g.dashed]).toEqual([
			'vague',
			Date.UTC(1995, 0, 1),
			Date.UTC(1996, 0, 1),
			true,
			true
		]);
	});

	it('a range: a bar from the first day to the end of the last', () => {
		const g = markGeometry(event('Visit', '2000-07-19', '2000-07-20'));
		expect([g.form, g.from, g.to, g.hollow]).toEqual([
			'range',
			Date.UTC(2000, 6, 19),
			Date.UTC(2000, 6, 21),
			false
		]);
		expect(markGeometry(event('War', '1950-06-25', '1953-07')).hollow).toBe(true);
	});
});

describe('names and labels', () => {
	it('the accessible name is "title, date" at the date’s precision', () => {
		expect(markName(event('Treaty signed', '2024-06-19'), 'en-GB')).toBe(
			'Treaty signed, 19 June 2024'
		);
		expect(markName(event('Union dissolved', '1991-12'), 'en-GB')).toBe(
			'Union dissolved, December 1991'
		);
		expect(markName(event('Talks', '1995~'), 'en-GB')).toBe('Talks, c. 1995');
		expect(markName(event('Visit', '2000-07-19', '2000-07-20'), 'en-GB')).toBe(
			'Visit, 19 July 2000 – 20 July 2000'
		);
	});

	it('shortTitle cuts long titles at a word with an ellipsis', () => {
		expect(shortTitle('Iran joins BRICS')).toBe('Iran joins BRICS');
		expect(shortTitle('Seoul: North Korea sending about 12,000 troops to Russia')).toBe(
			'Seoul: North Korea sending about…'
		);
		expect(shortTitle('Supercalifragilisticexpialidocious-and-more', 20)).toBe(
			'Supercalifragilisti…'
		);
	});

	it('an approximate label says "c." with its year', () => {
		expect(labelText(event('Talks begin', '1995~'))).toBe('Talks begin (c. 1995)');
		expect(labelText(event('Talks begin', '1995'))).toBe('Talks begin');
	});

	afterEach(() => useLanguage('en'));

	it("the approximate year is marked in the reader's language, its digits never grouped", async () => {
		await useLanguage('de');
		expect(labelText(event('Talks begin', '1995~'))).toBe('Talks begin (ca. 1995)');
	});

	it('shapes are closed paths, all different', () => {
		for (const shape of MARK_SHAPES) {
			expect(shapePath(shape)).toMatch(/^M.*Z$/);
			expect(shapePath(shape)).not.toMatch(/NaN|undefined/);
		}
		expect(new Set(MARK_SHAPES.map((shape) => shapePath(shape))).size).toBe(MARK_SHAPES.length);
		expect(shapePath('square', 10)).toBe('M-8.5,-8.5H8.5V8.5H-8.5Z');
		// The five-pointed star, upright (its first point straight up).
		expect(shapePath('star', 4)).toMatch(/^M0,-5L/);
		// The shapes of declared kinds: the hexagon's first corner to the right, the triangle pointing down.
		expect(shapePath('hexagon', 10)).toMatch(/^M11,0L/);
		expect(shapePath('triangle-down', 10)).toMatch(/^M0,12.5L/);
	});
});
