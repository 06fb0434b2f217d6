/**
 * How an event is drawn: its shape, whether its date is exact, the span it covers, its label and
 * its accessible name. No DOM: unit-tested.
 */
import { DAY_MS, formatRange, type PartialDate } from '../model/dates';
import { t } from '../i18n/i18n';
import type { MarkShape } from '../visual';

interface Dated {
	readonly title: string;
	readonly when: PartialDate;
	readonly last?: PartialDate;
	readonly start: number;
	readonly finish: number;
}

export type MarkForm =
	/** A single day, known to the day: a filled mark on that day. */
	| 'day'
	/** Known only to the month or year: a hollow mark over a bar covering that month or year. */
	| 'vague'
	/** An event that lasts (has an `end`): a bar from its first to its last day. */
	| 'range';

export interface MarkGeometry {
	readonly form: MarkForm;
	/** Where the shape sits: the day's middle, or the middle of the month or year. */
	readonly at: number;
	/** The bar's ends (times); equal to the day's bounds for a day mark. */
	readonly from: number;
	readonly to: number;
	/** Hollow when the date is not known to the day. */
	readonly hollow: boolean;
	/** Dashed outline when the date is approximate ("c."). */
	readonly dashed: boolean;
}

/** How an event's date is drawn, so that a month or a year never looks like an exact day. */
export function markGeometry(event: Dated): MarkGeometry {
	const hollow = event.when.precision !== 'day' || (event.last?.precision ?? 'day') !== 'day';
	const dashed = event.when.approximate || (event.last?.approximate ?? false);
	if (event.last) {
		return {
			form: 'range',
			at: event.start + DAY_MS / 2,
			from: event.start,
			to: event.finish,
			hollow,
			dashed
		};
	}
	if (event.when.precision !== 'day') {
		return {
			form: 'vague',
			at: (event.when.start + event.when.end) / 2,
			from: event.when.start,
			to: event.when.end,
			hollow,
			dashed
		};
	}
	return {
		form: 'day',
		at: event.start + DAY_MS / 2,
		from: event.start,
		to: event.finish,
		hollow,
		dashed
	};
}

/** The accessible name of a mark: "title, date" with the date at its precision. */
export function markName(event: Dated, locale?: string): string {
	return `${event.title}, ${formatRange(event.when, event.last, locale)}`;
}

/** A label short enough for a lane: cut at a word boundary with an ellipsis. */
export function shortTitle(title: string, max = 34): string {
	if (title.length <= max) return title;
	const cut = title.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** The label in a lane: the short title, with "c." and the year when the date is approximate. */
export function labelText(event: Dated, max = 34): string {
	if (!event.when.approximate) return shortTitle(event.title, max);
	const year = new Date(event.when.start).getUTCFullYear();
	return t('{title} (c. {year})', { title: shortTitle(event.title, max - 9), year: String(year) });
}

const f = (n: number) => Number(n.toFixed(2));

/** A closed path through `n` points around (0, 0), point `i` at `radius(i)`, the first at `start`. */
function ring(n: number, radius: (i: number) => number, start = -Math.PI / 2): string {
	const points: string[] = [];
	for (let i = 0; i < n; i++) {
		const angle = ((2 * Math.PI) / n) * i + start;
		points.push(`${f(Math.cos(angle) * radius(i))},${f(Math.sin(angle) * radius(i))}`);
	}
	return `M${points.join('L')}Z`;
}

/** An SVG path of a mark's shape centred on (0, 0), about `2r` across. */
export function shapePath(shape: MarkShape, r = 6): string {
	switch (shape) {
		case 'square': {
			const s = f(r * 0.85);
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'circle':
			return circle(r);
		case 'small-circle':
			return circle(f(r * 0.7));
		case 'triangle': {
			const h = f(r * 1.1);
			return `M0,${-h}L${h},${f(h * 0.8)}H${-h}Z`;
		}
		case 'diamond':
			return `M0,${-f(r * 1.15)}L${f(r * 1.15)},0L0,${f(r * 1.15)}L${-f(r * 1.15)},0Z`;
		case 'star':
			return ring(10, (i) => (i % 2 === 0 ? r * 1.25 : r * 0.55));
		case 'hexagon':
			return ring(6, () => r * 1.1, 0);
		case 'triangle-down':
			return ring(3, () => r * 1.25, Math.PI / 2);
		case 'pentagon':
			return ring(5, () => r * 1.1);
		case 'sparkle':
			return ring(8, (i) => (i % 2 === 0 ? r * 1.3 : r * 0.4));
	}
}

function circle(r: number): string {
	return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
}
