/**
 * The story on screen. A new story replaces it only when it loads without errors, so a bad file
 * never costs the reader the story they had. Keeping it in this browser is the story loader's
 * work (src/lib/import/loader.ts, src/lib/state/saved.ts); this store only tells how that went.
 */
import { createContext } from 'svelte';
import { story as bundled } from 'virtual:entente/bundled-story';
import { translations } from 'virtual:entente/bundled-translations';
import type { LoadResult, Problem, Story } from '../model/load';
import { primary } from '../model/text-lang';
import type { Source } from '../model/schema';
import { afterViewsDrawn } from '../drawn';
import type { SaveOutcome } from './saved';

export type StoryOrigin = 'bundled' | 'file' | 'url' | 'paste' | 'saved';

let shown = bundled;

/**
 * The bundled story: validated and indexed at build time (scripts/bundled-story.ts), so showing
 * it needs no validator in the browser; in the reader's language once `showBundledStory` ran.
 */
export function bundledStory(): Story {
	return shown;
}

type Translations = Awaited<ReturnType<(typeof translations)[string]>>['translations'];

/** Puts translations back into the bundled story's items (as written, and as indexed). */
function addTranslations(lists: Translations): void {
	for (const [path, items] of Object.entries(lists)) {
		let list: unknown = path ? bundled.data : [bundled.data];
		for (const key of path ? path.split('.') : []) list = (list as Record<string, unknown>)?.[key];
		for (const [index, texts] of items) {
			const item = (list as Record<string, Record<string, unknown>>)[index]!;
			item.translations = { ...(item.translations as object), ...texts };
			const id = item.id as string;
			const indexed = (
				{ actors: bundled.actorById, events: bundled.eventById, relations: bundled.relationById }[
					path
				] as Map<string, Record<string, unknown>> | undefined
			)?.get(id);
			if (indexed) indexed.translations = item.translations;
		}
	}
}

const added: Record<string, Promise<void>> = {};
/** The bundled story's translations into a language (nothing when it has none, or they fail). */
function addLanguage(lang: string): Promise<void> {
	const load = translations[lang];
	return (added[lang] ??= load
		? load().then(
				({ translations }) => addTranslations(translations),
				() => {}
			)
		: Promise.resolve());
}

/**
 * Before the first frame (main.ts): the bundled story in the reader's language, with its
 * translations into it (when it has any) and the code that shows them, each loaded apart.
 */
export async function showBundledStory(lang: string): Promise<void> {
	if (primary(bundled.data.lang ?? 'en') === lang) return;
	try {
		const [{ localiseStory }] = await Promise.all([import('../model/localise'), addLanguage(lang)]);
		shown = localiseStory(bundled, lang);
	} catch {
		// Shown as written rather than not at all.
	}
}

let sourcesArrived: Promise<void> | null = null;

/**
 * The bundled story's sources and its citations' quotes, which travel apart (no first frame needs
 * them): fetched once, put into the story in place. Whatever reads the whole dataset (exports, the editor) waits for this;
 * what shows a source reads `StoryStore.source`, which redraws when they arrive.
 */
export function bundledSources(): Promise<void> {
	// And the translations into every language, which the exports and the editor keep.
	return (sourcesArrived ??= Promise.all([
		import('virtual:entente/bundled-sources'),
		...Object.keys(translations).map(addLanguage)
	]).then(([{ sources, quotes }]) => {
		if (bundled.sources.length > 0) return;
		// Into the citations as written, which the story's items (and their translations) share.
		for (const list of ['events', 'relations'] as const)
			for (const [item, at, texts] of quotes[list])
				Object.assign(bundled.data[list][item]!.sources[at]!, texts);
		(bundled.sources as Source[]).push(...sources);
		if (bundled.data.sources !== bundled.sources)
			(bundled.data.sources as Source[]).push(...sources);
		const byId = bundled.sourceById as Map<string, Source>;
		for (const source of sources) if (!byId.has(source.id)) byId.set(source.id, source);
	}));
}

/**
 * Whether the story on screen is kept in this browser: being stored, stored, or not kept because
 * the browser's storage is full or refuses us ('no' for stories that are not kept: bundled, or
 * opened from an address, which the link itself brings back).
 */
export type SavedState = 'no' | 'saving' | 'yes' | 'full' | 'refused';

export class StoryStore {
	story = $state.raw<Story>(bundledStory());
	origin = $state<StoryOrigin>('bundled');
	/** Where the story came from, in words: a file name or an address. */
	name = $state('');
	/** Errors of the last attempt that failed, with where they are; empty after a success. */
	errors = $state.raw<readonly Problem[]>([]);
	/** Warnings of the story on screen (or of the last failed attempt). */
	warnings = $state.raw<readonly Problem[]>([]);
	/** What the last attempt was, for messages: "events.csv", "the pasted text". */
	attempted = $state('');
	/** Whether the story on screen is kept in this browser. */
	saved = $state<SavedState>('no');
	/** The name of the story kept in this browser (which a reload opens), or null for none. */
	savedName = $state<string | null>(null);
	/** Counts arrivals of the bundled story's sources (see `bundledSources`). */
	sourcesArrived = $state(0);

	constructor() {
		// After the first frame, so that they never compete with what it draws.
		afterViewsDrawn(() => void bundledSources().then(() => this.sourcesArrived++));
	}

	/** A source of the story on screen, by id (redrawn when the bundled story's sources arrive). */
	source(id: string): Source | undefined {
		void this.sourcesArrived;
		return this.story.sourceById.get(id);
	}

	/** The sources of the story on screen (redrawn when the bundled story's sources arrive). */
	sources(): readonly Source[] {
		void this.sourcesArrived;
		return this.story.sources;
	}

	/** Takes a load result: replaces the story when it is good, keeps it and reports when not. */
	take(result: LoadResult, origin: StoryOrigin, name: string): boolean {
		this.attempted = name;
		this.warnings = result.warnings;
		if (!result.ok) {
			this.errors = result.errors;
			return false;
		}
		this.errors = [];
		this.story = result.story;
		this.origin = origin;
		this.name = name;
		if (origin === 'file' || origin === 'paste') this.saved = 'saving';
		else if (origin === 'saved') {
			this.saved = 'yes';
			this.savedName = name;
		} else this.saved = 'no';
		return true;
	}

	/** How keeping the story on screen went; on failure the story saved before is still there. */
	kept(name: string, outcome: SaveOutcome): void {
		if (outcome.ok) this.savedName = name;
		if (this.name === name && this.saved === 'saving')
			this.saved = outcome.ok ? 'yes' : outcome.reason;
	}

	/** A saved story that does not load: it stays saved, and its problems are shown. */
	savedFailed(name: string, result: LoadResult): void {
		this.savedName = name;
		if (!result.ok) this.take(result, 'saved', `${name} (saved in this browser)`);
	}

	/** Shows the bundled story again; the saved one is forgotten. */
	backToBundled(): void {
		this.story = bundledStory();
		this.origin = 'bundled';
		this.name = '';
		this.errors = [];
		this.warnings = [];
		this.saved = 'no';
		this.savedName = null;
	}

	dismissErrors(): void {
		this.errors = [];
	}
}

export const [getStories, setStories] = createContext<StoryStore>();
