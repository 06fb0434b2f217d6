/**
 * Benchmark page (built only by `npm run bench`): `bench.html?suite=NAME` runs
 * `src/bench/NAME.ts`'s `run(target)` and publishes its figures on `window.__benchResult`.
 */
import '../app.css';

export type BenchFigures = Record<string, number | string>;
export interface BenchSuite {
	run(target: HTMLElement): Promise<BenchFigures>;
}

declare global {
	interface Window {
		__benchResult?: BenchFigures | { error: string };
	}
}

const suites = import.meta.glob<BenchSuite>('./*.bench.ts');
const name = new URLSearchParams(location.search).get('suite') ?? '';
const target = document.getElementById('bench')!;
const load = suites[`./${name}.bench.ts`];

if (!load) {
	window.__benchResult = { error: `no suite '${name}': ${Object.keys(suites).join(', ')}` };
} else {
	load()
		.then((suite) => suite.run(target))
		.then((figures) => (window.__benchResult = figures))
		.catch((error: unknown) => (window.__benchResult = { error: String(error) }));
}

/** Resolves after the next frame has been produced (two rAFs: style, layout and paint done). */
export function nextFrame(): Promise<number> {
	return new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
	);
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Watches the main thread while `work` runs: the longest task the browser reports (`longtask`,
 * tasks over 50 ms; 0 when there was none).
 */
export async function longestTask<T>(
	work: () => Promise<T>
): Promise<{ value: T; longest: number }> {
	let longest = 0;
	const observer = PerformanceObserver.supportedEntryTypes?.includes('longtask')
		? new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
			})
		: null;
	observer?.observe({ type: 'longtask' });
	try {
		const value = await work();
		// Entries are delivered after the task: let them arrive.
		await new Promise((resolve) => setTimeout(resolve, 0));
		for (const entry of observer?.takeRecords() ?? []) longest = Math.max(longest, entry.duration);
		return { value, longest };
	} finally {
		observer?.disconnect();
	}
}

/**
 * The work a change costs before its frame: the synchronous part (`change`), plus the frame
 * callbacks of the next frame up to this one (where Cytoscape draws), from the frame's start.
 */
export async function workToFrame(change: () => void): Promise<number> {
	const started = performance.now();
	change();
	const sync = performance.now() - started;
	return new Promise((resolve) =>
		requestAnimationFrame((frameStart) => resolve(sync + (performance.now() - frameStart)))
	);
}
