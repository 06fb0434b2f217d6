import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJsonText } from '../model/import';
import { refusalOf } from './saved';
import { StoryStore } from './story.svelte';

const EXAMPLE = readFileSync('data/examples/cuban-missile-crisis.json', 'utf8');
const CUBA = 'The Cuban Missile Crisis, 1962';

describe('StoryStore', () => {
	it('takes a story that loads, and tells when it is kept in this browser', () => {
		const store = new StoryStore();
		expect(store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'file', 'cuba.json')).toBe(true);
		expect(store.story.data.title).toBe(CUBA);
		expect(store.saved).toBe('saving');
		store.kept('cuba.json', { ok: true });
		expect(store.saved).toBe('yes');
		expect(store.savedName).toBe('cuba.json');
	});

	it('keeps the story on screen when a new one fails', () => {
		const store = new StoryStore();
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'file', 'cuba.json');
		expect(store.take(loadJsonText('{', 'bad.json'), 'file', 'bad.json')).toBe(false);
		expect(store.story.data.title).toBe(CUBA);
		expect(store.errors).toHaveLength(1);
	});

	it('a story opened from an address is not kept: the link itself brings it back', () => {
		const store = new StoryStore();
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'url', 'cuba.json');
		expect(store.saved).toBe('no');
	});

	it('when storage is full, remembers that the story saved earlier is still the saved one', () => {
		const store = new StoryStore();
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'saved', 'old.json');
		expect(store.savedName).toBe('old.json');
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'paste', 'the pasted text');
		store.kept('the pasted text', { ok: false, reason: 'full' });
		expect(store.saved).toBe('full');
		expect(store.savedName).toBe('old.json');
	});

	it('shows the problems of a saved story that no longer loads, and keeps its name', () => {
		const store = new StoryStore();
		store.savedFailed('old.json', loadJsonText('{"title": "Old", "events": []}', 'old.json'));
		expect(store.origin).toBe('bundled');
		expect(store.errors.length).toBeGreaterThan(0);
		expect(store.attempted).toBe('old.json (saved in this browser)');
		expect(store.savedName).toBe('old.json');
	});

	it('forgets the saved story on the way back to the bundled one', () => {
		const store = new StoryStore();
		store.take(loadJsonText(EXAMPLE, 'cuba.json'), 'saved', 'cuba.json');
		store.backToBundled();
		expect(store.origin).toBe('bundled');
		expect(store.savedName).toBeNull();
		expect(store.story.data.title).toMatch(/North Korea/);
	});
});

describe('saved stories', () => {
	it('tell a full storage from one that refuses us', () => {
		expect(refusalOf(new DOMException('over', 'QuotaExceededError'))).toBe('full');
		expect(refusalOf(new DOMException('no', 'InvalidStateError'))).toBe('refused');
		expect(refusalOf(new Error('unknown'))).toBe('refused');
	});
});
