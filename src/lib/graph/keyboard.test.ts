import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo, type Direction } from './keyboard';

//        up
//   nw   n    ne
//   w    o    e      far-e
//        s
const nodes = [
	{ id: 'o', x: 0, y: 0 },
	{ id: 'n', x: 0, y: -100 },
	{ id: 's', x: 5, y: 120 },
	{ id: 'e', x: 100, y: 10 },
	{ id: 'w', x: -90, y: 0 },
	{ id: 'ne', x: 60, y: -70 },
	{ id: 'nw', x: -100, y: -100 },
	{ id: 'far-e', x: 300, y: 0 }
];

describe('nearestInDirection(from, nodes, direction)', () => {
	it.each<[Direction, string]>([
		['up', 'n'],
		['down', 's'],
		['right', 'e'],
		['left', 'w']
	])('from the middle, %s goes to %s', (direction, expected) => {
		expect(nearestInDirection(nodes[0]!, nodes, direction)).toBe(expected);
	});

	it('prefers a node straight ahead over a nearer one off to the side', () => {
		// From n, "right" finds ne (60 right, 30 down) rather than o (straight below).
		expect(nearestInDirection({ x: 0, y: -100 }, nodes, 'right')).toBe('ne');
		expect(nearestInDirection({ x: 100, y: 10 }, nodes, 'right')).toBe('far-e');
	});

	it('returns null at the edge of the graph', () => {
		expect(nearestInDirection({ x: 300, y: 0 }, nodes, 'right')).toBeNull();
		expect(nearestInDirection({ x: -100, y: -100 }, nodes, 'up')).toBeNull();
	});

	it('falls back to the half-plane when nothing lies within 45°', () => {
		const two = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 10, y: -100 }
		];
		expect(nearestInDirection(two[0]!, two, 'right')).toBe('b');
	});
});

describe('nearestTo(point, nodes)', () => {
	it('finds the node closest to a point', () => {
		expect(nearestTo({ x: 80, y: 0 }, nodes)).toBe('e');
		expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
	});
});
