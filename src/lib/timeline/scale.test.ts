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

	it('compresses a gap longer than minGap into gapLength, keeping pad on either side', () => {
		const scale = gapScale(
			[
				{ start: 0, finish: D },
				{ start: 100 * D, finish: 101 * D }
			],
			{ compress: true, minGap: 10 * D, pad: 2 * D, gapLength: 5 * D }
		);
		expect(scale.pieces).toEqual([
			{ t0: -10 * D, t1: 3 * D, u0: -10 * D, u1: 3 * D, gap: false },
			{ t0: 3 * D, t1: 98 * D, u0: 3 * D, u1: 8 * D, gap: true },
			{ t0: 98 * D, t1: 111 * D, u0: 8 * D, u1: 21 * D, gap: false }
		]);
		expect(scale.breaks.map((b) => b.text)).toEqual(['3 months']);
		expect(scale.extent).toEqual([-10 * D, 21 * D]);
		expect(scale.warp(50.5 * D)).toBe(5.5 * D);
		expect(scale.unwarp(5.5 * D)).toBe(50.5 * D);
		expect(scale.warp(100 * D)).toBe(10 * D);
		// Outside the domain the scale goes on at rate 1.
		expect(scale.warp(121 * D)).toBe(31 * D);
		expect(scale.unwarp(-20 * D)).toBe(-20 * D);
	});

	it('leaves gaps shorter than minGap alone', () => {
		const scale = gapScale(
			[
				{ start: 0, finish: D },
				{ start: 9 * D, finish: 10 * D }
			],
			{ compress: true, minGap: 10 * D }
		);
		expect(scale.breaks).toEqual([]);
	});

	it('measures gaps from where the previous events end, not where they start', () => {
		const scale = gapScale(
			[
				{ start: 0, finish: 60 * D },
				{ start: 10 * D, finish: 20 * D },
				{ start: 100 * D, finish: 101 * D }
			],
			{ compress: true, minGap: 30 * D, pad: 0, gapLength: 2 * D }
		);
		expect(scale.breaks.map((b) => [b.t0 / D, b.t1 / D])).toEqual([[60, 100]]);
	});

	it('shows the decades between 1961 and 1991 as a 29-year break on the bundled story’s dates', () => {
		const scale = gapScale(
			[
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
				'2024-06-19'
			].map(event),
			{ compress: true }
		);
		expect(scale.breaks.map((b) => b.text)).toEqual(['11 years', '29 years']);
		// 2000 and June 2024 keep their true distance; the story takes far less than 79 years.
		const u2000 = scale.warp(Date.UTC(2000, 6, 19));
		const u2024 = scale.warp(Date.UTC(2024, 5, 13));
		expect(u2024 - u2000).toBe(Date.UTC(2024, 5, 13) - Date.UTC(2000, 6, 19));
		const length = scale.extent[1] - scale.extent[0];
		expect(length / YEAR_MS).toBeGreaterThan(40);
		expect(length / YEAR_MS).toBeLessThan(47);
	});

	it('round-trips every time through warp and unwarp', () => {
		const scale = gapScale(
			[event('1945'), event('1961-07-06'), event('1991-12'), event('2024-06-19')],
			{
				compress: true
			}
		);
		for (let year = 1940; year <= 2030; year += 3) {
			const t = Date.UTC(year, 3, 1);
			expect(scale.unwarp(scale.warp(t))).toBeCloseTo(t, -1);
		}
		// Monotonic: a later time is never drawn left of an earlier one.
		let previous = -Infinity;
		for (let year = 1940; year <= 2030; year++) {
			const u = scale.warp(Date.UTC(year, 0, 1));
			expect(u).toBeGreaterThan(previous);
			previous = u;
		}
	});
});
