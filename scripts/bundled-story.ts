/**
 * Vite plugin: the module `virtual:entente/bundled-story`, made at build time from
 * data/russia-dprk.json. The dataset is validated here (a problem fails the build, with its
 * location), indexed into the `Story` every view reads, and laid out with fcose; the module then
 * holds the story, packed (src/lib/state/packed.ts), and `virtual:entente/bundled-positions` its
 * positions (apart, as only the graph reads them), both as plain JavaScript (devalue keeps
 * Infinity and shared objects). So the page that opens the bundled story loads neither zod nor
 * the layout worker.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { uneval } from 'devalue';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { cacheKey, computeLayout, layoutInput, type Positions } from '../src/lib/graph/layout.ts';
import { formatProblem, loadDataset, type Story } from '../src/lib/model/load.ts';
import { localiseStory } from '../src/lib/model/localise.ts';
import type { Citation } from '../src/lib/model/schema.ts';
import { packStory, unpackStory, type CitationTexts } from '../src/lib/state/packed.ts';

const ID = 'virtual:entente/bundled-story';
const RESOLVED = `\0${ID}`;
/** The positions travel apart: only the graph reads them, and the timeline embed has no graph. */
const POSITIONS_ID = 'virtual:entente/bundled-positions';
const POSITIONS_RESOLVED = `\0${POSITIONS_ID}`;
/** And the list of sources: the first frame shows none of them. */
const SOURCES_ID = 'virtual:entente/bundled-sources';
const SOURCES_RESOLVED = `\0${SOURCES_ID}`;
/**
 * And its translations, one module per language (`…/bundled-translations/fr`), which main.ts
 * loads before the first frame only for a reader of that language; this one lists them.
 */
const TRANSLATIONS_ID = 'virtual:entente/bundled-translations';
const TRANSLATIONS_RESOLVED = `\0${TRANSLATIONS_ID}`;
/** The bundled story, relative to the project root. */
export const BUNDLED_STORY = 'data/russia-dprk.json';

let registered = false;

/** By list of the dataset (`events`, `kinds.relations`; `''` for the story itself): [index, translations]. */
export type TranslationsByList = Record<string, [index: number, translations: object][]>;

/**
 * A dataset without the translations of its items (its sources keep theirs: they travel apart
 * anyway), and those translations by language (`fr` holds `fr` and `fr-CA`).
 */
export function splitTranslations(raw: Record<string, unknown>): {
	stripped: Record<string, unknown>;
	byLanguage: Record<string, TranslationsByList>;
} {
	const stripped = structuredClone(raw);
	const byLanguage: Record<string, TranslationsByList> = {};
	const lists: [string, unknown][] = [
		['', [stripped]],
		...['actors', 'events', 'relations', 'story'].map((k): [string, unknown] => [k, stripped[k]]),
		...['relations', 'events'].map((k): [string, unknown] => [
			`kinds.${k}`,
			(stripped.kinds as Record<string, unknown> | undefined)?.[k]
		])
	];
	for (const [path, list] of lists) {
		(Array.isArray(list) ? (list as Record<string, unknown>[]) : []).forEach((item, index) => {
			const translations = item.translations as Record<string, object> | undefined;
			if (!translations) return;
			delete item.translations;
			for (const [tag, texts] of Object.entries(translations)) {
				const lang = tag.toLowerCase().split('-')[0]!;
				const entries = ((byLanguage[lang] ??= {})[path] ??= []);
				const last = entries.at(-1);
				if (last?.[0] === index) Object.assign(last[1], { [tag]: texts });
				else entries.push([index, { [tag]: texts }]);
			}
		});
	}
	return { stripped, byLanguage };
}

/**
 * Validates and lays out a dataset file (with its translations: the layout of each language's
 * names too); throws with every error's location when it is bad.
 */
export function prepareStory(file: string): {
	story: Story;
	positions: Record<string, Positions>;
	byLanguage: Record<string, TranslationsByList>;
} {
	const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	const result = loadDataset(raw);
	if (!result.ok) {
		const lines = result.errors.map((p) => `  ${file} at ${formatProblem(p)}`);
		throw new Error(`The bundled story does not load:\n${lines.join('\n')}`);
	}
	const { stripped, byLanguage } = splitTranslations(raw);
	const bare = loadDataset(stripped);
	if (!bare.ok) throw new Error('The bundled story does not load without its translations');
	if (!registered) {
		cytoscape.use(fcose);
		registered = true;
	}
	const positions: Record<string, Positions> = {};
	for (const lang of ['', ...Object.keys(byLanguage)]) {
		const shown = lang ? localiseStory(result.story, lang) : bare.story;
		const input = layoutInput(shown);
		positions[cacheKey(shown, input)] ??= computeLayout(cytoscape, input);
	}
	return { story: bare.story, positions, byLanguage };
}

/**
 * The source texts of the three modules: the story without its list of sources, the sources
 * (shown only with a chosen event or relation, so they arrive after the first frame), and the
 * positions.
 */
export function bundledStoryModules(file: string): {
	story: string;
	sources: string;
	positions: string;
	/** The list of languages' modules, and each language's. */
	translations: Record<string, string>;
} {
	const { story: whole, positions, byLanguage } = prepareStory(file);
	// The quotes and notes of citations travel with the sources: only a chosen event or relation
	// (or a step of present mode) shows them.
	const quotes = { events: [], relations: [] } as {
		-readonly [K in keyof CitationTexts]: [number, number, Partial<Citation>][];
	};
	const bare =
		<T extends { sources: readonly Citation[] }>(list: 'events' | 'relations') =>
		(item: T, index: number): T => ({
			...item,
			sources: item.sources.map((citation, at) => {
				const { source, ...texts } = citation;
				if (Object.keys(texts).length > 0) quotes[list].push([index, at, texts]);
				return { source };
			})
		});
	const data = {
		...whole.data,
		sources: [],
		events: whole.data.events.map(bare('events')),
		relations: whole.data.relations.map(bare('relations'))
	};
	const bareOf = (list: 'events' | 'relations', id: string) =>
		data[list].find((item) => item.id === id)?.sources ?? [];
	const story: Story = {
		...whole,
		data,
		events: whole.events.map((e) => ({ ...e, sources: bareOf('events', e.id) })),
		relations: whole.relations.map((r) =>
			r.derived ? r : { ...r, sources: bareOf('relations', r.id) }
		),
		sources: [],
		sourceById: new Map()
	};
	const byId = <T extends { readonly id: string }>(items: readonly T[]) => {
		const map = new Map<string, T>();
		for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
		return map;
	};
	Object.assign(story, { eventById: byId(story.events), relationById: byId(story.relations) });
	const packed = packStory(story);
	if (!isDeepStrictEqual(unpackStory(packed), story)) {
		throw new Error(
			'The bundled story does not survive packing: Story has changed shape; update src/lib/state/packed.ts'
		);
	}
	return {
		story: [
			`import { unpackStory } from '/src/lib/state/packed.ts';`,
			`export const story = unpackStory(${uneval(packed)});`,
			''
		].join('\n'),
		sources: [
			`export const sources = ${uneval(whole.data.sources)};`,
			`export const quotes = ${uneval(quotes)};`,
			''
		].join('\n'),
		positions: `export const positions = ${JSON.stringify(positions)};\n`,
		translations: {
			'': `export const translations = {${Object.keys(byLanguage)
				.map((lang) => `${JSON.stringify(lang)}: () => import('${TRANSLATIONS_ID}/${lang}')`)
				.join(', ')}};\n`,
			...Object.fromEntries(
				Object.entries(byLanguage).map(([lang, lists]) => [
					lang,
					`export const translations = ${JSON.stringify(lists)};\n`
				])
			)
		}
	};
}

export function bundledStory(): Plugin {
	let root = process.cwd();
	// Both modules come from one preparation (the layout takes a while); redone when the file changes.
	let prepared: { file: string; modules: ReturnType<typeof bundledStoryModules> } | null = null;
	return {
		name: 'entente-bundled-story',
		configResolved(config) {
			root = config.root;
		},
		resolveId: (id) =>
			id === TRANSLATIONS_ID || id.startsWith(`${TRANSLATIONS_ID}/`)
				? `\0${id}`
				: id === ID
					? RESOLVED
					: id === POSITIONS_ID
						? POSITIONS_RESOLVED
						: id === SOURCES_ID
							? SOURCES_RESOLVED
							: null,
		watchChange(id) {
			if (prepared && resolve(id) === prepared.file) prepared = null;
		},
		load(id) {
			const translations = id.startsWith(TRANSLATIONS_RESOLVED);
			if (!translations && id !== RESOLVED && id !== POSITIONS_RESOLVED && id !== SOURCES_RESOLVED)
				return null;
			const file = resolve(root, BUNDLED_STORY);
			this.addWatchFile(file);
			prepared ??= { file, modules: bundledStoryModules(file) };
			const { modules } = prepared;
			if (translations)
				return modules.translations[id.slice(TRANSLATIONS_RESOLVED.length + 1)] ?? null;
			return id === RESOLVED
				? modules.story
				: id === SOURCES_RESOLVED
					? modules.sources
					: modules.positions;
		}
	};
}
