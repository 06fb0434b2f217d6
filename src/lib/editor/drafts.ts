/**
 * The draft being written, kept in this browser's IndexedDB as it changes, so that a reload or a
 * crash costs nothing. The editor has its own database (`entente-editor`), apart from saved stories.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { Draft } from './ops';

export interface SavedDraft {
	readonly draft: Draft;
	/** When it was saved, UTC ms. */
	readonly savedAt: number;
}

const KEY = 'current';
let store: UseStore | null = null;

function draftStore(): UseStore {
	store ??= createStore('entente-editor', 'drafts');
	return store;
}

function isDraft(value: unknown): value is SavedDraft {
	if (!value || typeof value !== 'object') return false;
	const draft = (value as { draft?: unknown }).draft;
	return !!draft && typeof draft === 'object' && Array.isArray((draft as Draft).actors);
}

/** The draft saved last, or null when there is none (or the browser keeps nothing). */
export async function loadDraft(): Promise<SavedDraft | null> {
	try {
		const value: unknown = await get(KEY, draftStore());
		return isDraft(value) ? value : null;
	} catch {
		return null;
	}
}

/** Saves the draft, valid or not. Resolves to whether it was kept. */
export async function saveDraft(draft: Draft, now = Date.now()): Promise<boolean> {
	try {
		await set(KEY, { draft, savedAt: now } satisfies SavedDraft, draftStore());
		return true;
	} catch {
		return false;
	}
}
