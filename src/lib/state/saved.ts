/**
 * The story kept in this browser between visits, in IndexedDB (through idb-keyval), so a story
 * up to the 20 MB open limit fits where localStorage held about 5 MB.
 *
 * One record under one key: writing a new story is one IndexedDB transaction, so the story saved
 * before stays until the new one is stored, and stays when storing it fails. Works in a window
 * and in a worker (the story loader writes and reads it there, off the main thread).
 */
import { createStore, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

/** A saved story: what it was opened from, the dataset as JSON, and when it was saved. */
export interface SavedStory {
	readonly name: string;
	readonly json: string;
	readonly savedAt: string;
}

/** Why a story could not be kept: the browser's storage is full, or it refuses us. */
export type SaveRefusal = 'full' | 'refused';

export type SaveOutcome =
	{ readonly ok: true } | { readonly ok: false; readonly reason: SaveRefusal };

/** Where the last story opened from a file or pasted text used to be kept (before IndexedDB). */
export const LEGACY_STORAGE_KEY = 'entente:story';

const DATABASE = 'entente';
const STORE = 'saved-stories';
const KEY = 'story';

let store: UseStore | null = null;
function savedStore(): UseStore {
	store ??= createStore(DATABASE, STORE);
	return store;
}

/** Whether this browser offers IndexedDB at all (private modes and some embeds do not). */
function available(): boolean {
	try {
		return typeof indexedDB !== 'undefined' && indexedDB !== null;
	} catch {
		return false;
	}
}

/** A storage error as a reason: full (over the quota) or refused (blocked, broken, unavailable). */
export function refusalOf(error: unknown): SaveRefusal {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	return name === 'QuotaExceededError' ? 'full' : 'refused';
}

/** The saved story, or null when there is none or storage cannot be read. */
export async function readSaved(): Promise<SavedStory | null> {
	if (!available()) return null;
	try {
		const value: unknown = await get(KEY, savedStore());
		return isSavedStory(value) ? value : null;
	} catch {
		return null;
	}
}

/**
 * Whether a story is saved, without reading it: the page asks this before it starts the story
 * loader's worker, so a visit with nothing saved never loads the worker at all.
 */
export async function hasSaved(): Promise<boolean> {
	if (!available()) return false;
	try {
		const count = await savedStore()('readonly', (s) => promisifyRequest(s.count(KEY)));
		return count > 0;
	} catch {
		return false;
	}
}

/** Stores a story in place of the saved one; on failure the saved one is untouched. */
export async function writeSaved(story: SavedStory): Promise<SaveOutcome> {
	if (!available()) return { ok: false, reason: 'refused' };
	try {
		await set(KEY, story, savedStore());
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: refusalOf(error) };
	}
}

/** Forgets the saved story. */
export async function forgetSaved(): Promise<void> {
	if (!available()) return;
	try {
		await del(KEY, savedStore());
	} catch {
		// Storage that cannot be written holds nothing we could remove.
	}
}

function isSavedStory(value: unknown): value is SavedStory {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, unknown>;
	return (
		typeof record.name === 'string' &&
		typeof record.json === 'string' &&
		typeof record.savedAt === 'string'
	);
}
