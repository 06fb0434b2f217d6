/**
 * Graph benchmarks (`npm run bench graph`):
 * - a moment change on 2,000 actors and ~4,000 relations that shows or hides about half the edges,
 *   timed from the change to the next frame;
 * - the stable layout of 500 actors in the worker, and the longest main-thread block meanwhile.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout, layoutInput, type Positions } from '../lib/graph/layout';
import { layoutInWorker } from '../lib/graph/layoutClient';
import { GraphRenderer } from '../lib/graph/renderer';
import { sceneAt } from '../lib/graph/scene';
import { graphAt } from '../lib/model/slice';
import { loadDataset, type Story } from '../lib/model/load';
import { syntheticDataset } from '../lib/model/synthetic';
import { longestTask, median, nextFrame, workToFrame, type BenchFigures } from './main';

cytoscape.use(fcose);

function story(actors: number, relations: number, seed: number): Story {
	const result = loadDataset(syntheticDataset({ events: 200, actors, relations, seed }));
	if (!result.ok) throw new Error(result.errors[0]?.message ?? 'synthetic story does not load');
	return result.story;
}

/**
 * Two moments (1 January of two years) between which the most edges change, up to half of them:
 * with this generator the largest swing is a little under half.
 */
function farMoments(s: Story): [number, number, number] {
	const years = Array.from({ length: 80 }, (_, i) => Date.UTC(1946 + i, 0, 1));
	const inForce = years.map((t) => {
		const flags = new Uint8Array(s.relations.length);
		const on = new Set(graphAt(s, t).relations.map((r) => r.id));
		s.relations.forEach((r, i) => (flags[i] = on.has(r.id) ? 1 : 0));
		return flags;
	});
	const half = s.relations.length / 2;
	let best: [number, number, number] = [years[0]!, years[1]!, 0];
	for (let i = 0; i < years.length; i++) {
		for (let j = i + 1; j < years.length; j++) {
			let n = 0;
			const a = inForce[i]!;
			const b = inForce[j]!;
			for (let k = 0; k < a.length; k++) n += a[k]! ^ b[k]!;
			if (Math.abs(n - half) < Math.abs(best[2] - half)) best = [years[i]!, years[j]!, n];
		}
	}
	return best;
}

/** The longest gap between timer ticks and the long tasks reported while `work` runs. */
async function watchMainThread<T>(
	work: () => Promise<T>
): Promise<{ value: T; longestGap: number; longestTask: number }> {
	let longestTask = 0;
	const observer =
		typeof PerformanceObserver !== 'undefined' &&
		PerformanceObserver.supportedEntryTypes?.includes('longtask')
			? new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						longestTask = Math.max(longestTask, entry.duration);
				})
			: null;
	observer?.observe({ type: 'longtask' });
	let last = performance.now();
	let longestGap = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		longestGap = Math.max(longestGap, now - last);
		last = now;
	}, 10);
	try {
		const value = await work();
		return { value, longestGap, longestTask };
	} finally {
		clearInterval(timer);
		observer?.disconnect();
	}
}

export async function run(target: HTMLElement): Promise<BenchFigures> {
	const figures: BenchFigures = {};

	// Layout of 500 actors: in the worker (as the app does), then on the main thread for reference.
	const medium = story(500, 1000, 11);
	const input = layoutInput(medium);
	await layoutInWorker(layoutInput(story(20, 30, 2))); // start the worker
	const worker: number[] = [];
	let gap = 0;
	let task = 0;
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		const watched = await watchMainThread(() => layoutInWorker(input));
		worker.push(performance.now() - started);
		gap = Math.max(gap, watched.longestGap);
		task = Math.max(task, watched.longestTask);
	}
	figures['layout 500 actors, worker (ms, median of 3)'] = median(worker);
	figures['  longest main-thread gap meanwhile (ms)'] = gap;
	figures['  longest long task meanwhile (ms, 0 = none)'] = task;
	const mainStarted = performance.now();
	computeLayout(cytoscape, input);
	figures['layout 500 actors, main thread, for reference (ms)'] = performance.now() - mainStarted;

	// A moment change on 2,000 actors and 4,000 relations.
	const large = story(2000, 4000, 7);
	const largeInput = layoutInput(large);
	const layoutStarted = performance.now();
	const positions: Positions = await layoutInWorker(largeInput);
	figures['layout 2,000 actors, worker (ms)'] = performance.now() - layoutStarted;

	const container = document.createElement('div');
	container.style.cssText = 'width: 1200px; height: 700px; position: relative;';
	target.append(container);
	const renderer = new GraphRenderer(container, large, positions, { theme: 'light' });
	const [t1, t2, changed] = farMoments(large);
	figures['edges shown or hidden per change'] = changed;
	figures['edges in all'] = large.relations.length;
	renderer.showScene(sceneAt(large, t1), false);
	await nextFrame();

	const empty: number[] = [];
	for (let i = 0; i < 10; i++) {
		const started = performance.now();
		empty.push((await nextFrame()) - started);
	}
	figures['an empty frame (two frame callbacks), for comparison (ms, median)'] = median(empty);

	/**
	 * Moves the moment back and forth ten times: the work of each change before its frame (the
	 * scene, the renderer's update, and the frame callbacks where Cytoscape draws), the time to
	 * the frame after, and the longest task meanwhile.
	 */
	const changes = async (): Promise<{
		scene: number[];
		work: number[];
		frame: number[];
		longest: number;
	}> => {
		const scene: number[] = [];
		const work: number[] = [];
		const frame: number[] = [];
		const { longest } = await longestTask(async () => {
			for (let i = 0; i < 10; i++) {
				const started = performance.now();
				work.push(
					await workToFrame(() => {
						const next = sceneAt(large, i % 2 === 0 ? t2 : t1);
						scene.push(performance.now() - started);
						renderer.showScene(next, true);
					})
				);
				frame.push((await nextFrame()) - started);
			}
		});
		return { scene, work, frame, longest };
	};

	// Fitted, as a reader first sees it: the overview level of detail.
	figures['zoomed out: overview level of detail'] = String(renderer.overview);
	const fitted = await changes();
	figures['moment change, scene computed (ms, median)'] = median(fitted.scene);
	figures['moment change zoomed out, work before the frame (ms, median of 10)'] = median(
		fitted.work
	);
	figures['  longest task meanwhile (ms, longtask; 0 = none)'] = fitted.longest;
	figures['  to the frame after, for reference (ms, median; floor 33)'] = median(fitted.frame);

	// Zoomed in to full detail (curved, patterned Cytoscape edges), for reference.
	renderer.cy.zoom({ level: 1, renderedPosition: { x: 600, y: 350 } });
	await nextFrame();
	figures['zoomed in: overview level of detail'] = String(renderer.overview);
	const zoomed = await changes();
	figures['moment change zoomed in, work before the frame (ms, median of 10)'] = median(
		zoomed.work
	);
	figures['  longest task meanwhile (ms, longtask; 0 = none) '] = zoomed.longest;
	figures['  to the frame after, for reference (ms, median; floor 33) '] = median(zoomed.frame);
	renderer.destroy();
	container.remove();
	return figures;
}
