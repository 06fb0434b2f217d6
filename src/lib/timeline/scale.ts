/**
 * The gap-compressed time scale. Time `t` (UTC ms) maps to a warped position `u` (also in ms, so
 * that an uncompressed stretch keeps its length); a long stretch without events is squeezed into
 * a short "break" that the axis marks with its length ("29 years"). Zoom and pan then act
 * linearly on `u`. No DOM: unit-tested.
 */
import { DAY_MS } from '../model/dates';

export const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

/** One linear piece of the scale: times `[t0, t1]` map to positions `[u0, u1]`. */
export interface Piece {
	readonly t0: number;
	readonly t1: number;
	readonly u0: number;
	readonly u1: number;
	/** A compressed stretch without events. */
	readonly gap: boolean;
}

/** A compressed gap as the axis shows it. */
export interface Break extends Piece {
	/** The time left out, in words: "29 years". */
	readonly text: string;
}

export interface GapScale {
	readonly pieces: readonly Piece[];
	readonly breaks: readonly Break[];
	/** The times shown when the whole story is in view. */
	readonly domain: readonly [number, number];
	/** `domain` in warped positions. */
	readonly extent: readonly [number, number];
	/** Time to warped position; linear (rate 1) outside the domain. */
	warp(t: number): number;
	/** Warped position to time; the inverse of `warp`. */
	unwarp(u: number): number;
}

export interface GapOptions {
	/** Compress long gaps; when false the scale is linear (`warp(t) = t`). */
	readonly compress: boolean;
	/** A gap between events longer than this is compressed. Default: 4 years or 8% of the span. */
	readonly minGap?: number;
	/** Time kept on either side of a compressed gap, next to its events. Default `minGap / 8`. */
	readonly pad?: number;
	/** The warped length of a compressed gap. Default `minGap / 3`. */
	readonly gapLength?: number;
}

interface Interval {
	readonly start: number;
	readonly finish: number;
}

/** A duration as a reader says it: "29 years", "1 year", "8 months", "12 days". */
export function formatDuration(ms: number): string {
	const years = ms / YEAR_MS;
	if (years >= 1.5) return `${Math.round(years)} years`;
	if (years >= 0.96) return '1 year';
	const months = ms / MONTH_MS;
	if (months >= 1.5) return `${Math.round(months)} months`;
	if (months >= 0.95) return '1 month';
	const days = Math.max(1, Math.round(ms / DAY_MS));
	return days === 1 ? '1 day' : `${days} days`;
}

/**
 * Builds the scale for events covering the given intervals.
 *
 * @example gapScale(story.events, { compress: true }).warp(Date.UTC(2000, 0, 1))
 */
export function gapScale(intervals: readonly Interval[], options: GapOptions): GapScale {
	const sorted = [...intervals].sort((a, b) => a.start - b.start);
	const first = sorted[0]?.start ?? 0;
	const last = sorted.reduce((max, e) => Math.max(max, e.finish), first + DAY_MS);
	const span = last - first;
	const minGap = options.minGap ?? Math.max(4 * YEAR_MS, span * 0.08);
	const pad = options.pad ?? minGap / 8;
	const gapLength = options.gapLength ?? minGap / 3;

	// The stretches no event covers, long enough to compress.
	const holes: [number, number][] = [];
	if (options.compress) {
		let covered = first;
		for (const event of sorted) {
			if (event.start - covered > minGap && event.start - covered - 2 * pad > gapLength) {
				holes.push([covered + pad, event.start - pad]);
			}
			covered = Math.max(covered, event.finish);
		}
	}

	// Compressed length of the story, then a margin so that the first and last marks sit inside.
	const compressedSpan = span - holes.reduce((sum, [a, b]) => sum + (b - a - gapLength), 0);
	const margin = Math.max(10 * DAY_MS, compressedSpan * 0.03);
	const t0 = first - margin;
	const t1 = last + margin;

	const pieces: Piece[] = [];
	let t = t0;
	let u = t0;
	for (const [a, b] of holes) {
		pieces.push({ t0: t, t1: a, u0: u, u1: u + (a - t), gap: false });
		u += a - t;
		pieces.push({ t0: a, t1: b, u0: u, u1: u + gapLength, gap: true });
		u += gapLength;
		t = b;
	}
	pieces.push({ t0: t, t1, u0: u, u1: u + (t1 - t), gap: false });
	const extent = [t0, pieces.at(-1)!.u1] as const;

	const breaks: Break[] = pieces
		.filter((p) => p.gap)
		.map((p) => ({ ...p, text: formatDuration(p.t1 - p.t0) }));

	const warp = (time: number): number => {
		if (time <= t0) return time;
		if (time >= t1) return extent[1] + (time - t1);
		const p = pieces[findPiece(pieces, time, 't0')]!;
		return p.u0 + ((time - p.t0) * (p.u1 - p.u0)) / (p.t1 - p.t0);
	};
	const unwarp = (pos: number): number => {
		if (pos <= extent[0]) return pos;
		if (pos >= extent[1]) return t1 + (pos - extent[1]);
		const p = pieces[findPiece(pieces, pos, 'u0')]!;
		return p.t0 + ((pos - p.u0) * (p.t1 - p.t0)) / (p.u1 - p.u0);
	};
	return { pieces, breaks, domain: [t0, t1], extent, warp, unwarp };
}

/** The index of the last piece whose `key` is at most `value`. */
function findPiece(pieces: readonly Piece[], value: number, key: 't0' | 'u0'): number {
	let lo = 0;
	let hi = pieces.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (pieces[mid]![key] <= value) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
