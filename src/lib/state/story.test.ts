import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJsonText } from '../model/import';
import { SAVED_STORY_KEY, StoryStore } from './story.svelte';

const EXAMPLE = readFileSync('data/examples/cuban-missile-crisis.json', 'utf8');
const CUBA = 'The Cuban Missile Crisis, 1962';

/** Web Storage in memory (Node has none), with a quota like a browser's. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	constructor(private readonly quota = Infinity) {}
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.#items.set(key, value);
	}
}

/** A store over `storage`, once it has restored what was saved there. */
async function restoredStore(storage: Storage): Promise<StoryStore> {
	const store = new StoryStore(storage);
	await store.restored;
	return store;
}

describe('StoryStore', () => {
	it('keeps a story opened from a file for the next visit, and forgets it on the way back', async () => {
		const storage = new MemoryStorage();
		const first = new StoryStore(storage);
		await first.restored;
		expect(first.take(loadJsonText(EXAMPLE, 'cuba.json'), 'file', 'cuba.json')).toBe(true);
		expect(first.saved).toBe('yes');

		const second = new StoryStore(storage);
		await second.restored;
		expect(second.story.data.title).toBe(CUBA);
		expect(second.origin).toBe('saved');
		expect(second.name).toBe('cuba.json');

		second.backToBundled();
		expect(second.origin).toBe('bundled');
		expect((await restoredStore(storage)).story.data.title).toMatch(/North Korea/);
	});

	it('keeps the story on screen, and the saved one, when a new one fails', async () => {
		const storage = new MemoryStorage();
		const store = new StoryStore(storage);
		await store.restored;
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'file', 'cuba.json');
		expect(store.take(loadJsonText('{', 'bad.json'), 'file', 'bad.json')).toBe(false);
		expect(store.story.data.title).toBe(CUBA);
		expect(store.errors).toHaveLength(1);
		expect((await restoredStore(storage)).story.data.title).toBe(CUBA);
	});

	it('does not save a story opened from an address: the link itself brings it back', async () => {
		const storage = new MemoryStorage();
		new StoryStore(storage).take(loadJsonText(EXAMPLE, 'cuba.json'), 'url', 'cuba.json');
		expect(storage.getItem(SAVED_STORY_KEY)).toBeNull();
	});

	it('says when a story is too large to keep, and does not bring back an older one instead', async () => {
		const storage = new MemoryStorage(EXAMPLE.length / 2);
		storage.setItem(SAVED_STORY_KEY, JSON.stringify({ name: 'old.json', dataset: { old: true } }));
		const store = new StoryStore(storage);
		await store.restored;
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'paste', 'the pasted text');
		expect(store.saved).toBe('failed');
		expect(storage.getItem(SAVED_STORY_KEY)).toBeNull();
	});

	it('shows the problems of a saved story that no longer loads, and keeps it', async () => {
		const storage = new MemoryStorage();
		const saved = JSON.stringify({ name: 'old.json', dataset: { title: 'Old', events: [] } });
		storage.setItem(SAVED_STORY_KEY, saved);
		const store = new StoryStore(storage);
		await store.restored;
		expect(store.origin).toBe('bundled');
		expect(store.errors.length).toBeGreaterThan(0);
		expect(store.attempted).toBe('old.json (saved in this browser)');
		expect(storage.getItem(SAVED_STORY_KEY)).toBe(saved);
	});

	it('starts with the bundled story when storage is unavailable or holds garbage', async () => {
		expect(new StoryStore(null).origin).toBe('bundled');
		const storage = new MemoryStorage();
		storage.setItem(SAVED_STORY_KEY, 'not json');
		expect((await restoredStore(storage)).origin).toBe('bundled');
	});
});
