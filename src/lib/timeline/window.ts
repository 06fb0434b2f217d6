/**
 * The visible window and its zoom transform. The window is a stretch `[a, b]` of warped positions
 * (see scale.ts); d3-zoom's transform `{k, x}` acts on a base scale that fits the whole `extent`
 * into `[0, width]`. No DOM: unit-tested.
 */
import { DAY_MS, parsePartialDate } from '../model/dates';

export interface Span {
	readonly a: number;
	readonly b: number;
}

export interface Transform {
	readonly k: number;
	readonly x: number;
}

/** The narrowest window: about a day (a day and a half, so that a day's tick always shows). */
export const MIN_WINDOW = 1.5 * DAY_MS;

/**
 * The largest zoom factor for a story whose whole extent is `extent`, where a day takes at least
 * `minRate` of its length in warped positions (1 for a linear scale; less where the
 * density-aware scale squeezes time: there the reader may zoom closer, see `limitWindow`).
 */
export function maxZoom(extent: readonly [number, number], minRate = 1): number {
	return Math.max(1, (extent[1] - extent[0]) / (MIN_WINDOW * Math.min(1, minRate)));
}

/**
 * The window, widened about its middle where it would show less than `MIN_WINDOW` of time (the
 * scale's rate varies, so d3-zoom's single `scaleExtent` cannot say this alone).
 */
export function limitWindow(win: Span, unwarp: (u: number) => number): Span {
	const time = unwarp(win.b) - unwarp(win.a);
	if (!(time < MIN_WINDOW) || !(time > 0)) return win;
	const half = ((win.b - win.a) * (MIN_WINDOW / time)) / 2;
	const centre = (win.a + win.b) / 2;
	return { a: centre - half, b: centre + half };
}

/** The window a transform shows. */
export function windowOf(t: Transform, extent: readonly [number, number], width: number): Span {
	const length = extent[1] - extent[0];
	const w = Math.max(1, width);
	return {
		a: extent[0] + (-t.x / t.k / w) * length,
		b: extent[0] + ((w - t.x) / t.k / w) * length
	};
}

/** The transform that shows a window, kept within the zoom bounds and the extent. */
export function transformFor(
	win: Span,
	extent: readonly [number, number],
	width: number,
	limit = maxZoom(extent)
): Transform {
	const length = extent[1] - extent[0];
	const w = Math.max(1, width);
	const k = Math.min(limit, Math.max(1, length / Math.max(win.b - win.a, 1)));
	const size = length / k;
	const centre = (win.a + win.b) / 2;
	const a = Math.min(extent[1] - size, Math.max(extent[0], centre - size / 2));
	return { k, x: (-k * (a - extent[0]) * w) / length };
}

/** The window zoomed by `factor` (2: twice as close) about the position `at`. */
export function zoomWindow(win: Span, factor: number, at = (win.a + win.b) / 2): Span {
	return { a: at - (at - win.a) / factor, b: at + (win.b - at) / factor };
}

/** The window moved (same size) so that `u` lies at least `margin` (a fraction) inside it. */
export function revealIn(win: Span, u: number, margin = 0.1): Span {
	const size = win.b - win.a;
	const inset = size * margin;
	if (u < win.a + inset) return { a: u - inset, b: u - inset + size };
	if (u > win.b - inset) return { a: u + inset - size, b: u + inset };
	return win;
}

/** Linear interpolation between two windows, for animated moves. */
export function lerpWindow(from: Span, to: Span, p: number): Span {
	return { a: from.a + (to.a - from.a) * p, b: from.b + (to.b - from.b) * p };
}

/** The window that opens a cluster at warped positions `us`: all of it with room around it, and
 * at least twice as close as `win` (never narrower than `MIN_WINDOW`). */
export function clusterWindow(us: readonly number[], win: Span): Span {
	let from = Infinity;
	let to = -Infinity;
	for (const u of us) {
		from = Math.min(from, u);
		to = Math.max(to, u);
	}
	const size = Math.max(MIN_WINDOW, Math.min((to - from) * 1.6, (win.b - win.a) / 2));
	const centre = (from + to) / 2;
	return { a: centre - size / 2, b: centre + size / 2 };
}

/** The times a story opens on: its `view` (within the domain), else the whole domain. */
export function openingWindow(
	domain: readonly [number, number],
	view?: { readonly start: string; readonly end: string }
): { t0: number; t1: number } {
	const from = view ? parsePartialDate(view.start) : null;
	const to = view ? parsePartialDate(view.end) : null;
	if (!from || !to || to.end <= from.start) return { t0: domain[0], t1: domain[1] };
	return { t0: Math.max(domain[0], from.start), t1: Math.min(domain[1], to.end) };
}
