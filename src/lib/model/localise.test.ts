import { describe, expect, it } from 'vitest';
import { datasetToCsvFiles, loadCsvFiles } from './csv';
import { loadDataset, type Story } from './load';
import { localiseStory } from './localise';
import { textLang } from './text-lang';
import type { DatasetInput } from './schema';

const dataset = (): DatasetInput => ({
	id: 'pact',
	title: 'The pact',
	lang: 'en',
	translations: { fr: { title: 'Le pacte' } },
	sources: [{ id: 'tass', title: 'TASS' }],
	actors: [
		{
			id: 'russia',
			name: 'Russia',
			kind: 'country',
			translations: { 'fr-CA': { name: 'Russie' } }
		},
		{
			id: 'putin',
			name: 'Vladimir Putin',
			kind: 'person',
			represents: 'russia',
			role: 'President',
			active: { from: '2000-05-07' },
			translations: { fr: { role: 'Président' } }
		}
	],
	events: [
		{
			id: 'treaty',
			date: '2024-06-19',
			title: 'Treaty signed',
			summary: 'Signed in Pyongyang.',
			kind: 'treaty',
			actors: ['russia', 'putin'],
			sources: [{ source: 'tass', quote: 'A quote.' }],
			translations: { fr: { title: 'Traité signé' } }
		}
	],
	relations: [],
	story: [
		{
			event: 'treaty',
			caption: 'Six days later.',
			translations: { fr: { caption: 'Six jours plus tard.' } }
		}
	]
});

function load(data: unknown): Story {
	const result = loadDataset(data);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.story;
}

describe('translations in the schema', () => {
	it('accepts translations of texts and a language', () => {
		expect(loadDataset(dataset()).ok).toBe(true);
	});

	it('refuses a field that is not translatable, and a bad tag, each at its place', () => {
		const data = dataset() as { events: Record<string, unknown>[]; lang: string };
		data.events[0]!.translations = { fr: { quote: 'Une citation.' }, 'fr_CA!': { title: 'x' } };
		data.lang = 'english!';
		const result = loadDataset(data);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const places = result.errors.map((p) => p.path.join('.'));
		expect(places).toContain('events.0.translations.fr');
		expect(places).toContain('events.0.translations.fr_CA!');
		expect(places).toContain('lang');
		expect(result.errors.find((p) => p.path.at(-1) === 'fr')?.message).toMatch(/'quote'/);
	});
});

describe('localiseStory', () => {
	it('shows the translations of the language, and the story text where there is none', () => {
		const story = load(dataset());
		const fr = localiseStory(story, 'fr');
		const event = fr.eventById.get('treaty')!;
		expect(fr.data.title).toBe('Le pacte');
		expect(event.title).toBe('Traité signé');
		expect(event.summary).toBe('Signed in Pyongyang.');
		expect(event.sources[0]?.quote).toBe('A quote.');
		expect(fr.actorById.get('russia')?.name).toBe('Russie');
		expect(fr.data.story?.[0]?.caption).toBe('Six jours plus tard.');
		// The office's implied `leads` relation is labelled in French too.
		expect(fr.relations.find((r) => r.derived)?.label).toBe('Président');
		expect(textLang(fr, event, 'title')).toBeUndefined();
		expect(textLang(fr, fr.data, 'title')).toBeUndefined();
		expect(textLang(fr, event, 'summary')).toBe('en');
		expect(textLang(fr, fr.actorById.get('russia'), 'name')).toBeUndefined();
		// The dataset as written stays, for the editor and the exports.
		expect(fr.original).toBe(story.data);
		expect(story.eventById.get('treaty')?.title).toBe('Treaty signed');
	});

	it('leaves a story in the page language as it is', () => {
		const story = load(dataset());
		const en = localiseStory(story, 'en');
		expect(en.events).toBe(story.events);
		expect(en.data.title).toBe('The pact');
		expect(textLang(en, en.events[0], 'title')).toBeUndefined();
		const de = localiseStory(story, 'de');
		expect(de.data.title).toBe('The pact');
		expect(textLang(de, de.events[0], 'title')).toBe('en');
	});
});

describe('translations in CSV', () => {
	const files = (events: string) => [
		{ name: 'actors.csv', text: 'id,name,name@fr,kind\nrussia,Russia,Russie,country\n' },
		{ name: 'events.csv', text: events },
		{ name: 'story.csv', text: 'title,title@fr,lang\nThe pact,Le pacte,en\n' }
	];

	it('reads a column `title@fr` as the French of the title', () => {
		const result = loadCsvFiles(
			files(
				'id,date,title,title@fr,summary@FR-ca,kind\ntreaty,2024-06-19,Treaty,Traité,Signé,treaty\n'
			)
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		const data = result.story.data;
		expect(data.translations).toEqual({ fr: { title: 'Le pacte' } });
		expect(data.actors[0]?.translations).toEqual({ fr: { name: 'Russie' } });
		expect(data.events[0]?.translations).toEqual({
			fr: { title: 'Traité' },
			'fr-CA': { summary: 'Signé' }
		});
		// And writes them back.
		const again = loadCsvFiles(datasetToCsvFiles(data));
		expect(again.ok && again.story.data).toEqual(data);
	});

	it('places a bad language, an unknown translated column and a too long translation', () => {
		const result = loadCsvFiles(
			files(
				`id,date,title,title@fr_x!,kind@fr,summary@fr,kind\ntreaty,2024-06-19,Treaty,x,y,,treaty\nvisit,2024-06-18,Visit,,,${'z'.repeat(4001)},visit\n`
			)
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const at = (p: { file?: string; row?: number; column?: string }) =>
			`${p.file} row ${p.row}, column ${p.column}`;
		expect(result.errors.map(at)).toEqual(
			expect.arrayContaining([
				'events.csv row 1, column title@fr_x!',
				'events.csv row 3, column summary@fr'
			])
		);
		expect(result.warnings.map(at)).toContain('events.csv row 1, column kind@fr');
	});
});

describe('exports of a story shown in another language', () => {
	it('write the dataset as written, translations and all', async () => {
		const { datasetJson } = await import('../export/files');
		const { loadJsonText } = await import('./import');
		const story = load(dataset());
		const again = loadJsonText(datasetJson(localiseStory(story, 'fr')), 'story.json');
		if (!again.ok) throw new Error('the export does not load');
		expect(again.story.data.title).toBe('The pact');
		expect(again.story.data.translations).toEqual({ fr: { title: 'Le pacte' } });
		expect(again.story.data.events[0]?.translations).toEqual({ fr: { title: 'Traité signé' } });
		expect(again.story.data.events[0]?.title).toBe('Treaty signed');
	});
});
