import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import { describeDate, normalizeDate, readDate } from './entry';
import { fieldLabel, tableSpec } from './fields';
import type { StoryEvent } from '../model/schema';
import { blankDraft, describeReferences, newItem } from './ops';
import { checkDraft, describePlace } from './validate';

afterEach(() => useLanguage('en'));

describe('the editor in French', () => {
	it('labels tables and fields, and reads dates back in French', async () => {
		await useLanguage('fr');
		expect(tableSpec('events').title).toBe('Événements');
		expect(tableSpec('sources').add).toBe('Ajouter une source');
		expect(fieldLabel('events', 'summary')).toBe('Résumé');
		expect(fieldLabel('story', 'id')).toBe('Étape');
		expect(describeDate('2024-06-19')).toBe('19 juin 2024 (jour)');
		expect(readDate('2024-06')).toBe('juin 2024');
		expect(normalizeDate('vers 1995')).toBe('1995~');
		expect(blankDraft().title).toBe('Récit sans titre');
	});

	it('says what refers, and where a problem is, in one sentence of the language', async () => {
		await useLanguage('fr');
		expect(
			describeReferences('sources', [
				{ table: 'events', index: 0, id: 'summit', field: 'sources' },
				{ table: 'events', index: 3, id: 'treaty', field: 'sources' },
				{ table: 'relations', index: 1, id: 'pact', field: 'sources' }
			])
		).toBe("2 événements ('summit', 'treaty') et 1 relation ('pact') citent cette source");
		const draft = {
			...blankDraft(),
			events: [{ ...(newItem(blankDraft(), 'events') as StoryEvent), id: 'e', date: '2024-02-30' }]
		};
		const problem = checkDraft(draft).problems.find((p) => p.place.field === 'date')!;
		expect(describePlace(problem, draft)).toBe('événements, ligne 1 (e), champ Date');
	});

	it('keeps the English words when the language is English', () => {
		expect(tableSpec('story').filter).toBe('Filter guided steps');
		expect(describeDate('1995~')).toBe('c. 1995 (year)');
	});
});
