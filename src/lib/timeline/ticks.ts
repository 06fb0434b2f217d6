/**
 * Axis ticks for a zoom level: years when far out, then months, then days; labels that never
 * collide with each other, with the break labels of compressed gaps, or with the plot's edges.
 * No DOM: unit-tested.
 */
import { bisector } from 'd3-array';
import { utcDay, utcMonth, utcYear, type CountableInterval, type Interval } from './utc';
import { DAY_MS, formatAt, formatPart } from '../model/dates';
import type { GapScale, Piece } from './scale';
import type { Span } from './window';

export type TickUnit = 'year' | 'month' | 'day';

interface Step {
	readonly name: string;
	readonly unit: TickUnit;
	readonly interval: Interval;
	/** The shortest distance between two ticks, in days. */
	readonly minDays: number;
}

// Dates whose labels are the widest of their kind in most locales (a four-digit year, May, 28).
const YEAR_SAMPLE = [Date.UTC(2000, 0, 1)];
const MONTH_SAMPLE = [Date.UTC(2000, 0, 1), ...[4, 8, 11].map((m) => Date.UTC(2000, m, 1))];
const DAY_SAMPLE = [...MONTH_SAMPLE, Date.UTC(2000, 4, 28)];

const every = (interval: CountableInterval, n: number): Interval =>
	n === 1 ? interval : interval.every(n);

/** From the finest to the coarsest. */
const STEPS: readonly Step[] = [
	{ name: '1 day', unit: 'day', interval: utcDay, minDays: 1 },
	{ name: '2 days', unit: 'day', interval: every(utcDay, 2), minDays: 2 },
	{ name: '7 days', unit: 'day', interval: every(utcDay, 7), minDays: 7 },
	{ name: '1 month', unit: 'month', interval: utcMonth, minDays: 28 },
	{ name: '3 months', unit: 'month', interval: every(utcMonth, 3), minDays: 89 },
	{ name: '6 months', unit: 'month', interval: every(utcMonth, 6), minDays: 181 },
	{ name: '1 year', unit: 'year', interval: utcYear, minDays: 365 },
	{ name: '2 years', unit: 'year', interval: every(utcYear, 2), minDays: 730 },
	{ name: '5 years', unit: 'year', interval: every(utcYear, 5), minDays: 1826 },
	{ name: '10 years', unit: 'year', interval: every(utcYear, 10), minDays: 3652 },
	{ name: '20 years', unit: 'year', interval: every(utcYear, 20), minDays: 7305 },
	{ name: '50 years', unit: 'year', interval: every(utcYear, 50), minDays: 18262 },
	{ name: '100 years', unit: 'year', interval: every(utcYear, 100), minDays: 36524 }
];

// The pieces of a scale are in time order, by start and by end alike.
const pieceStart = bisector((p: Piece) => p.t0);
const pieceEnd = bisector((p: Piece) => p.t1);

/**
 * A tick's label in the dates' locale (model/dates.ts): the year on 1 January, the month on the
 * 1st, else the day of the month.
 */
export function tickLabel(t: number, unit: TickUnit): string {
	const date = new Date(t);
	if (unit === 'year' || (date.getUTCMonth() === 0 && date.getUTCDate() === 1)) {
		return formatAt(t, 'year');
	}
	if (unit === 'month' || date.getUTCDate() === 1) return formatPart(t, 'month-short');
	return formatPart(t, 'day-of-month');
}

/** A tick's weight when labels compete: new years beat new months beat days. */
function tickRank(t: number): number {
	const date = new Date(t);
	if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return 2;
	return date.getUTCDate() === 1 ? 1 : 0;
}

/** A rough width of text on the axis (13 px system font, tabular figures). */
export function estimateWidth(text: string, fontSize = 13): number {
	return text.length * fontSize * 0.62;
}

export interface AxisLabel {
	readonly x: number;
	readonly text: string;
	readonly width: number;
}

export interface Tick extends AxisLabel {
	readonly t: number;
}

export interface BreakMark extends AxisLabel {
	/** The break's left and right edges on screen. */
	readonly x0: number;
	readonly x1: number;
	/** Whether its length text is shown (it may give way to another break's). */
	readonly labelled: boolean;
}

export interface Axis {
	/** The step of the ticks, e.g. "1 month". */
	readonly step: string;
	readonly unit: TickUnit;
	/** Ticks whose labels show, left to right. */
	readonly ticks: readonly Tick[];
	readonly breaks: readonly BreakMark[];
}

export interface AxisOptions {
	readonly measure?: (text: string) => number;
	/** Space between two labels, px. */
	readonly gap?: number;
}

/**
 * The axis for the window `win` (warped positions) drawn `width` px wide.
 *
 * @example axis(scale, { a, b }, 800).ticks.map((t) => t.text) // ['2000', '2005', …]
 */
export function axis(scale: GapScale, win: Span, width: number, options: AxisOptions = {}): Axis {
	const measure = options.measure ?? ((text: string) => estimateWidth(text));
	const gap = options.gap ?? 10;
	const k = width / Math.max(1, win.b - win.a);
	const xOf = (t: number) => (scale.warp(t) - win.a) * k;

	// Break marks first: they win over ticks. A longer gap wins over a shorter one.
	const breakLabels: (BreakMark & { length: number })[] = [];
	for (const piece of scale.breaks) {
		const x0 = (piece.u0 - win.a) * k;
		const x1 = (piece.u1 - win.a) * k;
		if (x1 < 0 || x0 > width) continue;
		const x = (x0 + x1) / 2;
		const length = piece.t1 - piece.t0;
		breakLabels.push({
			x,
			x0,
			x1,
			text: piece.text,
			width: measure(piece.text),
			labelled: false,
			length
		});
	}
	const placed: AxisLabel[] = [];
	const fits = (label: AxisLabel) =>
		label.x - label.width / 2 >= 0 &&
		label.x + label.width / 2 <= width &&
		placed.every((p) => Math.abs(p.x - label.x) >= (p.width + label.width) / 2 + gap);
	const byLength = breakLabels
		.map((b, i) => ({ b, i }))
		.sort((p, q) => q.b.length - p.b.length || p.i - q.i);
	const labelled = new Set<number>();
	for (const { b, i } of byLength) {
		if (fits(b)) {
			placed.push(b);
			labelled.add(i);
		}
	}
	const breaks = breakLabels.map(({ length: _, ...b }, i) => ({ ...b, labelled: labelled.has(i) }));

	// Each piece of the scale has its own rate: the finest step whose labels have room there.
	const t0 = scale.unwarp(win.a);
	const t1 = scale.unwarp(win.b);
	const sample = (unit: TickUnit) =>
		unit === 'year' ? YEAR_SAMPLE : unit === 'month' ? MONTH_SAMPLE : DAY_SAMPLE;
	const widest = new Map(
		(['year', 'month', 'day'] as const).map((unit) => [
			unit,
			Math.max(...sample(unit).map((t) => measure(tickLabel(t, unit))))
		])
	);
	const stepAt = (pxPerDay: number) =>
		STEPS.find((s) => s.minDays * pxPerDay >= widest.get(s.unit)! + gap) ?? STEPS.at(-1)!;

	let finest: Step | null = null;
	const candidates: Tick[] = [];
	const seen = new Set<number>();
	// Only the pieces in the window: from the first that ends at t0 or later to the last that
	// starts at t1 or earlier (a big story has up to 256).
	const from = pieceEnd.left(scale.pieces, t0);
	const to = pieceStart.right(scale.pieces, t1);
	for (let i = from; i < to; i++) {
		const piece = scale.pieces[i]!;
		if (piece.gap) continue;
		const step = stepAt(k * DAY_MS * ((piece.u1 - piece.u0) / (piece.t1 - piece.t0)));
		if (!finest || step.minDays < finest.minDays) finest = step;
		const from = Math.max(piece.t0, t0);
		const to = Math.min(piece.t1, t1);
		for (const date of step.interval.range(new Date(from), new Date(to + 1))) {
			const t = date.getTime();
			if (seen.has(t)) continue;
			seen.add(t);
			const text = tickLabel(t, step.unit);
			candidates.push({ t, x: xOf(t), text, width: measure(text) });
		}
	}
	const step = finest ?? stepAt(k * DAY_MS);
	// Higher-ranked ticks claim their room first; then left to right.
	const order = candidates
		.map((tick, i) => ({ tick, i, rank: tickRank(tick.t) }))
		.sort((p, q) => q.rank - p.rank || p.i - q.i);
	const shown = new Set<number>();
	for (const { tick, i } of order) {
		if (fits(tick)) {
			placed.push(tick);
			shown.add(i);
		}
	}
	return {
		step: step.name,
		unit: step.unit,
		ticks: candidates.filter((_, i) => shown.has(i)),
		breaks
	};
}
