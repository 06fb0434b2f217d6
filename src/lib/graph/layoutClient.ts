/**
 * Positions for a story: built in (bundled stories, laid out at build time), from memory, from
 * localStorage (the 20 stories laid out last, layoutStore.ts), or computed in a Web Worker. The main thread never runs fcose, so the page stays
 * responsive however large the story; the worker is loaded only for a story without positions.
 */
import type { Story } from '../model/load';
import { positions as bundledPositions } from 'virtual:entente/bundled-positions';
import {
	cacheKey,
	layoutInput,
	type LayoutInput,
	type LayoutRequest,
	type LayoutResponse,
	type Positions
} from './layout';
import { readKept, writeKept } from './layoutStore';

export { cacheKey };

/**
 * Positions of stories seen in this session, by cache key; it starts with those of the bundled
 * stories, computed at build time, so that they never load the layout worker.
 */
const memory = new Map<string, Positions>(Object.entries(bundledPositions));

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve(p: Positions): void; reject(e: Error): void }>();

function getWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
		const request = pending.get(event.data.id);
		if (!request) return;
		pending.delete(event.data.id);
		if ('error' in event.data) request.reject(new Error(event.data.error));
		else request.resolve(event.data.positions);
	};
	worker.onerror = (event) => {
		for (const request of pending.values()) request.reject(new Error(event.message));
		pending.clear();
		worker?.terminate();
		worker = null;
	};
	return worker;
}

/**
 * Runs the layout in the worker. Started in a task of its own: the story it lays out has just
 * been drawn in this one, and starting a worker takes the main thread a while.
 */
export function layoutInWorker(input: LayoutInput): Promise<Positions> {
	return new Promise((resolve, reject) => {
		const id = nextId++;
		pending.set(id, { resolve, reject });
		setTimeout(() => {
			if (pending.has(id)) getWorker().postMessage({ id, input } satisfies LayoutRequest);
		});
	});
}

function isPositions(value: unknown, input: LayoutInput): value is Positions {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, { x?: unknown; y?: unknown } | undefined>;
	return input.nodes.every((n) => {
		const p = record[n.id];
		return !!p && Number.isFinite(p.x) && Number.isFinite(p.y);
	});
}

function readStorage(key: string, input: LayoutInput): Positions | null {
	try {
		const text = readKept(localStorage, key);
		if (!text) return null;
		const value: unknown = JSON.parse(text);
		return isPositions(value, input) ? value : null;
	} catch {
		return null;
	}
}

function writeStorage(key: string, positions: Positions): void {
	try {
		// Bounded (layoutStore.ts): the most recent stories, the oldest evicted when full.
		writeKept(localStorage, key, JSON.stringify(positions));
	} catch {
		// Storage disabled: the in-memory cache still serves this session.
	}
}

/** Positions already known for a story (memory or storage), without computing. */
export function cachedPositions(story: Story): Positions | null {
	const input = layoutInput(story);
	const key = cacheKey(story, input);
	const known = memory.get(key) ?? readStorage(key, input);
	if (known) memory.set(key, known);
	return known;
}

/** The stable positions of a story: cached, or computed in the worker and then cached. */
export async function positionsFor(story: Story): Promise<Positions> {
	const known = cachedPositions(story);
	if (known) return known;
	const input = layoutInput(story);
	const key = cacheKey(story, input);
	const positions = await layoutInWorker(input);
	memory.set(key, positions);
	writeStorage(key, positions);
	return positions;
}
