/**
 * UTC days, months and years, as d3-time's `utcDay`, `utcMonth` and `utcYear` give them, with
 * what the timeline uses: `floor`, `offset`, `range` and `every`. d3-time ships as one module whose
 * tick tables (local time, weeks, `utcTicks`) cannot be tree-shaken, about 1.5 KiB gzipped of the
 * timeline's first render; utc.test.ts checks these against d3-time.
 */
export interface Interval {
	/** The boundaries in `[start, stop)`, from the first at or after `start`. */
	range(start: Date, stop: Date): Date[];
}

export interface CountableInterval extends Interval {
	floor(date: Date): Date;
	offset(date: Date, n?: number): Date;
	/** Every `n`th boundary: days 1, 1 + n, … of each month; months and years divisible by `n`. */
	every(n: number): Interval;
}

function interval(
	floor: (d: Date) => void,
	offset: (d: Date, n: number) => void,
	field: (d: Date) => number
): CountableInterval {
	const floored = (date: Date) => {
		const d = new Date(+date);
		floor(d);
		return d;
	};
	const range = (start: Date, stop: Date) => {
		const out: Date[] = [];
		const d = floored(new Date(+start - 1));
		offset(d, 1);
		floor(d);
		while (d < stop) {
			out.push(new Date(+d));
			offset(d, 1);
			floor(d);
		}
		return out;
	};
	return {
		floor: floored,
		offset(date, n = 1) {
			const d = new Date(+date);
			offset(d, Math.floor(n));
			return d;
		},
		range,
		every(n) {
			const k = Math.floor(n);
			return {
				range: (start, stop) => range(start, stop).filter((d) => ((field(d) % k) + k) % k === 0)
			};
		}
	};
}

export const utcDay = interval(
	(d) => d.setUTCHours(0, 0, 0, 0),
	(d, n) => d.setUTCDate(d.getUTCDate() + n),
	(d) => d.getUTCDate() - 1
);

export const utcMonth = interval(
	(d) => {
		d.setUTCDate(1);
		d.setUTCHours(0, 0, 0, 0);
	},
	(d, n) => d.setUTCMonth(d.getUTCMonth() + n),
	(d) => d.getUTCMonth()
);

export const utcYear = interval(
	(d) => {
		d.setUTCMonth(0, 1);
		d.setUTCHours(0, 0, 0, 0);
	},
	(d, n) => d.setUTCFullYear(d.getUTCFullYear() + n),
	(d) => d.getUTCFullYear()
);
