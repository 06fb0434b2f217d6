/**
 * The timeline with 10,000 events: first render to frame, and the mean time per zoom step (a
 * wheel notch over the plot) to frame. Medians of several runs. `npm run bench -- timeline`.
 */
import { flushSync, mount, unmount } from 'svelte';
import { loadDataset } from '../lib/model/load';
import { syntheticDataset } from '../lib/model/synthetic';
import { longestTask, median, nextFrame, type BenchFigures } from './main';
import TimelineBench from './TimelineBench.svelte';

const RUNS = 7;
const STEPS = 24;

/** Resolves once the next frame has been painted (a frame callback, then a task after it). */
function painted(): Promise<number> {
	return new Promise((resolve) =>
		requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
	);
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

export async function run(target: HTMLElement): Promise<BenchFigures> {
	const loaded = loadDataset(
		syntheticDataset({ events: 10_000, actors: 80, relations: 400, seed: 7 })
	);
	if (!loaded.ok) throw new Error(loaded.errors[0]?.message ?? 'synthetic story does not load');
	const story = loaded.story;

	const first: number[] = [];
	const firstWork: number[] = [];
	const stepFrame: number[] = [];
	const stepPaint: number[] = [];
	const stepWork: number[] = [];
	let marks = 0;
	let zoomLongest = 0;
	let atFirst = 0;
	for (let run = 0; run < RUNS; run++) {
		const host = document.createElement('div');
		target.append(host);
		await nextFrame();

		const t0 = performance.now();
		const app = mount(TimelineBench, { target: host, props: { story, width: 1000 } });
		flushSync();
		host.getBoundingClientRect();
		firstWork.push(performance.now() - t0);
		first.push((await nextFrame()) - t0);

		const svg = host.querySelector<SVGSVGElement>('svg.main');
		if (!svg) throw new Error('the timeline drew no plot');
		// The gestures load after the first drawing (src/lib/timeline/interaction.svelte.ts): wait for d3-zoom.
		while (!(svg as unknown as { __zoom?: unknown }).__zoom) await nextFrame();
		atFirst = svg.querySelectorAll('.mark, .cluster').length;
		const box = svg.getBoundingClientRect();
		const wheel = (i: number) =>
			svg.dispatchEvent(
				new WheelEvent('wheel', {
					// Twelve notches in (about 60 times closer), then twelve out.
					deltaY: i < STEPS / 2 ? -250 : 250,
					clientX: box.left + box.width * 0.62,
					clientY: box.top + box.height / 2,
					bubbles: true,
					cancelable: true
				})
			);
		const frames: number[] = [];
		const paints: number[] = [];
		const works: number[] = [];
		// Two passes in and out: one measured to the second frame callback (as the other suites do),
		// one to the first painted frame; the longest task over both.
		const watched = await longestTask(async () => {
			for (const until of [nextFrame, painted]) {
				for (let i = 0; i < STEPS; i++) {
					const s = performance.now();
					wheel(i);
					flushSync();
					svg.getBoundingClientRect();
					works.push(performance.now() - s);
					(until === nextFrame ? frames : paints).push((await until()) - s);
					marks = Math.max(marks, svg.querySelectorAll('.mark, .cluster').length);
				}
			}
		});
		zoomLongest = Math.max(zoomLongest, watched.longest);
		stepFrame.push(mean(frames));
		stepPaint.push(mean(paints));
		stepWork.push(mean(works));
		unmount(app);
		host.remove();
	}
	return {
		events: story.events.length,
		runs: RUNS,
		'first render, work before the frame (ms)': median(firstWork),
		'zoom step, work before the frame (ms)': median(stepWork),
		'longest task while zooming (ms, longtask; 0 = none over 50)': zoomLongest,
		'first render to frame, for reference (ms; floor 33)': median(first),
		'zoom step to frame, for reference (ms; floor 33)': median(stepFrame),
		'zoom step to painted frame, for reference (ms; floor 17)': median(stepPaint),
		'marks and clusters in the DOM, whole story': atFirst,
		'most marks and clusters in the DOM': marks
	};
}
