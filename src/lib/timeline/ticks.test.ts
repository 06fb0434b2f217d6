import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model/dates';
import { gapScale } from './scale';
import { axis, tickLabel, type AxisLabel } from './ticks';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
// A linear scale (no compression) whose domain is wide enough for every window below.
const linear = gapScale([{ start: utc(1940), finish: utc(2030) }], { compress: false });
const win = (from: number, to: number) => ({ a: linear.warp(from), b: linear.warp(to) });
const texts = (labels: readonly AxisLabel[]) => labels.map((l) => l.text);

function expectNoCollisions(labels: readonly AxisLabel[], width: number) {
	const sorted = [...labels].sort((p, q) => p.x - q.x);
	for (const label of sorted) {
		expect(label.x - label.width / 2).toBeGreaterThanOrEqual(0);
		expect(label.x + label.width / 2).toBeLessThanOrEqual(width);
	}
	for (let i = 1; i < sorted.length; i++) {
		const p = sorted[i - 1]!;
		const q = sorted[i]!;
		expect(q.x - q.width / 2).toBeGreaterThan(p.x + p.width / 2);
	}
}

describe('tickLabel', () => {
	it.each([
		[utc(2024), 'year', '2024'],
		[utc(2024, 6), 'month', 'Jun'],
		[utc(2024, 1), 'month', '2024'],
		[utc(2024, 6, 13), 'day', '13'],
		[utc(2024, 7, 1), 'day', 'Jul'],
		[utc(2025, 1, 1), 'day', '2025']
	] as const)('tickLabel(%d, %s) is %s', (t, unit, text) => {
		expect(tickLabel(t, unit)).toBe(text);
	});
});

describe('axis ticks by zoom level', () => {
	it('80 years in 800 px: every five years, none cut off at the edges', () => {
		const result = axis(linear, win(utc(1945), utc(2025)), 800);
		expect(result.step).toBe('5 years');
		expect(texts(result.ticks)).toEqual([
			'1950',
			'1955',
			'1960',
			'1965',
			'1970',
			'1975',
			'1980',
			'1985',
			'1990',
			'1995',
			'2000',
			'2005',
			'2010',
			'2015',
			'2020'
		]);
	});

	it('80 years in 300 px: every twenty years', () => {
		const result = axis(linear, win(utc(1945), utc(2025)), 300);
		expect(result.step).toBe('20 years');
		expect(texts(result.ticks)).toEqual(['1960', '1980', '2000', '2020']);
	});

	it('one year in 800 px: months', () => {
		const result = axis(linear, win(utc(2024), utc(2025)), 800);
		expect(result.unit).toBe('month');
		expect(texts(result.ticks)).toEqual([
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec'
		]);
	});

	it('a month in 800 px: every other day', () => {
		const result = axis(linear, win(utc(2024, 6, 1), utc(2024, 7, 1)), 800);
		expect(result.step).toBe('2 days');
		expect(texts(result.ticks)).toEqual([
			'3',
			'5',
			'7',
			'9',
			'11',
			'13',
			'15',
			'17',
			'19',
			'21',
			'23',
			'25',
			'27',
			'29'
		]);
	});

	it('three days in 800 px: every day, the month named on its first', () => {
		const result = axis(
			linear,
			win(utc(2024, 6, 29) - DAY_MS / 2, utc(2024, 7, 2) + DAY_MS / 2),
			800
		);
		expect(result.step).toBe('1 day');
		expect(texts(result.ticks)).toEqual(['29', '30', 'Jul', '2']);
	});

	it('a new month beats the day before it when their labels would collide', () => {
		// Every 7 days gives the 29th and the 1st only two days apart.
		const result = axis(linear, win(utc(2024, 5, 1), utc(2024, 8, 1)), 560);
		expect(result.step).toBe('7 days');
		// 29 May and 29 June give way to 'Jun' and 'Jul'; 29 July has room.
		expect(texts(result.ticks)).toEqual([
			'8',
			'15',
			'22',
			'Jun',
			'8',
			'15',
			'22',
			'Jul',
			'8',
			'15',
			'22',
			'29'
		]);
		expectNoCollisions(result.ticks, 560);
	});
});

describe('axis breaks', () => {
	const compressed = gapScale(
		[
			{ start: utc(1945, 8), finish: utc(1945, 9) },
			{ start: utc(1961, 7, 6), finish: utc(1961, 7, 7) },
			{ start: utc(1991, 12), finish: utc(1992, 1) },
			{ start: utc(1994, 7, 8), finish: utc(1994, 7, 9) },
			{ start: utc(2000, 7, 19), finish: utc(2000, 7, 21) },
			{ start: utc(2006, 10, 14), finish: utc(2006, 10, 15) },
			{ start: utc(2011, 12, 17), finish: utc(2011, 12, 18) },
			{ start: utc(2017, 12, 22), finish: utc(2017, 12, 23) },
			{ start: utc(2022, 2, 24), finish: utc(2022, 2, 25) },
			{ start: utc(2024, 6, 19), finish: utc(2024, 6, 20) }
		],
		{ compress: true }
	);
	const all = { a: compressed.extent[0], b: compressed.extent[1] };

	it('names each break with its length and puts no tick inside a break', () => {
		const result = axis(compressed, all, 900);
		expect(result.breaks.map((b) => [b.text, b.labelled])).toEqual([
			['16 years', true],
			['30 years', true]
		]);
		for (const tick of result.ticks) {
			for (const b of result.breaks) expect(tick.x <= b.x0 || tick.x >= b.x1).toBe(true);
		}
		expectNoCollisions([...result.ticks, ...result.breaks.filter((b) => b.labelled)], 900);
	});

	it('ticks every piece the window shows, on both sides of a knot', () => {
		// 10 to 28 June 2024: the end of the piece from 2022 and the margin after 19 June.
		const win = { a: compressed.warp(utc(2024, 6, 10)), b: compressed.warp(utc(2024, 6, 28)) };
		const ticks = axis(compressed, win, 900).ticks.map((t) => t.t);
		expect(ticks.some((t) => t < utc(2024, 6, 19))).toBe(true);
		expect(ticks.some((t) => t > utc(2024, 6, 19))).toBe(true);
		for (const t of ticks) {
			expect(t).toBeGreaterThanOrEqual(compressed.unwarp(win.a));
			expect(t).toBeLessThanOrEqual(compressed.unwarp(win.b));
		}
	});

	it('at any window and width, no two labels collide and none is cut off', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0.00005, max: 1, noNaN: true }),
				fc.integer({ min: 280, max: 2560 }),
				(start, size, width) => {
					const length = all.b - all.a;
					const a = all.a + start * length * (1 - size);
					const result = axis(compressed, { a, b: a + size * length }, width);
					expectNoCollisions([...result.ticks, ...result.breaks.filter((b) => b.labelled)], width);
				}
			)
		);
	});
});
