import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Arabic, right to left: the page is mirrored (the brand on the right, the tools on the left),
 * but time still runs left to right on the timeline; nothing overlaps, nothing scrolls sideways
 * on a phone, and axe finds nothing. Selectors are CSS, not names: the names are Arabic here.
 */

type Box = { x: number; y: number; width: number; height: number };

async function open(page: Page, query = ''): Promise<void> {
	await page.goto(`./?lang=ar${query}`);
	await expect(page.locator('[data-layout="ready"]')).toBeVisible({ timeout: 20_000 });
	// Element transitions (250 ms) and the first resize have run.
	await page.waitForTimeout(600);
}

async function box(locator: Locator): Promise<Box> {
	const b = await locator.boundingBox();
	expect(b, 'a box on screen').not.toBeNull();
	return b!;
}

/** Whether two boxes share more than a hairline (borders that touch do not count). */
function overlap(a: Box, b: Box): boolean {
	const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return x > 1 && y > 1;
}

test('?lang=ar sets the page right to left, in Arabic', async ({ page }) => {
	await open(page);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('the header is mirrored: the brand on the right, the tools on the left', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	const brand = await box(page.locator('.site-header .brand'));
	const tools = await box(page.locator('.site-header .tools'));
	const present = await box(page.locator('.site-header > .present-button'));
	expect(brand.x, 'the brand starts right of the tools').toBeGreaterThanOrEqual(
		tools.x + tools.width
	);
	expect(brand.x, 'and right of Present').toBeGreaterThanOrEqual(present.x + present.width);
	expect(brand.x + brand.width, 'the brand ends at the right').toBeGreaterThan(1280 / 2);
	// The side column (moment, details) is on the left, the stage on the right.
	const side = await box(page.locator('.layout > .side'));
	const stage = await box(page.locator('.layout > .stage'));
	expect(side.x + side.width).toBeLessThanOrEqual(stage.x);
});

test('time runs left to right on the timeline: the earliest event is left of the latest', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	const timeline = page.locator('section.timeline');
	await timeline.locator('.zoom button.fit').click();
	await page.waitForTimeout(800);
	const marks = await timeline.locator('.mark[aria-posinset]').evaluateAll((gs) =>
		gs.map((g) => {
			const r = g.querySelector('.shape')!.getBoundingClientRect();
			return { at: Number(g.getAttribute('aria-posinset')), x: r.x + r.width / 2 };
		})
	);
	expect(marks.length, 'marks of their own').toBeGreaterThan(3);
	marks.sort((a, b) => a.at - b.at);
	expect(marks[0]!.x, 'the earliest left of the latest').toBeLessThan(marks.at(-1)!.x);
	for (let i = 1; i < marks.length; i++) {
		expect(
			marks[i]!.x,
			`event ${marks[i]!.at} not left of ${marks[i - 1]!.at}`
		).toBeGreaterThanOrEqual(marks[i - 1]!.x - 0.5);
	}
	// The clusters too, by their first member's date.
	const clusters = await timeline.locator('.cluster').evaluateAll((gs) =>
		gs.map((g) => ({
			from: (g as SVGElement).dataset.from!,
			x: g.querySelector('.badge')!.getBoundingClientRect().x
		}))
	);
	const byDate = [...clusters].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
	expect(byDate.map((c) => c.x)).toEqual([...byDate.map((c) => c.x)].sort((a, b) => a - b));
	// Labels sit where English puts them: a label anchored at its start begins at its x, one
	// anchored at its end finishes there (in a right-to-left box, start would be the right end).
	const misplaced = await timeline.locator('.label text').evaluateAll((ts) =>
		(ts as SVGTextElement[])
			.map((t) => {
				const b = t.getBBox();
				const x = Number(t.getAttribute('x'));
				const edge = t.getAttribute('text-anchor') === 'end' ? b.x + b.width : b.x;
				return Math.abs(edge - x) > 1 ? t.textContent : null;
			})
			.filter((text) => text !== null)
	);
	expect(misplaced, 'labels placed as in English').toEqual([]);
	expect(await timeline.locator('.label text').count()).toBeGreaterThan(2);
	// The moment slider beside the details runs the same way.
	const slider = page.locator('.moment-slider');
	expect(await slider.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
	// The axis's years rise to the right.
	const years = await timeline.locator('.tick-label').evaluateAll((ts) =>
		ts
			.map((t) => ({ text: t.textContent ?? '', x: t.getBoundingClientRect().x }))
			.filter((t) => /^\d{4}$/.test(t.text))
			.map((t) => ({ year: Number(t.text), x: t.x }))
	);
	expect(years.length).toBeGreaterThan(1);
	for (let i = 1; i < years.length; i++) expect(years[i]!.year).toBeGreaterThan(years[i - 1]!.year);
	for (let i = 1; i < years.length; i++) expect(years[i]!.x).toBeGreaterThan(years[i - 1]!.x);
});

test('ArrowRight on the timeline moment moves it later, as the line moves right', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	const tag = page.locator('section.timeline .moment-tag');
	const before = Number(await tag.getAttribute('aria-valuenow'));
	const x0 = (await box(tag)).x;
	await tag.focus();
	await page.keyboard.press('ArrowRight');
	await expect(tag).toHaveAttribute('aria-valuenow', String(before + 1));
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(tag).toHaveAttribute('aria-valuenow', String(before - 1));
	expect((await box(tag)).x).toBeLessThanOrEqual(x0);
});

test('no sideways scroll on a phone (375×667)', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await open(page, '&event=treaty-2024');
	const [scrollWidth, viewport] = await page.evaluate((): number[] => [
		document.documentElement.scrollWidth,
		window.innerWidth
	]);
	expect(scrollWidth).toBeLessThanOrEqual(viewport!);
	// The open menu stays on screen too.
	await page.locator('.menu-toggle').click();
	const menu = await box(page.locator('.site-header .tools.open'));
	expect(menu.x).toBeGreaterThanOrEqual(0);
	expect(menu.x + menu.width).toBeLessThanOrEqual(375);
});

for (const [width, height] of [
	[1280, 1000],
	[375, 667]
] as const) {
	test(`at ${width}×${height} the graph's legend, the graph and the details do not overlap`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await open(page, '&event=treaty-2024');
		const graph = await box(page.locator('.graph-panel .canvas-wrap'));
		const legend = await box(page.locator('.graph-panel .legend'));
		const details = await box(page.locator('.details'));
		expect(overlap(legend, graph), 'legend / graph').toBe(false);
		expect(overlap(details, graph), 'details / graph').toBe(false);
		expect(overlap(legend, details), 'legend / details').toBe(false);
		for (const b of [graph, legend, details]) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(width);
		}
	});
}

test('at 1280×800 the folded key opens over the graph, not over the details', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '&event=treaty-2024');
	await page.locator('.graph-panel .key-fold summary').click();
	const key = await box(page.locator('.graph-panel .key-body'));
	const panel = await box(page.locator('.graph-panel'));
	const details = await box(page.locator('.details'));
	expect(overlap(key, details), 'key / details').toBe(false);
	expect(key.x).toBeGreaterThanOrEqual(panel.x);
	expect(key.x + key.width).toBeLessThanOrEqual(panel.x + panel.width);
});

for (const [width, height] of [
	[1280, 800],
	[375, 667]
] as const) {
	test(`axe finds no violations in Arabic at ${width}×${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await open(page, '&event=treaty-2024');
		await expectNoAxeViolations(page);
	});
}
