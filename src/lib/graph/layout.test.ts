import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../model/load';
import { syntheticDataset } from '../model/synthetic';
import { miniStory } from './fixture';
import {
	computeLayout,
	layoutInput,
	layoutKey,
	removeOverlaps,
	type LayoutInput,
	type Positions
} from './layout';

cytoscape.use(fcose);

function overlapping(input: LayoutInput, positions: Positions): string[] {
	const found: string[] = [];
	input.nodes.forEach((a, i) => {
		for (const b of input.nodes.slice(i + 1)) {
			const pa = positions[a.id]!;
			const pb = positions[b.id]!;
			if (Math.abs(pa.x - pb.x) < (a.w + b.w) / 2 && Math.abs(pa.y - pb.y) < (a.h + b.h) / 2) {
				found.push(`${a.id}/${b.id}`);
			}
		}
	});
	return found;
}

function synthetic(actors: number, relations: number) {
	const result = loadDataset(syntheticDataset({ events: 20, actors, relations, seed: 5 }));
	if (!result.ok) throw new Error('synthetic story does not load');
	return result.story;
}

describe('layoutInput(story): what the layout depends on', () => {
	it('has every actor, and one edge per pair of actors however many relations join them', () => {
		const input = layoutInput(miniStory());
		expect(input.nodes.map((n) => n.id)).toEqual(['russia', 'dprk', 'ussr', 'putin', 'unsc']);
		// russia–dprk has three relations: one edge.
		expect(input.edges).toHaveLength(4);
		expect(input.nodes.find((n) => n.id === 'unsc')?.fixed).toEqual({ x: 400, y: -300 });
	});

	it('has a key that changes with the graph and not otherwise', () => {
		const input = layoutInput(miniStory());
		expect(layoutKey(layoutInput(miniStory()))).toBe(layoutKey(input));
		const more = { ...input, edges: [...input.edges, { source: 'ussr', target: 'putin' }] };
		expect(layoutKey(more)).not.toBe(layoutKey(input));
	});
});

describe('computeLayout(cytoscape, input): the stable layout', () => {
	it('positions every node, the same way every time', () => {
		const input = layoutInput(miniStory());
		const first = computeLayout(cytoscape, input);
		expect(Object.keys(first).sort()).toEqual(input.nodes.map((n) => n.id).sort());
		expect(computeLayout(cytoscape, input)).toEqual(first);
		// …whatever order the actors come in.
		const reversed = { ...input, nodes: [...input.nodes].reverse() };
		expect(computeLayout(cytoscape, reversed)).toEqual(first);
	});

	it('leaves Math.random as it was', () => {
		const random = Math.random;
		computeLayout(cytoscape, layoutInput(miniStory()));
		expect(Math.random).toBe(random);
	});

	it('uses a fixed position as given', () => {
		const positions = computeLayout(cytoscape, layoutInput(miniStory()));
		expect(positions.unsc).toEqual({ x: 400, y: -300 });
	});

	it('leaves no two nodes overlapping (with room for labels grown on small screens)', () => {
		const input = layoutInput(synthetic(120, 200));
		expect(overlapping(input, computeLayout(cytoscape, input))).toEqual([]);
	});
});

describe('removeOverlaps(input, positions)', () => {
	it('pushes overlapping boxes apart and leaves fixed nodes where they are', () => {
		const input: LayoutInput = {
			nodes: [
				{ id: 'a', w: 100, h: 30, fixed: { x: 0, y: 0 } },
				{ id: 'b', w: 100, h: 30 },
				{ id: 'c', w: 40, h: 40 }
			],
			edges: []
		};
		const positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 5 }, c: { x: 12, y: 2 } };
		removeOverlaps(input, positions, 0);
		expect(positions.a).toEqual({ x: 0, y: 0 });
		expect(overlapping(input, positions)).toEqual([]);
	});
});
