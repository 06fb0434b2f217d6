import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, labelPriority, placeLabels, type LabelRequest } from './labels';

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

describe('labelPriority', () => {
	it.each([
		[{ importance: 3 }, 3],
		[{ importance: 5 }, 5],
		[{ importance: 2, selected: true }, 102],
		[{ importance: 2, focused: true }, 52],
		[{ importance: 2, selected: true, focused: true }, 102],
		[{ importance: 1, involved: true }, 11],
		[{ importance: 5, dimmed: true }, -5]
	])('labelPriority(%o) is %d', (state, priority) => {
		expect(labelPriority(state)).toBe(priority);
	});
});

describe('the key labels of the bundled story', () => {
	it('step up lane by lane beside each other near the right edge, so that all of them show', () => {
		// The 2000 visit, the 2022 invasion, the March 2024 veto, the 13 June agreement and the
		// 19 June treaty at 815 px (the timeline at 1280×800), with their labels' widths.
		const requests = [
			request('visit', 266, 215, 5),
			request('declaration', 292, 195, 3),
			request('invasion', 526, 181, 5),
			request('double-veto', 548, 208, 4),
			request('veto', 621, 188, 5),
			request('panel', 643, 201, 3),
			request('agreement', 667, 188, 5),
			request('treaty', 688, 161, 5),
			request('nato', 710, 208, 4),
			request('in-force', 798, 208, 4)
		];
		const placed = placeLabels(requests, { lanes: 5, width: 815 });
		for (const id of ['visit', 'invasion', 'veto', 'agreement', 'treaty']) {
			expect(placed.has(id), id).toBe(true);
		}
		// Each later key label a lane higher, ending at its mark: a staircase.
		const lanes = ['invasion', 'veto', 'agreement', 'treaty'].map((id) => placed.get(id)!.lane);
		expect(lanes).toEqual([...lanes].sort((p, q) => p - q));
		expect(new Set(lanes).size).toBe(4);
		expect(placed.get('treaty')?.anchor).toBe('end');
	});
});
