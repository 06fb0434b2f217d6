/**
 * The story on screen. A new story replaces it only when it loads without errors, so a bad file
 * never costs the reader the story they had.
 */
import { createContext } from 'svelte';
import { story as bundled } from 'virtual:entente/bundled-story';
import type { LoadResult, Problem, Story } from '../model/load';

export type StoryOrigin = 'bundled' | 'file' | 'url' | 'paste' | 'saved';

/**
 * The bundled story: validated and indexed at build time (scripts/bundled-story.ts), so showing
 * it needs no validator in the browser.
 */
export function bundledStory(): Story {
	return bundled;
}

/** Where the last story opened from a file or pasted text is kept between visits. */
export const SAVED_STORY_KEY = 'entente:story';

/** The browser's local storage, or null where it is unavailable (tests, blocked storage). */
function browserStorage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

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
	/** Whether the story on screen is kept in this browser: `failed` when it did not fit. */
	saved = $state<'no' | 'yes' | 'failed'>('no');
	/**
	 * True while a story saved in this browser is being checked (the validator loads for it); the
	 * views wait, so the bundled story does not flash up first.
	 */
	restoring = $state(false);
	/** Settles when the saved story, if any, has been restored or found broken. */
	readonly restored: Promise<void>;
	readonly #storage: Storage | null;

	/** Starts with the story saved in this browser, if there is one that loads; else the bundled one. */
	constructor(storage: Storage | null = browserStorage()) {
		this.#storage = storage;
		this.restored = this.#restore();
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
		if (origin === 'file' || origin === 'paste') this.#save(result.story, name);
		else if (origin !== 'saved') this.saved = 'no';
		return true;
	}

	/** Shows the bundled story again and forgets the saved one. */
	backToBundled(): void {
		this.story = bundledStory();
		this.origin = 'bundled';
		this.name = '';
		this.errors = [];
		this.warnings = [];
		this.saved = 'no';
		try {
			this.#storage?.removeItem(SAVED_STORY_KEY);
		} catch {
			// Storage that cannot be written holds nothing of ours.
		}
	}

	#save(story: Story, name: string): void {
		if (!this.#storage) {
			this.saved = 'failed';
			return;
		}
		try {
			this.#storage.setItem(SAVED_STORY_KEY, JSON.stringify({ name, dataset: story.data }));
			this.saved = 'yes';
		} catch {
			// Over the quota: an older saved story must not come back in its place after a reload.
			this.saved = 'failed';
			try {
				this.#storage.removeItem(SAVED_STORY_KEY);
			} catch {
				// nothing more to do
			}
		}
	}

	async #restore(): Promise<void> {
		let text: string | null;
		try {
			text = this.#storage?.getItem(SAVED_STORY_KEY) ?? null;
		} catch {
			return;
		}
		if (!text) return;
		this.restoring = true;
		try {
			this.#restoreText(text, (await import('../model/load')).loadDataset);
		} finally {
			this.restoring = false;
		}
	}

	#restoreText(text: string, loadDataset: (input: unknown) => LoadResult): void {
		let saved: { name?: unknown; dataset?: unknown } | null;
		try {
			saved = JSON.parse(text) as { name?: unknown; dataset?: unknown };
		} catch {
			saved = null;
		}
		const name = typeof saved?.name === 'string' ? saved.name : 'the saved story';
		const result = loadDataset(saved?.dataset);
		// A saved story that no longer loads is kept (not deleted) and its problems are shown.
		if (this.take(result, 'saved', name)) this.saved = 'yes';
		else this.attempted = `${name} (saved in this browser)`;
	}

	dismissErrors(): void {
		this.errors = [];
	}
}

export const [getStories, setStories] = createContext<StoryStore>();
