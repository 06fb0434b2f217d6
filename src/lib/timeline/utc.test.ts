import * as d3 from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcYear } from './utc';

const at = (iso: string) => new Date(iso);
const ms = (dates: readonly Date[]) => dates.map((d) => +d);

const pairs = [
	['utcDay', utcDay, d3.utcDay],
	['utcMonth', utcMonth, d3.utcMonth],
	['utcYear', utcYear, d3.utcYear]
] as const;

const spans = [
	['2024-01-30T13:00Z', '2024-03-02T00:00Z'],
	['2024-02-01T00:00Z', '2024-02-01T00:00Z'],
	['1999-12-31T23:59Z', '2001-01-01T00:00Z'],
	['1945-02-04T00:00Z', '2024-12-01T00:00Z'],
	['-000500-06-15T00:00Z', '-000480-01-01T00:00Z']
] as const;

describe.each(pairs)('%s is d3-time’s', (_, ours, theirs) => {
	it.each(spans)('range(%s, %s)', (from, to) => {
		expect(ms(ours.range(at(from), at(to)))).toEqual(ms(theirs.range(at(from), at(to))));
	});

	it.each([2, 3, 5, 7, 10, 50])('every(%d).range', (n) => {
		for (const [from, to] of spans) {
			expect(ms(ours.every(n).range(at(from), at(to)))).toEqual(
				ms(theirs.every(n)!.range(at(from), at(to)))
			);
		}
	});

	it.each([-13, -1, 0, 1, 2.5, 40])('floor and offset(·, %d)', (n) => {
		for (const [from] of spans) {
			expect(+ours.floor(at(from))).toBe(+theirs.floor(at(from)));
			expect(+ours.offset(at(from), n)).toBe(+theirs.offset(at(from), n));
		}
	});
});
