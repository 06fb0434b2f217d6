import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, collide, markWidth, timeIndex, visibleIndices, type MarkItem } from './cull';

describe('visibleIndices', () => {
	const events = [
		{ start: 0, finish: 1 },
		{ start: 5, finish: 100 },
		{ start: 10, finish: 11 },
		{ start: 50, finish: 51 },
		{ start: 90, finish: 91 }
	];
	const index = timeIndex(events);

	it('finds the events that overlap the window, long ones that began before it included', () => {
		expect(visibleIndices(index, 40, 60)).toEqual([1, 3]);
		expect(visibleIndices(index, 0, 10)).toEqual([0, 1, 2]);
		expect(visibleIndices(index, 200, 300)).toEqual([]);
	});

	it('refuses events out of order', () => {
		expect(() =>
			timeIndex([
				{ start: 2, finish: 3 },
				{ start: 1, finish: 2 }
			])
		).toThrow();
	});
});

describe('aggregate', () => {
	const items = (xs: number[], pinned: number[] = []): MarkItem[] =>
		xs.map((x, index) => ({ index, x, pinned: pinned.includes(index) }));

	it('keeps marks that have room as single marks at their own position', () => {
		expect(aggregate(items([10, 40, 80]))).toEqual([
			{ members: [0], x: 10, pinned: false },
			{ members: [1], x: 40, pinned: false },
			{ members: [2], x: 80, pinned: false }
		]);
	});

	it('merges marks that would touch into one cluster at their mean', () => {
		expect(aggregate(items([100, 104, 109, 200]))).toEqual([
			{ members: [0, 1, 2], x: (100 + 104 + 109) / 3, pinned: false },
			{ members: [3], x: 200, pinned: false }
		]);
	});

	it('never merges a pinned mark', () => {
		const groups = aggregate(items([100, 104, 109], [1]));
		expect(groups.find((g) => g.pinned)).toEqual({ members: [1], x: 104, pinned: true });
		expect(groups.filter((g) => !g.pinned)).toEqual([{ members: [0, 2], x: 104.5, pinned: false }]);
	});

	it('cluster badges grow with their count', () => {
		expect(markWidth(1)).toBe(14);
		expect(markWidth(7)).toBe(19);
		expect(markWidth(123)).toBe(33);
		expect(markWidth(1, 2)).toBe(28);
	});

	it('never leaves two unpinned marks touching, and keeps every event exactly once', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { maxLength: 400 }),
				fc.array(fc.nat(399), { maxLength: 3 }),
				fc.constantFrom(1, 1.85),
				(xs, pins, size) => {
					xs.sort((a, b) => a - b);
					const groups = aggregate(items(xs, pins), size);
					const members = groups.flatMap((g) => g.members).sort((a, b) => a - b);
					expect(members).toEqual(xs.map((_, i) => i));
					const free = groups.filter((g) => !g.pinned);
					for (let i = 1; i < free.length; i++) {
						expect(collide(free[i - 1]!, free[i]!, size)).toBe(false);
					}
					for (const g of groups) if (g.pinned) expect(g.members).toHaveLength(1);
				}
			)
		);
	});
});
