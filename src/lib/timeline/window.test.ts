import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model/dates';
import {
	clusterWindow,
	lerpWindow,
	maxZoom,
	openingWindow,
	revealIn,
	transformFor,
	windowOf,
	zoomWindow
} from './window';

const extent = [0, 1000 * DAY_MS] as const;

describe('the zoom window', () => {
	it('the identity transform shows the whole extent', () => {
		expect(windowOf({ k: 1, x: 0 }, extent, 800)).toEqual({ a: 0, b: 1000 * DAY_MS });
	});

	it('transformFor and windowOf are inverses', () => {
		const win = { a: 200 * DAY_MS, b: 300 * DAY_MS };
		const t = transformFor(win, extent, 800);
		expect(t.k).toBe(10);
		expect(t.x).toBe(-1600);
		const back = windowOf(t, extent, 800);
		expect(back.a).toBeCloseTo(win.a, -1);
		expect(back.b).toBeCloseTo(win.b, -1);
	});

	it('stops at about a day and at the whole story, and stays inside the story', () => {
		expect(maxZoom(extent)).toBe(1000 / 1.5);
		expect(transformFor({ a: 10 * DAY_MS, b: 10.1 * DAY_MS }, extent, 800).k).toBe(1000 / 1.5);
		expect(transformFor({ a: -500 * DAY_MS, b: 2000 * DAY_MS }, extent, 800)).toEqual({
			k: 1,
			x: -0
		});
		const late = windowOf(
			transformFor({ a: 950 * DAY_MS, b: 1050 * DAY_MS }, extent, 800),
			extent,
			800
		);
		expect(late.b).toBeCloseTo(1000 * DAY_MS, -1);
		expect(late.a).toBeCloseTo(900 * DAY_MS, -1);
	});

	it('zoomWindow zooms about a point', () => {
		expect(zoomWindow({ a: 0, b: 100 }, 2)).toEqual({ a: 25, b: 75 });
		expect(zoomWindow({ a: 0, b: 100 }, 2, 0)).toEqual({ a: 0, b: 50 });
		expect(zoomWindow({ a: 0, b: 100 }, 0.5)).toEqual({ a: -50, b: 150 });
	});

	it('revealIn pans just enough to bring a position inside, keeping the size', () => {
		expect(revealIn({ a: 0, b: 100 }, 50)).toEqual({ a: 0, b: 100 });
		expect(revealIn({ a: 0, b: 100 }, 150)).toEqual({ a: 60, b: 160 });
		expect(revealIn({ a: 0, b: 100 }, -20)).toEqual({ a: -30, b: 70 });
	});

	it('lerpWindow interpolates both ends', () => {
		expect(lerpWindow({ a: 0, b: 100 }, { a: 50, b: 60 }, 0.5)).toEqual({ a: 25, b: 80 });
	});
});

describe('clusterWindow', () => {
	const win = { a: 0, b: 100 * DAY_MS };
	it.each([
		// members (days), the window (days): room around a wide cluster…
		[[40, 50], { a: 37, b: 53 }],
		// …at least twice as close as now…
		[[0, 90], { a: 20, b: 70 }],
		// …and never closer than MIN_WINDOW (1.5 days) for events on one day.
		[[30, 30, 30], { a: 29.25, b: 30.75 }]
	])('opens %j on %j', (days, expected) => {
		const got = clusterWindow(
			days.map((d) => d * DAY_MS),
			win
		);
		expect(got.a / DAY_MS).toBeCloseTo(expected.a, 9);
		expect(got.b / DAY_MS).toBeCloseTo(expected.b, 9);
	});
});

describe('openingWindow', () => {
	const domain = [Date.UTC(1945, 0, 1), Date.UTC(2025, 0, 1)] as const;
	it.each([
		['no view: the whole story', undefined, domain[0], domain[1]],
		[
			'a view: from its start to its end',
			{ start: '2023-09', end: '2024-12' },
			Date.UTC(2023, 8, 1),
			Date.UTC(2025, 0, 1)
		],
		[
			'a view past the story: cut to the domain',
			{ start: '1900', end: '2030-06-01' },
			domain[0],
			domain[1]
		],
		[
			'a view ending before it starts: the whole story',
			{ start: '2024', end: '2023' },
			domain[0],
			domain[1]
		],
		['an unreadable view: the whole story', { start: 'soon', end: '2024' }, domain[0], domain[1]]
	])('%s', (_, view, t0, t1) => {
		expect(openingWindow(domain, view)).toEqual({ t0, t1 });
	});
});
