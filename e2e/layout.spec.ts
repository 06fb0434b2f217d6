import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { insideList } from './helpers';

/**
 * The explore screen as a reader sees it: regions side by side without covering each other, the
 * evidence and both views on the first screen, the graph's selection standing out with labels
 * readable on screen, and a phone where one finger scrolls the page.
 */
type Box = { x: number; y: number; width: number; height: number };

const REGIONS: Record<string, string> = {
	header: '.site-header',
	graph: '.graph-panel',
	timeline: 'section.timeline',
	moment: '.panel.moment',
	details: '.panel.details',
	relations: '.panel.relations',
	events: '.panel.events',
	sources: '.panel.sources'
};

async function boxes(page: Page): Promise<Record<string, Box>> {
	return page.evaluate((regions) => {
		const out: Record<string, Box> = {};
		for (const [name, selector] of Object.entries(regions)) {
			const r = document.querySelector(selector)!.getBoundingClientRect();
			out[name] = { x: r.x, y: r.y, width: r.width, height: r.height };
		}
		return out;
	}, REGIONS);
}

function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

async function openReady(page: Page, query: string): Promise<void> {
	await page.goto(`./${query}`);
	await expect(page.locator('[data-layout="ready"]')).toBeVisible({ timeout: 20_000 });
	// The regions below the first screen load once the views are drawn.
	await expect(page.locator('#sources-heading')).toBeAttached();
}

/** Smallest node label on screen, in px: font size x zoom, over the nodes shown. */
async function smallestLabel(page: Page): Promise<number> {
	return page.evaluate(() => {
		const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
		const sizes = cy
			.nodes()
			.filter((n) => !n.hasClass('off'))
			.map((n) => parseFloat(n.style('font-size')) * cy.zoom());
		return Math.min(...sizes);
	});
}

/** Node ids by emphasis class: lit (stands out) and dim (faded). */
async function emphasis(page: Page): Promise<{ lit: string[]; dim: string[] }> {
	return page.evaluate(() => {
		const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
		const shown = cy.nodes().filter((n) => !n.hasClass('off'));
		const ids = (selector: string) =>
			shown
				.filter(selector)
				.map((n) => n.id())
				.sort();
		return { lit: ids('.lit'), dim: ids('.dim') };
	});
}

const DESKTOP = [
	[1024, 768],
	[1280, 800],
	[1440, 900],
	[1920, 1080]
] as const;

test.describe('the explore screen', () => {
	for (const [width, height] of DESKTOP) {
		test(`at ${width}×${height} no two regions overlap at any scroll position`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await openReady(page, '?event=treaty-2024');
			const total = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
			for (const fraction of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
				await page.evaluate((y) => window.scrollTo(0, y), Math.round(total * fraction));
				const b = await boxes(page);
				const names = Object.keys(b);
				for (let i = 0; i < names.length; i++) {
					for (let j = i + 1; j < names.length; j++) {
						const [p, q] = [names[i]!, names[j]!];
						expect(overlap(b[p]!, b[q]!), `${p} and ${q} at ${fraction}`).toBe(0);
					}
				}
			}
		});
	}

	test('at 1280×800 the treaty’s source quote is on the first screen, whole', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openReady(page, '?event=treaty-2024');
		const quote = page.getByRole('region', { name: 'Details' }).locator('blockquote').first();
		await expect(quote).toContainText('military attack');
		const box = (await quote.boundingBox())!;
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(800);
	});

	for (const [width, height] of [
		[1280, 800],
		[1024, 768]
	] as const) {
		test(`at ${width}×${height} the graph and the timeline plot start on the first screen`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await openReady(page, '?event=treaty-2024');
			const graph = (await page
				.getByRole('application', { name: /^Relationship graph/ })
				.boundingBox())!;
			const plot = (await page
				.getByRole('region', { name: 'Timeline' })
				.locator('svg')
				.first()
				.boundingBox())!;
			expect(graph.y).toBeLessThan(height / 3);
			expect(plot.y).toBeLessThan(height - 40);
		});
	}

	for (const [width, height] of [...DESKTOP, [375, 667], [320, 568]] as const) {
		test(`at ${width}×${height} every node label is at least 12 px on screen`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await openReady(page, '?event=treaty-2024');
			expect(await smallestLabel(page)).toBeGreaterThanOrEqual(12);
		});
	}

	test('on a laptop screen the graph’s key folds into a Key button, by keyboard too; on a tall screen it is open below the graph', async ({
		page
	}) => {
		await openReady(page, '?event=treaty-2024');
		const graph = page.getByRole('region', { name: /^Relationship graph/ });
		const key = graph.locator('summary', { hasText: 'Key' });
		const partnership = graph.locator('.legend li', { hasText: 'partnership' });
		const shortNames = graph.getByText('Short names:');
		await expect(key).toBeVisible();
		await expect(partnership).toBeHidden();
		await key.focus();
		await page.keyboard.press('Enter');
		await expect(partnership).toBeVisible();
		await expect(shortNames).toBeVisible();
		// Open, it lies over the graph, not over the timeline below it.
		const body = (await graph.locator('.key-body').boundingBox())!;
		const canvas = (await page
			.getByRole('application', { name: /^Relationship graph/ })
			.boundingBox())!;
		expect(body.y + body.height).toBeLessThan(canvas.y + canvas.height);
		await page.keyboard.press('Escape');
		await expect(partnership).toBeHidden();
		await expect(key).toBeFocused();
		// A click elsewhere closes it too.
		await key.click();
		await expect(partnership).toBeVisible();
		await page.getByRole('region', { name: 'Details' }).click({ position: { x: 5, y: 5 } });
		await expect(partnership).toBeHidden();

		await page.setViewportSize({ width: 1920, height: 1080 });
		await expect(key).toHaveCount(0);
		await expect(partnership).toBeVisible();
	});

	test('an event’s actors stand out in the graph and the others fade', async ({ page }) => {
		await openReady(page, '?event=treaty-2024');
		await expect
			.poll(() => emphasis(page))
			.toEqual({
				lit: ['dprk', 'kim-jong-un', 'putin', 'russia'],
				dim: expect.arrayContaining(['china', 'usa', 'ukraine', 'nato'])
			});
		const opacity = await page.evaluate(() => {
			const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
			return [Number(cy.$id('russia').style('opacity')), Number(cy.$id('usa').style('opacity'))];
		});
		expect(opacity[0]).toBe(1);
		expect(opacity[1]).toBeLessThan(0.5);
	});

	test('a selected actor’s neighbours stand out; clearing the selection fades nothing', async ({
		page
	}) => {
		await openReady(page, '?t=2024-06-20&actor=ukraine');
		const { lit, dim } = await emphasis(page);
		expect(lit).toEqual(expect.arrayContaining(['ukraine', 'russia', 'usa', 'zelensky']));
		expect(dim).toEqual(expect.arrayContaining(['dprk', 'iran']));
		expect(lit.filter((id) => dim.includes(id))).toEqual([]);
		await page.goto('./?t=2024-06-20');
		await expect(page.locator('[data-layout="ready"]')).toBeVisible({ timeout: 20_000 });
		expect(await emphasis(page)).toEqual({ lit: [], dim: [] });
	});

	test('the event list scrolls to the selected event', async ({ page }) => {
		await openReady(page, '?event=treaty-2024');
		const list = page.locator('.event-list');
		const current = list.locator('[aria-current="true"]');
		await expect(current).toContainText('Comprehensive Strategic Partnership');
		expect(await insideList(current, list)).toBe(true);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

	test('a one-finger swipe over the graph scrolls the page, not the graph', async ({ page }) => {
		await openReady(page, '?t=2024-06-20');
		const canvas = (await page
			.getByRole('application', { name: /^Relationship graph/ })
			.boundingBox())!;
		const before = await page.evaluate(() => {
			const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
			return cy.pan();
		});
		const cdp = await page.context().newCDPSession(page);
		const x = canvas.x + canvas.width / 2;
		const y = canvas.y + canvas.height * 0.8;
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let i = 1; i <= 10; i++) {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x, y: y - i * 25 }]
			});
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		const after = await page.evaluate(() => {
			const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
			return cy.pan();
		});
		expect(after).toEqual(before);
	});

	test('tapping a node shows its details inside the viewport', async ({ page }) => {
		await openReady(page, '?t=2024-06-20');
		const canvas = (await page
			.getByRole('application', { name: /^Relationship graph/ })
			.boundingBox())!;
		const at = await page.evaluate(() => {
			const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
			return cy.$id('russia').renderedPosition();
		});
		await page.touchscreen.tap(canvas.x + at.x, canvas.y + at.y);
		const heading = page
			.getByRole('region', { name: 'Details' })
			.getByRole('heading', { level: 3 });
		await expect(heading).toHaveText('Russia');
		await expect(heading).toBeInViewport({ ratio: 1 });
	});
});
