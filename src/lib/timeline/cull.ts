/**
 * Drawing only what shows: culling to the visible window, and level-of-detail aggregation of marks
 * that would overlap into cluster marks that name their count. No DOM: unit-tested.
 */
import { bisectLeft } from 'd3-array';

/** Events sorted by start, as parallel arrays for fast culling. */
export interface TimeIndex {
	readonly starts: Float64Array;
	readonly finishes: Float64Array;
	/** The longest event, so that culling finds long events that started before the window. */
	readonly longest: number;
}

export function timeIndex(events: readonly { start: number; finish: number }[]): TimeIndex {
	const starts = new Float64Array(events.length);
	const finishes = new Float64Array(events.length);
	let longest = 0;
	events.forEach((e, i) => {
		if (i > 0 && e.start < starts[i - 1]!) throw new Error('events must be sorted by start');
		starts[i] = e.start;
		finishes[i] = e.finish;
		longest = Math.max(longest, e.finish - e.start);
	});
	return { starts, finishes, longest };
}

/** Indices of the events that overlap the times `[t0, t1]`, in order. */
export function visibleIndices(index: TimeIndex, t0: number, t1: number): number[] {
	const from = bisectLeft(index.starts, t0 - index.longest);
	const to = bisectLeft(index.starts, t1 + 1);
	const out: number[] = [];
	for (let i = from; i < to; i++) if (index.finishes[i]! > t0) out.push(i);
	return out;
}

export interface MarkItem {
	/** An index into the caller's list. */
	readonly index: number;
	/** Screen position of the mark's centre. */
	readonly x: number;
	/** Always drawn on its own (the focused or selected event). */
	readonly pinned?: boolean;
}

export interface Group {
	/** The caller's indices, in order of `x`. */
	readonly members: readonly number[];
	/** Where the group's mark is drawn: the mark's own `x`, or the members' mean. */
	readonly x: number;
	readonly pinned: boolean;
}

/**
 * How wide a mark is on screen: a single event, or a cluster badge with its count. `size` scales
 * everything (1 for 13 px type; about 1.8 in present mode).
 */
export function markWidth(count: number, size = 1): number {
	return (count === 1 ? 14 : 12 + 7 * String(count).length) * size;
}

/** Whether two marks drawn at these positions would touch. */
export function collide(a: Group, b: Group, size = 1, gap = 2): boolean {
	const reach = (markWidth(a.members.length, size) + markWidth(b.members.length, size)) / 2 + gap;
	return Math.abs(b.x - a.x) < reach;
}

interface Acc {
	members: number[];
	sum: number;
	pinned: boolean;
}

const toGroup = (acc: Acc): Group => ({
	members: acc.members,
	x: acc.sum / acc.members.length,
	pinned: acc.pinned
});

/**
 * Merges marks that would overlap into clusters, so that no two unpinned marks touch. Pinned
 * marks are never merged (they may overlap a neighbouring cluster: they are drawn on top).
 * `items` must be sorted by `x`. Runs in linear time, so that it can run on every zoom step.
 */
export function aggregate(items: readonly MarkItem[], size = 1): Group[] {
	const binWidth = markWidth(1, size);
	// Pass 1: fixed bins, so that dense data costs one comparison per item.
	const bins: Acc[] = [];
	let binKey = NaN;
	for (const item of items) {
		if (item.pinned) {
			bins.push({ members: [item.index], sum: item.x, pinned: true });
			binKey = NaN;
			continue;
		}
		const key = Math.floor(item.x / binWidth);
		const last = bins.at(-1);
		if (last && !last.pinned && key === binKey) {
			last.members.push(item.index);
			last.sum += item.x;
		} else {
			bins.push({ members: [item.index], sum: item.x, pinned: false });
			binKey = key;
		}
	}
	// Pass 2: merge neighbours whose marks would touch, cascading backwards.
	const out: Acc[] = [];
	for (const bin of bins) {
		if (bin.pinned) {
			out.push(bin);
			continue;
		}
		let current = bin;
		for (;;) {
			let j = out.length - 1;
			while (j >= 0 && out[j]!.pinned) j--;
			if (j < 0 || !collide(toGroup(out[j]!), toGroup(current), size)) break;
			const previous = out.splice(j, 1)[0]!;
			current = {
				members: previous.members.concat(current.members),
				sum: previous.sum + current.sum,
				pinned: false
			};
		}
		out.push(current);
	}
	return out.map(toGroup).sort((a, b) => a.x - b.x);
}
