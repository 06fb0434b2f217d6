import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setMoment, test } from './fixtures';

/**
 * The graph is a canvas: these tests read it through the accessible parts (summary, live regions,
 * details, table) and, for positions and edge states, through the Cytoscape instance the app
 * exposes to automated browsers only (`navigator.webdriver`).
 */
type Point = { x: number; y: number };

const PACT = 'rel:partnership-2024';

function graph(page: Page): Locator {
	return page.getByRole('application', { name: /^Relationship graph/ });
}

async function openGraph(page: Page, query = ''): Promise<void> {
	await page.goto(`./${query}`);
	await expect(page.locator('[data-layout="ready"]')).toBeVisible();
}

/** Rendered (on-screen) positions of the nodes shown, by actor id. */
async function shownNodes(page: Page): Promise<Record<string, Point>> {
	return page.evaluate(() => {
		const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
		const out: Record<string, Point> = {};
		cy.nodes()
			.filter((n) => !n.hasClass('off'))
			.forEach((n) => {
				out[n.id()] = n.renderedPosition();
			});
		return out;
	});
}

/** The state class of an element: off, on, new, ended, just-ended, faded. */
/** The graph's key: on a laptop screen it is folded into the toolbar's Key button; open it. */
async function openKey(page: Page): Promise<void> {
	const key = page.locator('.key-fold');
	if ((await key.count()) > 0 && !(await key.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await key.locator('summary').click();
	}
}

async function stateOf(page: Page, id: string): Promise<string> {
	return page.evaluate((id) => {
		const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
		const ele = cy.$id(id);
		if (ele.empty()) return 'missing';
		const states = ['off', 'on', 'faded', 'new', 'ended', 'just-ended'];
		return states.find((s) => ele.hasClass(s)) ?? 'none';
	}, id);
}

/** Where an element is on the page, for the mouse, once the page and the graph hold still. */
async function pagePoint(page: Page, id: string): Promise<Point> {
	let last = { x: NaN, y: NaN };
	await expect
		.poll(async () => {
			const now = await pointNow(page, id);
			const still = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5;
			last = now;
			return still;
		})
		.toBe(true);
	return last;
}

async function pointNow(page: Page, id: string): Promise<Point> {
	const box = await graph(page).boundingBox();
	const at = await page.evaluate((id) => {
		const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
		const ele = cy.$id(id);
		return ele.isNode()
			? ele.renderedPosition()
			: (ele as import('cytoscape').EdgeSingular).renderedMidpoint();
	}, id);
	return { x: box!.x + at.x, y: box!.y + at.y };
}

test.describe('the relationship graph', () => {
	test('moving from 1 January 2020 to 20 June 2024 adds the treaty’s edge and moves no node', async ({
		page
	}) => {
		await openGraph(page, '?t=2020-01-01');
		const region = page.getByRole('region', { name: 'Relationship graph' });
		await expect(region).toHaveAccessibleDescription(/^1 January 2020: \d+ actors, \d+ relations$/);
		expect(await stateOf(page, PACT)).toBe('off');
		const before = await shownNodes(page);
		const pixelsBefore = await graph(page).screenshot();

		await setMoment(page, '2024-06-20');
		await expect(region).toHaveAccessibleDescription(/^20 June 2024: \d+ actors, \d+ relations$/);
		await expect.poll(() => stateOf(page, PACT)).toBe('on');
		const after = await shownNodes(page);

		const both = Object.keys(before).filter((id) => id in after);
		expect(both).toEqual(expect.arrayContaining(['russia', 'dprk', 'china', 'usa']));
		for (const id of both) {
			expect(Math.abs(after[id]!.x - before[id]!.x), `${id} x`).toBeLessThanOrEqual(1);
			expect(Math.abs(after[id]!.y - before[id]!.y), `${id} y`).toBeLessThanOrEqual(1);
		}
		// The edge joins Russia and North Korea, and the picture changed.
		const ends = await page.evaluate((id) => {
			const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
			const edge = cy.$id(id);
			return [edge.source().id(), edge.target().id()];
		}, PACT);
		expect(ends).toEqual(['russia', 'dprk']);
		await page.waitForTimeout(400); // the fade-in
		expect((await graph(page).screenshot()).equals(pixelsBefore)).toBe(false);
	});

	test('selecting the 19 June 2024 event marks the new partnership, and details list it', async ({
		page
	}) => {
		await openGraph(page, '?t=2024-06-18');
		await page
			.getByRole('button', {
				name: /^19 June 2024 Treaty on Comprehensive Strategic Partnership/
			})
			.click();
		await expect.poll(() => stateOf(page, PACT)).toBe('new');
		const label = await page.evaluate((id) => {
			const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
			return cy.$id(id).style('label');
		}, PACT);
		expect(label).toBe('new');
		await openKey(page);
		await expect(page.getByText('new at the selected event')).toBeVisible();
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.getByText('This event started:')).toBeVisible();
		await expect(details.getByRole('listitem').filter({ hasText: 'new' }).first()).toContainText(
			'Russia'
		);
		// Crossing the signing is announced politely.
		await expect(page.getByTestId('graph-changes')).toContainText(
			'19 June 2024: Treaty on Comprehensive Strategic Partnership signed — started: Russia is a partner of North Korea'
		);
	});

	test('the event that ended a relation shows it as just ended', async ({ page }) => {
		await openGraph(page, '?event=treaty-in-force-2024');
		await expect.poll(() => stateOf(page, 'rel:friendship-2000')).toBe('just-ended');
		await expect.poll(() => stateOf(page, 'rel:mutual-defence-2024')).toBe('new');
		await openKey(page);
		await expect(page.getByText('ended (faded)')).toBeVisible();
	});

	test('keyboard alone reaches a node, selects it and reads its relations', async ({ page }) => {
		await openGraph(page);
		const app = graph(page);
		for (let i = 0; i < 40 && !(await app.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(app).toBeFocused();
		await page.keyboard.press('ArrowRight');
		const announced = page.locator('[aria-live="polite"]').filter({ hasText: 'Enter selects' });
		await expect(announced).toHaveText(/^.+, (country|person|organisation).*relations? in force/);
		const first = (await announced.textContent())!.split(',')[0]!;
		// Arrows move the focus ring to another node.
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowDown');
		const name = (await announced.textContent())!.split(',')[0]!;
		expect(name.length).toBeGreaterThan(0);
		expect(
			await page.evaluate(() => {
				const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
				return cy.$('.focused').map((n) => n.data('name'));
			})
		).toEqual([name]);
		await page.keyboard.press('Enter');
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 3 })).toHaveText(name);
		await expect(details.getByRole('heading', { name: 'Relations over time' })).toBeVisible();
		// Escape leaves the node; focus stays on the graph.
		await page.keyboard.press('Escape');
		await expect(app).toBeFocused();
		expect(first.length).toBeGreaterThan(0);
	});

	test('clicking a node selects the actor; clicking an edge shows the relation', async ({
		page
	}) => {
		await openGraph(page, '?t=2024-06-20');
		const details = page.getByRole('region', { name: 'Details' });
		const russia = await pagePoint(page, 'russia');
		await page.mouse.click(russia.x, russia.y);
		await expect(details.getByRole('heading', { level: 3 })).toHaveText('Russia');
		await expect(page).toHaveURL(/actor=russia/);

		const war = await pagePoint(page, 'rel:war-2022');
		await page.mouse.click(war.x, war.y);
		await expect(details.getByRole('heading', { level: 3 })).toContainText('invasion');
		await expect(details).toContainText('since 24 February 2022');
		await expect
			.poll(() =>
				page.evaluate(() => {
					const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
					return cy.$id('rel:war-2022').hasClass('chosen');
				})
			)
			.toBe(true);
	});

	test('hovering shows a text tooltip', async ({ page }) => {
		await openGraph(page, '?t=2024-06-20');
		const point = await pagePoint(page, 'putin');
		await page.mouse.move(point.x - 40, point.y - 40);
		await page.mouse.move(point.x, point.y, { steps: 4 });
		await expect(page.getByRole('tooltip')).toHaveText(
			'Vladimir Putin, person, President of Russia (prime minister 2008–2012)'
		);
		// Leaving the graph hides it.
		await page.mouse.move(5, 5);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});

	test('"Show ended relations" shows relations out of force, faded', async ({ page }) => {
		await openGraph(page, '?t=2024-06-20');
		expect(await stateOf(page, 'rel:alliance-1961')).toBe('off');
		await page.getByLabel('Show ended relations').check();
		await expect.poll(() => stateOf(page, 'rel:alliance-1961')).toBe('ended');
		expect(await stateOf(page, 'ussr')).toBe('faded');
		await expect(page).toHaveURL(/ended=1/);
		await page.getByLabel('Show ended relations').uncheck();
		await expect.poll(() => stateOf(page, 'rel:alliance-1961')).toBe('off');
	});

	test('zoom buttons zoom, Fit and Reset layout bring the graph back', async ({ page }) => {
		await openGraph(page, '?t=2024-06-20');
		const zoom = () =>
			page.evaluate(() =>
				(window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy.zoom()
			);
		const start = await zoom();
		const region = page.getByRole('region', { name: 'Relationship graph' });
		await region.getByRole('button', { name: 'Zoom in' }).click();
		expect(await zoom()).toBeGreaterThan(start);
		await region.getByRole('button', { name: 'Zoom out' }).click();
		await region.getByRole('button', { name: 'Zoom out' }).click();
		expect(await zoom()).toBeLessThan(start);
		await region.getByRole('button', { name: 'Fit' }).click();
		expect(Math.abs((await zoom()) - start)).toBeLessThan(0.01);

		// Drag a node away, then reset.
		const home = (await shownNodes(page)).russia!;
		const from = await pagePoint(page, 'russia');
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
		await page.mouse.up();
		expect((await shownNodes(page)).russia!.x).toBeGreaterThan(home.x + 30);
		await region.getByRole('button', { name: 'Reset layout' }).click();
		await expect
			.poll(async () => Math.abs((await shownNodes(page)).russia!.x - home.x))
			.toBeLessThanOrEqual(1);
	});

	test('follows the dark theme', async ({ page }) => {
		await openGraph(page, '?t=2024-06-20');
		const fill = () =>
			page.evaluate(() =>
				(window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy
					.$id('russia')
					.style('background-color')
			);
		const light = await fill();
		await page.getByLabel('Theme').selectOption('dark');
		await expect.poll(fill).not.toBe(light);
	});

	test('has no accessibility violations', async ({ page }) => {
		await openGraph(page, '?event=treaty-2024');
		await expectNoAxeViolations(page);
	});
});
