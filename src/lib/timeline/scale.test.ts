import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, parsePartialDate } from '../model/dates';
import { formatDuration, gapScale, YEAR_MS } from './scale';
import { axis } from './ticks';
import { useLanguage } from '../i18n/i18n';

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

	afterEach(() => useLanguage('en'));

	it("is written in the reader's language, with its plural forms", async () => {
		await useLanguage('fr');
		expect([29.4 * YEAR_MS, 1.2 * YEAR_MS, 8 * 30.44 * D, 1 * D].map(formatDuration)).toEqual([
			'29 ans',
			'1 an',
			'8 mois',
			'1 jour'
		]);
		await useLanguage('ar');
		expect([2 * YEAR_MS, 3 * YEAR_MS, 13 * YEAR_MS].map(formatDuration)).toEqual([
			'سنتان',
			'3 سنوات',
			'13 سنة'
		]);
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

/** Random stories: up to 40 events of up to 400 days, within about 55 years either side of 1970. */
const stories = fc
	.array(
		fc.tuple(
			fc.integer({ min: -20_000, max: 20_000 }).map((d) => d * DAY_MS),
			fc.integer({ min: 0, max: 400 })
		),
		{ minLength: 1, maxLength: 40 }
	)
	.map((spans) => spans.map(([start, days]) => ({ start, finish: start + days * DAY_MS })));

describe('the scale is a polylinear d3 scale', () => {
	const story = [
		event('1945-08'),
		event('1961-07-06'),
		event('2000-07-19'),
		event('2024-06-13'),
		event('2024-06-19')
	];

	it('has a domain piece between each two knots, in order, that maps its ends to its positions', () => {
		const scale = gapScale(story, { compress: true });
		const knots = scale.base.domain();
		const positions = scale.base.range();
		// A margin, the five event days (the last event ends the day it starts), a margin.
		expect(knots).toHaveLength(7);
		expect(scale.pieces.map((p) => [p.t0, p.t1])).toEqual(
			knots.slice(1).map((t, i) => [knots[i], t])
		);
		expect(scale.pieces.map((p) => [p.u0, p.u1])).toEqual(
			positions.slice(1).map((u, i) => [positions[i], u])
		);
		expect(scale.domain).toEqual([knots[0], knots.at(-1)]);
		expect(scale.extent).toEqual([positions[0], positions.at(-1)]);
		for (const p of scale.pieces) {
			expect(p.t1).toBeGreaterThan(p.t0);
			expect(p.u1).toBeGreaterThan(p.u0);
			expect(scale.warp(p.t0)).toBeCloseTo(p.u0, 0);
			expect(scale.warp(p.t1)).toBeCloseTo(p.u1, 0);
			// Linear inside a piece: its midpoint maps to the midpoint of its positions.
			expect(scale.warp((p.t0 + p.t1) / 2)).toBeCloseTo((p.u0 + p.u1) / 2, 0);
		}
		// Beyond the ends the end pieces go on (d3 does not clamp unless asked).
		const first = scale.pieces[0]!;
		const rate = (first.u1 - first.u0) / (first.t1 - first.t0);
		expect(scale.warp(first.t0 - 100 * D)).toBeCloseTo(first.u0 - 100 * D * rate, 0);
		expect(scale.base.clamp()).toBe(false);
	});

	it('marks as breaks exactly the long empty pieces, and the axis draws them at their ends', () => {
		const scale = gapScale(story, { compress: true });
		expect(scale.breaks.map((b) => [b.text, b.t0, b.t1])).toEqual([
			['16 years', event('1945-08').start, event('1961-07-06').start],
			['39 years', event('1961-07-06').start, event('2000-07-19').start],
			['24 years', event('2000-07-19').start, event('2024-06-13').start]
		]);
		expect(scale.pieces.filter((p) => p.gap)).toHaveLength(3);
		for (const b of scale.breaks) expect(b.text).toBe(formatDuration(b.t1 - b.t0));
		const width = 1000;
		const win = { a: scale.extent[0], b: scale.extent[1] };
		const marks = axis(scale, win, width).breaks;
		const k = width / (win.b - win.a);
		expect(marks.map((m) => [m.x0, m.x1])).toEqual(
			scale.breaks.map((b) => [(b.u0 - win.a) * k, (b.u1 - win.a) * k])
		);
		// A window that shows no break draws no break mark (the last one ends on 13 June).
		const june = { a: scale.warp(Date.UTC(2024, 5, 14)), b: scale.warp(Date.UTC(2024, 5, 20)) };
		expect(axis(scale, june, width).breaks).toEqual([]);
		// No compression, no break.
		expect(gapScale(story, { compress: false }).breaks).toEqual([]);
	});

	it('round-trips any time through warp and its invert, and never runs backwards', () => {
		fc.assert(
			fc.property(
				stories,
				fc.boolean(),
				fc.array(fc.integer({ min: -40_000 * 24, max: 40_000 * 24 }), {
					minLength: 2,
					maxLength: 20
				}),
				(events, compress, hours) => {
					const scale = gapScale(events, { compress });
					const times = hours.map((h) => h * 3_600_000).sort((a, b) => a - b);
					let previous = -Infinity;
					for (const t of times) {
						const u = scale.warp(t);
						// Within a millisecond, however squeezed the piece.
						expect(Math.abs(scale.unwarp(u) - t)).toBeLessThanOrEqual(1);
						expect(u).toBeGreaterThanOrEqual(previous);
						previous = u;
					}
				}
			),
			{ numRuns: 300 }
		);
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
