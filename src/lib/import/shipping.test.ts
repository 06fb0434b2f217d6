import { describe, expect, it } from 'vitest';
import { loadDataset } from '../model/load';
import type { ImportResult } from '../model/import';
import { localiseStory } from '../model/localise';
import { sourcesByTitle } from '../model/order';
import { syntheticDataset } from '../model/synthetic';
import { ship, SLICE, Unshipping, type SlicedList } from './shipping';

/** Ships a result as the worker does, each message copied as postMessage copies it. */
function roundTrip(result: ImportResult) {
	const slices: { list: SlicedList; items: readonly unknown[] }[] = [];
	const rest = structuredClone(ship(result, (list, items) => slices.push({ list, items })));
	const unshipping = new Unshipping();
	for (const slice of slices) unshipping.add(slice.list, structuredClone(slice.items));
	return { slices, rest, back: unshipping.result(rest) };
}

/** A valid story with `sources` sources nothing cites: each one a warning. */
function bigResult(sources: number): ImportResult {
	const base = syntheticDataset({ events: 60, actors: 12, relations: 30, seed: 3 });
	const titles = ['Zebra', 'apple', 'Äpfel', 'Mango', 'banana'];
	const result = loadDataset({
		...base,
		sources: [
			...base.sources,
			...Array.from({ length: sources }, (_, i) => ({
				id: `x${i}`,
				title: `${titles[i % titles.length]} ${i % 7}`
			}))
		]
	});
	return { ...result, name: 'big.json' };
}

describe('a story sent from the worker in slices', () => {
	it('comes back whole: the same story, indexed, and the same warnings', () => {
		const result = bigResult(2_500);
		expect(result.ok).toBe(true);
		expect(result.warnings.length).toBeGreaterThan(2_000);
		const { slices, rest, back } = roundTrip(result);
		expect(back).toEqual(result);
		if (!back.ok || !result.ok) return;
		expect(back.story.sourceById.get('x2499')).toBe(back.story.sources.at(-1));
		// No message carries a long list: the long lists went ahead in slices.
		expect(slices.every((s) => s.items.length <= SLICE)).toBe(true);
		expect(slices.filter((s) => s.list === 'sources').length).toBe(3);
		expect(rest.warnings).toEqual([]);
		expect(rest.ok && rest.data.sources).toEqual([]);
	});

	it('brings the sources in title order, as the page would sort them', () => {
		const result = bigResult(300);
		const { back } = roundTrip(result);
		if (!back.ok || !result.ok) throw new Error('the story does not load');
		const collator = new Intl.Collator();
		const sorted = [...result.story.sources].sort((a, b) => collator.compare(a.title, b.title));
		expect(sourcesByTitle(back.story).map((s) => s.id)).toEqual(sorted.map((s) => s.id));
	});

	it('keeps that order for the story as shown, in any language, without sorting again', () => {
		const result = bigResult(300);
		const { back } = roundTrip(result);
		if (!back.ok) throw new Error('the story does not load');
		const known = sourcesByTitle(back.story);
		// The page shows a copy of the story (localiseStory): the order the worker sent still holds.
		expect(sourcesByTitle(localiseStory(back.story, 'fr'))).toBe(known);
		expect(sourcesByTitle(localiseStory(back.story, 'en'))).toBe(known);
	});

	it('brings back a failure with all its errors and warnings', () => {
		const result: ImportResult = {
			ok: false,
			name: 'bad.json',
			errors: Array.from({ length: 2_345 }, (_, i) => ({
				severity: 'error' as const,
				path: ['events', i, 'date'],
				message: `must be a date (${i})`
			})),
			warnings: [{ severity: 'warning', path: ['sources', 0], message: 'is cited nowhere' }]
		};
		expect(roundTrip(result).back).toEqual(result);
	});
});
