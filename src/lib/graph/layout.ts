/**
 * The stable layout: fcose on the union of all moments (every actor and every relation), once per
 * dataset, on a headless Cytoscape (in a worker in the app). Nothing here touches the DOM.
 *
 * Deterministic: fcose draws on `Math.random` (spectral sampling, and in cose-base), so the run
 * swaps in a seeded generator for its duration; the same dataset always gets the same positions.
 */
import type cytoscapeNs from 'cytoscape';
import { random } from '../random';
import type { Story } from '../model/load';
import { nodeData } from './elements';

export interface Point {
	readonly x: number;
	readonly y: number;
}

/** What the layout needs of a dataset, and nothing else: a worker receives exactly this. */
export interface LayoutInput {
	readonly nodes: readonly {
		readonly id: string;
		readonly w: number;
		readonly h: number;
		/** A fixed position from the dataset, used as given. */
		readonly fixed?: Point;
	}[];
	readonly edges: readonly { readonly source: string; readonly target: string }[];
}

export type Positions = Record<string, Point>;

/** A message to the layout worker, and its answer. */
export interface LayoutRequest {
	readonly id: number;
	readonly input: LayoutInput;
}
export type LayoutResponse =
	| { readonly id: number; readonly positions: Positions; readonly ms: number }
	| { readonly id: number; readonly error: string };

/**
 * The layout reserves this much more than a node's drawn size, so that nodes and labels grown for
 * a small screen (see labelScale in style.ts) still clear each other.
 */
export const LAYOUT_ROOM = 1.5;

export function layoutInput(story: Story): LayoutInput {
	const nodes = story.actors.map((actor) => {
		const d = nodeData(actor);
		return {
			id: actor.id,
			w: Math.ceil(d.lw * LAYOUT_ROOM),
			h: Math.ceil(d.lh * LAYOUT_ROOM),
			...(actor.position ? { fixed: { x: actor.position.x, y: actor.position.y } } : {})
		};
	});
	// Several relations between one pair pull like one edge: the layout only needs who is tied to whom.
	const pairs = new Set<string>();
	const edges: { source: string; target: string }[] = [];
	for (const r of story.relations) {
		if (!story.actorById.has(r.from) || !story.actorById.has(r.to)) continue;
		const key = r.from < r.to ? `${r.from}\n${r.to}` : `${r.to}\n${r.from}`;
		if (pairs.has(key)) continue;
		pairs.add(key);
		edges.push({ source: r.from, target: r.to });
	}
	return { nodes, edges };
}

/** A short hash of the layout input (FNV-1a, 32 bits): the cache key of a dataset's positions. */
export function layoutKey(input: LayoutInput): string {
	let h = 0x811c9dc5;
	const feed = (text: string) => {
		for (let i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
	};
	for (const n of input.nodes) {
		feed(`${n.id}|${n.w}|${n.h}|${n.fixed ? `${n.fixed.x},${n.fixed.y}` : ''};`);
	}
	for (const e of input.edges) feed(`${e.source}>${e.target};`);
	return `${input.nodes.length}-${input.edges.length}-${(h >>> 0).toString(36)}`;
}

/** The cache key of a story's layout: its id and a hash of what the layout depends on. */
export function cacheKey(story: Story, input = layoutInput(story)): string {
	return `${story.data.id}:${layoutKey(input)}`;
}

/**
 * Large graphs are laid out shrunk by a factor, and the positions scaled back up. fcose stops when
 * nodes move less than a fixed number of pixels, so a smaller drawing settles in about half the
 * iterations; forces are scaled to keep a similar shape (springs by 1/k, repulsion by 1/k³).
 * Small stories, where time does not matter, keep the unshrunk layout, which is a little tidier.
 */
export function layoutShrink(input: LayoutInput): number {
	return input.nodes.length > 150 ? 2 : 1;
}

/** fcose options for the stable layout (see the cytoscape-fcose README for each). */
export function fcoseOptions(input: LayoutInput): Record<string, unknown> {
	const k = layoutShrink(input);
	return {
		name: 'fcose',
		quality: input.nodes.length > 1000 ? 'draft' : 'default',
		randomize: true,
		animate: false,
		fit: false,
		nodeDimensionsIncludeLabels: false,
		uniformNodeDimensions: false,
		packComponents: false,
		// Compact: the graph must stay legible when fitted to a phone.
		nodeSeparation: 40 / k,
		idealEdgeLength: () => 50 / k,
		nodeRepulsion: () => 3000 / k ** 3,
		edgeElasticity: () => 0.45,
		gravity: 1,
		// Large graphs start cooler: the spectral start is already good, and it settles sooner.
		initialEnergyOnIncremental: k > 1 ? 0.1 : 0.3,
		numIter: 2500,
		tile: true,
		tilingPaddingVertical: 20 / k,
		tilingPaddingHorizontal: 20 / k
	};
}

/**
 * Runs fcose on a headless Cytoscape and returns the position of every node. `cytoscape` must
 * have fcose registered (`cytoscape.use(fcose)`). Synchronous: call it in a worker.
 */
export function computeLayout(
	cytoscape: typeof cytoscapeNs,
	input: LayoutInput,
	seed = 1
): Positions {
	if (input.nodes.length === 0) return {};
	// Start from a circle ordered by id, so the input order does not matter either.
	const order = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const k = layoutShrink(input);
	const radius = (40 / k) * Math.sqrt(order.length);
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
		elements: [
			...order.map((n, i) => ({
				group: 'nodes' as const,
				data: { id: n.id, w: n.w, h: n.h },
				// A copy: Cytoscape keeps the object it is given as the node's position and moves it.
				position: n.fixed
					? { x: n.fixed.x, y: n.fixed.y }
					: {
							x: radius * Math.cos((2 * Math.PI * i) / order.length),
							y: radius * Math.sin((2 * Math.PI * i) / order.length)
						}
			})),
			...input.edges.map((e, i) => ({
				group: 'edges' as const,
				data: { id: `e${i}`, source: e.source, target: e.target }
			}))
		]
	});
	const original = Math.random;
	Math.random = random(seed);
	try {
		cy.layout(fcoseOptions(input) as unknown as cytoscapeNs.LayoutOptions).run();
	} finally {
		Math.random = original;
	}
	const raw: Record<string, { x: number; y: number }> = {};
	cy.nodes().forEach((node) => {
		const p = node.position();
		raw[node.id()] = { x: p.x * k, y: p.y * k };
	});
	cy.destroy();
	pinFixed(input, raw);
	removeOverlaps(input, raw);
	const positions: Positions = {};
	for (const [id, p] of Object.entries(raw)) {
		positions[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
	}
	return positions;
}

/**
 * Puts nodes with a fixed position exactly there, moving the rest of the layout with them (by the
 * mean shift of the fixed nodes), so the computed part keeps its shape around them. fcose's own
 * `fixedNodeConstraint` does not keep the positions in a headless run (they came back as 0, 0).
 */
function pinFixed(input: LayoutInput, positions: Record<string, { x: number; y: number }>): void {
	const fixed = input.nodes.filter((n) => n.fixed && positions[n.id]);
	if (fixed.length === 0) return;
	let dx = 0;
	let dy = 0;
	for (const n of fixed) {
		dx += n.fixed!.x - positions[n.id]!.x;
		dy += n.fixed!.y - positions[n.id]!.y;
	}
	dx /= fixed.length;
	dy /= fixed.length;
	for (const p of Object.values(positions)) {
		p.x += dx;
		p.y += dy;
	}
	for (const n of fixed) positions[n.id] = { x: n.fixed!.x, y: n.fixed!.y };
}

/**
 * Pushes apart nodes whose boxes (plus `gap`) overlap, along the axis where they overlap least;
 * fixed nodes stay. fcose leaves nodes close but not always clear; this makes them clear.
 * Sweep over x, so a pass costs about n log n plus the pairs that are near.
 */
export function removeOverlaps(
	input: LayoutInput,
	positions: Record<string, { x: number; y: number }>,
	gap = 6,
	passes = 200
): void {
	const nodes = input.nodes.filter((n) => positions[n.id]);
	for (let pass = 0; pass < passes; pass++) {
		let moved = false;
		const order = [...nodes].sort(
			(a, b) => positions[a.id]!.x - a.w / 2 - (positions[b.id]!.x - b.w / 2)
		);
		for (let i = 0; i < order.length; i++) {
			const a = order[i]!;
			const pa = positions[a.id]!;
			for (let j = i + 1; j < order.length; j++) {
				const b = order[j]!;
				const pb = positions[b.id]!;
				if (pb.x - b.w / 2 > pa.x + a.w / 2 + gap) break;
				const ox = (a.w + b.w) / 2 + gap - Math.abs(pa.x - pb.x);
				const oy = (a.h + b.h) / 2 + gap - Math.abs(pa.y - pb.y);
				if (ox <= 0 || oy <= 0) continue;
				const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
				const shareB = 1 - shareA;
				if (a.fixed && b.fixed) continue;
				if (ox < oy) {
					const sign = pa.x < pb.x || (pa.x === pb.x && a.id < b.id) ? -1 : 1;
					pa.x += sign * ox * shareA;
					pb.x -= sign * ox * shareB;
				} else {
					const sign = pa.y < pb.y || (pa.y === pb.y && a.id < b.id) ? -1 : 1;
					pa.y += sign * oy * shareA;
					pb.y -= sign * oy * shareB;
				}
				moved = true;
			}
		}
		if (!moved) return;
	}
}
