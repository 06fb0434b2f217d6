/**
 * Long lists (`npm run bench lists`): the problems of a story with 46,000 uncited sources, as the
 * Open story notices list them (issue 14's target: under 200 ms of main-thread work to open). The
 * list is mounted as a reader's click mounts it: work before the frame, the frame, and the longest
 * task; then a scroll to its end.
 */
import { flushSync, mount, unmount } from 'svelte';
import ProblemList from '../lib/import/ProblemList.svelte';
import type { Problem } from '../lib/model/problems';
import { longestTask, median, nextFrame, type BenchFigures } from './main';

const RUNS = 7;
const COUNT = 46_000;

export async function run(target: HTMLElement): Promise<BenchFigures> {
	const problems: Problem[] = Array.from({ length: COUNT }, (_, i) => ({
		severity: 'warning',
		path: ['sources', i],
		file: 'big-story.json',
		message: `source 'x${i}' is cited nowhere`
	}));
	const work: number[] = [];
	const frame: number[] = [];
	const scroll: number[] = [];
	let rows = 0;
	let lastRow = '';
	const { longest } = await longestTask(async () => {
		for (let run = 0; run < RUNS; run++) {
			const host = document.createElement('div');
			host.style.cssText = 'width: 420px; height: 600px; overflow: auto;';
			target.append(host);
			await nextFrame();
			const t0 = performance.now();
			const list = mount(ProblemList, { target: host, props: { problems } });
			flushSync();
			host.getBoundingClientRect();
			work.push(performance.now() - t0);
			frame.push((await nextFrame()) - t0);
			rows = host.querySelectorAll('li').length;

			const scroller = host.querySelector<HTMLElement>('[role="region"]') ?? host;
			const s0 = performance.now();
			scroller.scrollTop = scroller.scrollHeight;
			await nextFrame();
			scroll.push(performance.now() - s0);
			lastRow = host.querySelector('li:last-of-type')?.textContent ?? '';
			unmount(list);
			host.remove();
		}
	});
	return {
		problems: COUNT,
		runs: RUNS,
		'open the list, work before the frame (ms, median)': median(work),
		'longest task (ms, longtask; 0 = none over 50)': longest,
		'rows in the page (of 46,000)': rows,
		'scroll to the end, to the frame (ms, median; floor 33)': median(scroll),
		'the last row after scrolling': lastRow.trim().slice(0, 60),
		'open the list to the frame, for reference (ms, median; floor 33)': median(frame)
	};
}
