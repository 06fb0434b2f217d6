/**
 * The story on screen. A new story replaces it only when it loads without errors, so a bad file
 * never costs the reader the story they had.
 */
import { createContext } from 'svelte';
import bundled from '../../../data/russia-dprk.json';
import { loadDataset, type LoadResult, type Problem, type Story } from '../model/load';

export type StoryOrigin = 'bundled' | 'file' | 'url' | 'paste' | 'saved';

/** The bundled story. It is checked by the unit tests, so failing here is a build bug. */
export function bundledStory(): Story {
	const result = loadDataset(bundled);
	if (!result.ok) {
		throw new Error(`The bundled story does not load: ${result.errors[0]?.message ?? ''}`);
	}
	return result.story;
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
		return true;
	}

	dismissErrors(): void {
		this.errors = [];
	}
}

export const [getStories, setStories] = createContext<StoryStore>();
