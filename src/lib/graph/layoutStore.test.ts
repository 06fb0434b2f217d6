import { describe, expect, it } from 'vitest';
import {
	ORDER_KEY,
	readKept,
	STORAGE_PREFIX,
	writeKept,
	type KeyValueStorage
} from './layoutStore';

/** localStorage as a browser has it: a quota (in characters), over which setItem throws. */
class FakeStorage implements KeyValueStorage {
	readonly #items = new Map<string, string>();
	constructor(readonly quota = Infinity) {}
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		const used = [...this.#items].reduce(
			(sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length),
			0
		);
		if (used + key.length + value.length > this.quota)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.#items.set(key, value);
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	layouts() {
		return [...this.#items.keys()]
			.filter((k) => k.startsWith(STORAGE_PREFIX))
			.map((k) => k.slice(STORAGE_PREFIX.length))
			.sort();
	}
}

describe('the graph positions kept in localStorage', () => {
	it('keeps the most recent stories only, the oldest going first', () => {
		const storage = new FakeStorage();
		for (let i = 0; i < 25; i++) expect(writeKept(storage, `s${i}`, `{"n${i}":1}`, 20)).toBe(true);
		expect(storage.layouts()).toHaveLength(20);
		expect(storage.getItem(STORAGE_PREFIX + 's4')).toBeNull();
		expect(readKept(storage, 's5')).toBe('{"n5":1}');
		expect(readKept(storage, 's24')).toBe('{"n24":1}');
	});

	it('counts a story read again as recent', () => {
		const storage = new FakeStorage();
		for (const key of ['a', 'b', 'c']) writeKept(storage, key, '{}', 3);
		readKept(storage, 'a');
		writeKept(storage, 'd', '{}', 3);
		expect(storage.layouts()).toEqual(['a', 'c', 'd']);
	});

	it('when the storage is full, the oldest make room for the story on screen', () => {
		const storage = new FakeStorage(400);
		const text = (i: number) => `{"x${i}":"${'y'.repeat(80)}"}`;
		for (let i = 0; i < 8; i++) expect(writeKept(storage, `s${i}`, text(i))).toBe(true);
		// Each entry is about 110 characters: only the latest three fit with the list.
		expect(storage.layouts()).toEqual(['s5', 's6', 's7']);
		expect(readKept(storage, 's7')).toBe(text(7));
		expect(JSON.parse(storage.getItem(ORDER_KEY)!)).toEqual(['s5', 's6', 's7']);
	});

	it('leaves other entries alone, and a story too large for the storage is not kept', () => {
		const storage = new FakeStorage(300);
		storage.setItem('entente:saved-view', 'keep me');
		writeKept(storage, 'small', '{}');
		expect(writeKept(storage, 'huge', 'z'.repeat(1000))).toBe(false);
		expect(storage.getItem('entente:saved-view')).toBe('keep me');
		expect(readKept(storage, 'huge')).toBeNull();
	});

	it('bounds the entries an older version left without a list', () => {
		const storage = new FakeStorage();
		for (let i = 0; i < 30; i++) storage.setItem(`${STORAGE_PREFIX}old${i}`, '{}');
		writeKept(storage, 'new', '{}', 20);
		expect(storage.layouts()).toHaveLength(20);
		expect(readKept(storage, 'new')).toBe('{}');
	});
});
