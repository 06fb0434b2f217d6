import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, placeLabels, type LabelRequest } from './labels';

const request = (id: string, x: number, width: number, priority = 3): LabelRequest => ({
	id,
	x,
	width,
	priority
});

describe('placeLabels', () => {
	it('puts labels that have room side by side in the lowest lane', () => {
		const placed = placeLabels([request('a', 10, 50), request('b', 100, 50)], {
			lanes: 3,
			width: 400
		});
		expect(placed.get('a')).toEqual({
			id: 'a',
			lane: 0,
			left: 6,
			right: 56,
			anchor: 'start',
			x: 10
		});
		expect(placed.get('b')).toEqual({
			id: 'b',
			lane: 0,
			left: 96,
			right: 146,
			anchor: 'start',
			x: 100
		});
	});

	it('lifts a label that would overlap into the next lane', () => {
		const placed = placeLabels([request('a', 100, 100, 5), request('b', 60, 100, 1)], {
			lanes: 3,
			width: 400
		});
		expect(placed.get('a')?.lane).toBe(0);
		expect(placed.get('b')).toEqual({
			id: 'b',
			lane: 1,
			left: 56,
			right: 156,
			anchor: 'start',
			x: 60
		});
	});

	it('ends a label at its mark when it would run off the right edge', () => {
		const placed = placeLabels([request('a', 390, 100)], { lanes: 1, width: 400 });
		expect(placed.get('a')).toEqual({
			id: 'a',
			lane: 0,
			left: 294,
			right: 394,
			anchor: 'end',
			x: 390
		});
	});

	it('lets the more important label win when lanes run out', () => {
		const placed = placeLabels([request('minor', 10, 100, 1), request('major', 20, 100, 5)], {
			lanes: 1,
			width: 400
		});
		expect([...placed.keys()]).toEqual(['major']);
	});

	it('lifts a long label over the marks it covers, so that theirs still fit below it', () => {
		const placed = placeLabels([request('a', 10, 200, 5), request('b', 100, 50, 1)], {
			lanes: 3,
			width: 400
		});
		expect(placed.get('a')?.lane).toBe(2);
		expect(placed.get('b')?.lane).toBe(0);
	});

	it('keeps a leader line clear of the labels in the lanes below it', () => {
		// 'a' climbs to lane 1 over 'b'; its leader at x = 50 then runs through lane 0, where the
		// label of 'c' (x = 30, 100 px, no room to the left) would cross it.
		const placed = placeLabels(
			[request('a', 50, 300, 5), request('b', 200, 50, 3), request('c', 30, 100, 1)],
			{ lanes: 2, width: 400 }
		);
		expect(placed.get('a')?.lane).toBe(1);
		expect(placed.get('b')?.lane).toBe(0);
		expect(placed.has('c')).toBe(false);
	});

	it('never places two labels that intersect, nor a leader through a label, nor past the edges', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						x: fc.double({ min: 0, max: 1000, noNaN: true }),
						width: fc.double({ min: 5, max: 300, noNaN: true }),
						priority: fc.integer({ min: 1, max: 5 })
					}),
					{ maxLength: 120 }
				),
				fc.integer({ min: 1, max: 5 }),
				(items, lanes) => {
					const requests = items.map((item, i) => ({ id: `e${i}`, ...item }));
					const placed = [...placeLabels(requests, { lanes, width: 1000 }).values()];
					for (const p of placed) {
						expect(p.left).toBeGreaterThanOrEqual(0);
						expect(p.right).toBeLessThanOrEqual(1000);
						expect(p.lane).toBeLessThan(lanes);
						expect(p.x).toBeGreaterThanOrEqual(p.left);
						expect(p.x).toBeLessThanOrEqual(p.right);
					}
					for (let i = 0; i < placed.length; i++) {
						for (let j = i + 1; j < placed.length; j++) {
							expect(intersects(placed[i]!, placed[j]!)).toBe(false);
						}
						for (const q of placed) {
							if (q.lane < placed[i]!.lane) {
								const crosses = placed[i]!.x > q.left && placed[i]!.x < q.right;
								expect(crosses).toBe(false);
							}
						}
					}
				}
			)
		);
	});
});
