/**
 * The timeline's time scale: a polylinear d3 `scaleLinear` from time `t` (UTC ms) to a warped
 * position `u`, one piece between each two knots, with its `invert`. Zoom and pan then act
 * linearly on `u`. (`scaleLinear` over epoch milliseconds maps exactly as `scaleUtc` would, which
 * scale.test.ts checks, for 0.7 KiB less in the page and no `Date` per `invert`; the page's
 * d3-scale leaves out the interpolators and number formats it never uses, scripts/d3-scale-lean.ts.)
 *
 * With compression on, the scale is density-aware: the story's events are the knots of the
 * domain, and each stretch between two knots gets room in proportion to a blend of its events
 * (`share` of the width is shared out equally among the events) and its length in time (the rest,
 * with long empty stretches counted as only `minGap`). Dense stretches so get room to show their
 * events apart, and long empty ones are squeezed into "breaks" that the axis marks with their
 * length ("29 years"). With compression off the scale is linear (`warp(t) = t`).
 *
 * `u` is measured so that the whole extent is as long as the compressed time, so `MIN_WINDOW`
 * (window.ts) stays about a day and a half where the scale is densest. No DOM: unit-tested.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { DAY_MS } from '../model/dates';
import { tn } from '../i18n/i18n';

export const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

/** One linear piece of the scale: times `[t0, t1]` map to positions `[u0, u1]`. */
export interface Piece {
	readonly t0: number;
	readonly t1: number;
	readonly u0: number;
	readonly u1: number;
	/** A squeezed stretch without events (longer than `minGap`). */
	readonly gap: boolean;
}

/** A squeezed gap as the axis shows it. */
export interface Break extends Piece {
	/** The time left out, in words: "29 years". */
	readonly text: string;
}

export interface GapScale {
	/** The d3 scale itself: time (UTC ms) to warped position, with `invert`. */
	readonly base: ScaleLinear<number, number>;
	readonly pieces: readonly Piece[];
	readonly breaks: readonly Break[];
	/** The times shown when the whole story is in view. */
	readonly domain: readonly [number, number];
	/** `domain` in warped positions. */
	readonly extent: readonly [number, number];
	/** The lowest and highest rates (u per ms) of the pieces: 1 for a linear scale. */
	readonly minRate: number;
	readonly maxRate: number;
	/** Time to warped position; outside the domain it goes on at the end pieces' rates. */
	warp(t: number): number;
	/** Warped position to time; the inverse of `warp`. */
	unwarp(u: number): number;
}

export interface GapOptions {
	/** Compress the story to its events; when false the scale is linear (`warp(t) = t`). */
	readonly compress: boolean;
	/** A stretch without events longer than this is a break. Default: 4 years or 8% of the span. */
	readonly minGap?: number;
	/** The fraction of the width shared out equally among events (0: linear in time). Default 0.75. */
	readonly share?: number;
	/** At most this many knots; a bigger story takes its knots at event quantiles. Default 256. */
	readonly knots?: number;
}

interface Interval {
	readonly start: number;
	readonly finish: number;
}

/** A duration as a reader says it: "29 years", "1 year", "8 months", "12 days". */
export function formatDuration(ms: number): string {
	const years = ms / YEAR_MS;
	if (years >= 1.5) return tn(Math.round(years), '{n} year', '{n} years');
	if (years >= 0.96) return tn(1, '{n} year', '{n} years');
	const months = ms / MONTH_MS;
	if (months >= 1.5) return tn(Math.round(months), '{n} month', '{n} months');
	if (months >= 0.95) return tn(1, '{n} month', '{n} months');
	const days = Math.max(1, Math.round(ms / DAY_MS));
	return tn(days, '{n} day', '{n} days');
}

/**
 * Builds the scale for events covering the given intervals.
 *
 * @example gapScale(story.events, { compress: true }).warp(Date.UTC(2000, 0, 1))
 */
export function gapScale(intervals: readonly Interval[], options: GapOptions): GapScale {
	const starts = intervals.map((e) => e.start).sort((a, b) => a - b);
	const first = starts[0] ?? 0;
	const last = intervals.reduce((max, e) => Math.max(max, e.finish), first + DAY_MS);
	const span = last - first;
	const minGap = options.minGap ?? Math.max(4 * YEAR_MS, span * 0.08);

	if (!options.compress || starts.length < 2) {
		const margin = Math.max(10 * DAY_MS, span * 0.03);
		return build([first - margin, last + margin], [first - margin, last + margin], minGap, false);
	}

	// Knots: the distinct event days, or event quantiles for a big story.
	const limit = Math.max(2, options.knots ?? 256);
	const inner: number[] = [];
	const step = Math.max(1, starts.length / limit);
	for (let i = 0; i < starts.length; i += step) {
		const t = starts[Math.floor(i)]!;
		if (t !== inner.at(-1)) inner.push(t);
	}
	if (last > inner.at(-1)! + DAY_MS) inner.push(last);

	// Each stretch's length in time, with long empty stretches counted as only `minGap`.
	const capped = (d: number) => Math.min(d, minGap);
	let compressedSpan = 0;
	for (let i = 1; i < inner.length; i++) compressedSpan += capped(inner[i]! - inner[i - 1]!);
	const margin = Math.max(10 * DAY_MS, compressedSpan * 0.03);
	const knots = [first - margin, ...inner, last + margin];

	// A stretch's events: those inside it, and half of those on each of its two knots.
	const at = knots.map((t) => bisectRight(starts, t) - bisectLeft(starts, t));
	const weights = knots
		.slice(1)
		.map(
			(t, i) => bisectLeft(starts, t) - bisectRight(starts, knots[i]!) + (at[i]! + at[i + 1]!) / 2
		);
	const share = Math.min(1, Math.max(0, options.share ?? 0.75));
	const durations = knots.slice(1).map((t, i) => capped(t - knots[i]!));
	const totalTime = durations.reduce((s, d) => s + d, 0);
	const totalWeight = weights.reduce((s, w) => s + w, 0);
	const positions = [knots[0]!];
	durations.forEach((d, i) => {
		const room = share * (weights[i]! / totalWeight) + (1 - share) * (d / totalTime);
		positions.push(positions[i]! + room * totalTime);
	});
	return build(knots, positions, minGap, true);
}

function build(
	knots: readonly number[],
	positions: readonly number[],
	minGap: number,
	breaks: boolean
): GapScale {
	// d3's polylinear map: the piece is found by bisection (a knot belongs to the piece it
	// starts), and beyond the ends the first and last pieces go on (no clamping).
	const base = scaleLinear().domain(knots).range(positions);
	const pieces: Piece[] = knots.slice(1).map((t1, i) => ({
		t0: knots[i]!,
		t1,
		u0: positions[i]!,
		u1: positions[i + 1]!,
		gap: breaks && t1 - knots[i]! > minGap
	}));
	const rates = pieces.map((p) => (p.u1 - p.u0) / (p.t1 - p.t0));
	return {
		base,
		pieces,
		breaks: pieces.filter((p) => p.gap).map((p) => ({ ...p, text: formatDuration(p.t1 - p.t0) })),
		domain: [knots[0]!, knots.at(-1)!],
		extent: [positions[0]!, positions.at(-1)!],
		minRate: Math.min(...rates),
		maxRate: Math.max(...rates),
		warp: base,
		unwarp: base.invert
	};
}
