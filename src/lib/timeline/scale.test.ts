import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, parsePartialDate } from '../model/dates';
import { formatDuration, gapScale, YEAR_MS } from './scale';

const D = DAY_MS;
const event = (date: string) => {
	const when = parsePartialDate(date)!;
	return { start: when.start, finish: when.end };
};

describe('formatDuration', () => {
	it.each([
		[29.4 * YEAR_MS, '29 years'],
		[1.6 * YEAR_MS, '2 years'],
		[1.2 * YEAR_MS, '1 year'],
		[8 * 30.44 * D, '8 months'],
		[31 * D, '1 month'],
		[12 * D, '12 days'],
		[1 * D, '1 day']
	])('formatDuration(%d) is %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});

describe('gapScale', () => {
	it('is linear when compression is off: one piece, no break, warp(t) = t', () => {
		const scale = gapScale([event('2000-01-01'), event('2024-06-19')], { compress: false });
		expect(scale.pieces).toHaveLength(1);
		expect(scale.breaks).toEqual([]);
		const t = Date.UTC(2010, 4, 1);
		expect(scale.warp(t)).toBe(t);
		expect(scale.unwarp(t)).toBe(t);
		expect(scale.extent).toEqual(scale.domain);
	});

	it('keeps a margin of 3% (at least 10 days) around the story', () => {
		const scale = gapScale([{ start: 0, finish: 100 * D }], { compress: false });
		expect(scale.domain).toEqual([-10 * D, 110 * D]);
		const long = gapScale([{ start: 0, finish: 1000 * D }], { compress: false });
		expect(long.domain).toEqual([-30 * D, 1030 * D]);
	});

	it('takes its knots at the events and shares the room between events and time', () => {
		const scale = gapScale(
			[
				{ start: 0, finish: D },
				{ start: 10 * D, finish: 11 * D },
				{ start: 1000 * D, finish: 1001 * D }
			],
			{ compress: true, minGap: 100 * D, share: 0.5 }
		);
		// Knots: the margin, each event's first day, the margin.
		expect(scale.pieces.map((p) => [p.t0 / D, p.t1 / D])).toEqual([
			[-10, 0],
			[0, 10],
			[10, 1000],
			[1000, 1011]
		]);
		// Only the long empty stretch is a break, named by its true length.
		expect(scale.pieces.map((p) => p.gap)).toEqual([false, false, true, false]);
		expect(scale.breaks.map((b) => b.text)).toEqual(['3 years']);
		// Room: half by events (each stretch holds half of each end's events), half by capped time.
		const time = 10 + 10 + 100 + 11;
		const room = scale.pieces.map((p) => (p.u1 - p.u0) / (time * D));
		const expected = [
			[0.5, 10],
			[1, 10],
			[1, 100],
			[0.5, 11]
		].map(([events, days]) => 0.5 * (events! / 3) + 0.5 * (days! / time));
		room.forEach((r, i) => expect(r).toBeCloseTo(expected[i]!, 9));
		expect(scale.extent[1] - scale.extent[0]).toBeCloseTo(time * D, -1);
	});

	it('gives a dense stretch room to show its events apart, and squeezes the empty decades', () => {
		const dates = [
			'1945-08',
			'1948-09-09',
			'1961-07-06',
			'1991-12',
			'1994-07-08',
			'2000-07-19',
			'2006-10-14',
			'2011-12-17',
			'2017-12-22',
			'2022-02-24',
			'2024-03-28',
			'2024-06-13',
			'2024-06-19',
			'2024-07-10'
		];
		const scale = gapScale(dates.map(event), { compress: true });
		expect(scale.breaks.map((b) => b.text)).toEqual(['13 years', '30 years']);
		const width = 1024;
		const x = (date: string) =>
			((scale.warp(event(date).start) - scale.extent[0]) / (scale.extent[1] - scale.extent[0])) *
			width;
		// Six days in June 2024 are wider apart than two marks (14 px each) at 1024 px …
		expect(x('2024-06-19') - x('2024-06-13')).toBeGreaterThan(30);
		// … and the five events of 1945–1994 take less than a third of the width.
		expect(x('1994-07-08') - x('1945-08')).toBeLessThan(width / 3);
		// The rates differ a hundredfold and more: that is the point.
		expect(scale.maxRate / scale.minRate).toBeGreaterThan(100);
	});

	it('takes at most `knots` knots, at event quantiles, for a big story', () => {
		const events = Array.from({ length: 5000 }, (_, i) => ({ start: i * D, finish: i * D + D }));
		const scale = gapScale(events, { compress: true, knots: 50 });
		expect(scale.pieces.length).toBeLessThanOrEqual(53);
		// Evenly spread events: between the margins the scale stays close to linear.
		const rates = scale.pieces.slice(1, -1).map((p) => (p.u1 - p.u0) / (p.t1 - p.t0));
		expect(Math.max(...rates) / Math.min(...rates)).toBeLessThan(1.1);
	});

	it('round-trips every time through warp and unwarp (d3 invert), and never runs backwards', () => {
		const scale = gapScale(
			[
				event('1945'),
				event('1961-07-06'),
				event('1991-12'),
				event('2024-06-13'),
				event('2024-06-19')
			],
			{
				compress: true
			}
		);
		for (let year = 1940; year <= 2030; year += 3) {
			const t = Date.UTC(year, 3, 1);
			expect(scale.unwarp(scale.warp(t))).toBeCloseTo(t, -1);
		}
		for (let day = 0; day < 30; day++) {
			const t = Date.UTC(2024, 5, day);
			expect(scale.unwarp(scale.warp(t))).toBeCloseTo(t, -1);
		}
		let previous = -Infinity;
		for (let year = 1940; year <= 2030; year++) {
			const u = scale.warp(Date.UTC(year, 0, 1));
			expect(u).toBeGreaterThan(previous);
			previous = u;
		}
	});
});

describe('the scale maps as d3-scale would', () => {
	// d3-scale is the oracle: the polylinear scaleUtc through the same knots, ends extended.
	it('warp and unwarp agree with scaleUtc over random stories and times', () => {
		const day = fc.integer({ min: -20_000, max: 20_000 }).map((d) => d * DAY_MS);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(day, fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 40 }),
				fc.boolean(),
				fc.array(fc.integer({ min: -30_000, max: 30_000 }), { minLength: 1, maxLength: 20 }),
				(spans, compress, probes) => {
					const s = gapScale(
						spans.map(([start, days]) => ({ start, finish: start + days * DAY_MS })),
						{ compress }
					);
					const knots = [s.pieces[0]!.t0, ...s.pieces.map((p) => p.t1)];
					const positions = [s.pieces[0]!.u0, ...s.pieces.map((p) => p.u1)];
					const d3 = scaleUtc<number>()
						.domain(knots.map((t) => new Date(t)))
						.range(positions);
					for (const p of probes) {
						const t = p * DAY_MS + 3_600_000;
						// Equal to a millisecond's millionth part of the values (floating point).
						const near = (a: number, b: number) =>
							expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
						const u = s.warp(t);
						near(u, d3(t));
						// d3's invert returns a Date, whole milliseconds.
						expect(Math.abs(s.unwarp(u) - d3.invert(u).getTime())).toBeLessThanOrEqual(1);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
