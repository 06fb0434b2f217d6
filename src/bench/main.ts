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
