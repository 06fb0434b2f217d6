/**
 * What each view loads, watched on the network of the real page: the first render of each view
 * loads exactly the files the weight budget (scripts/budget.mjs) counts for it; the bundled story
 * draws without the layout worker and without the validator; a reader's own story still lays out
 * in the worker.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readBuild } from '../scripts/budget.mjs';

const build = readBuild(process.env.ENTENTE_OUT_DIR ?? 'dist');
/** Files whose chunk holds a module whose path contains `part`. */
const filesWith = (part: string): string[] =>
	build.chunks
		.filter((c: { modules: Record<string, number> }) =>
			Object.keys(c.modules).some((m) => m.includes(part))
		)
		.map((c: { file: string }) => c.file);

const GRAPH_DRAWN = '[data-drawn="true"]';
const TIMELINE_DRAWN = 'svg.main .mark, svg.main .cluster';

/**
 * Opens `url` and returns the build files (assets/…) the page had fetched in the first frame in
 * which every selector matched, polled every frame by the page itself.
 */
async function filesAtFirstRender(page: Page, url: string, selectors: string[]): Promise<string[]> {
	await page.addInitScript((wanted: string[]) => {
		const poll = () => {
			if (wanted.every((s) => document.querySelector(s))) {
				(window as unknown as { __firstRender: string[] }).__firstRender = performance
					.getEntriesByType('resource')
					.map((e) => e.name);
			} else requestAnimationFrame(poll);
		};
		requestAnimationFrame(poll);
	}, selectors);
	await page.goto(url);
	const names = await page.waitForFunction(
		() => (window as unknown as { __firstRender?: string[] }).__firstRender
	);
	const urls = (await names.jsonValue()) as string[];
	return urls
		.map((u) => new URL(u).pathname.replace(/^\//, ''))
		.filter((p) => p.startsWith('assets/'))
		.sort();
}

/** Every build file the page has requested so far. */
async function requested(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname.replace(/^\//, ''))
			.filter((p) => p.startsWith('assets/'))
	);
}

test.describe('loading only what the view draws', () => {
	const cases: [view: string, url: string, selectors: string[]][] = [
		['explore', './', [GRAPH_DRAWN, TIMELINE_DRAWN]],
		['embed=timeline', './?embed=timeline', [TIMELINE_DRAWN]],
		['embed=graph', './?embed=graph', [GRAPH_DRAWN]],
		['explore, fr', './?lang=fr', [GRAPH_DRAWN, TIMELINE_DRAWN]],
		['explore, ar', './?lang=ar', [GRAPH_DRAWN, TIMELINE_DRAWN]]
	];
	for (const [view, url, selectors] of cases) {
		test(`${view}: the first render fetches exactly the files the weight budget counts`, async ({
			page
		}) => {
			const fetched = await filesAtFirstRender(page, url, selectors);
			expect(fetched).toEqual([...build.viewFiles(view)].sort());
		});
	}

	test('the bundled story draws its graph without the layout worker or the validator', async ({
		page
	}) => {
		await page.goto('./');
		await expect(page.locator(GRAPH_DRAWN)).toBeVisible();
		await expect(page.locator(TIMELINE_DRAWN).first()).toBeVisible();
		// Settle: the gestures and anything else the page loads after its first render.
		await page.waitForLoadState('networkidle');
		const files = await requested(page);
		expect(files.filter((f) => f.includes('layout.worker'))).toEqual([]);
		for (const zod of filesWith('node_modules/zod')) expect(files).not.toContain(zod);
	});

	test('?embed=timeline never loads Cytoscape, even once its gestures have loaded', async ({
		page
	}) => {
		await page.goto('./?embed=timeline');
		await expect(page.locator(TIMELINE_DRAWN).first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		const files = await requested(page);
		expect(files.some((f) => filesWith('src/lib/timeline/interaction.svelte.ts').includes(f))).toBe(
			true
		);
		for (const cy of filesWith('node_modules/cytoscape')) expect(files).not.toContain(cy);
	});

	test("a reader's own story, without positions, is laid out in the worker and drawn", async ({
		page
	}) => {
		await page.goto('./');
		await expect(page.locator(GRAPH_DRAWN)).toBeVisible();
		// The story loader's worker starts first (it opens the file); then the layout worker.
		const worker = page.waitForEvent('worker', {
			predicate: (w) => /layout\.worker-[^/]*\.js$/.test(w.url())
		});
		await page.getByRole('button', { name: 'Open story…' }).click();
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Choose files…' }).click();
		await (await chooser).setFiles(['data/examples/cuban-missile-crisis.json']);
		await worker;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'The Cuban Missile Crisis, 1962'
		);
		await expect(page.locator(GRAPH_DRAWN)).toBeVisible();
		const nodes = await page.evaluate(
			() =>
				(window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy
					.nodes()
					.map((n) => n.id()).length
		);
		expect(nodes).toBeGreaterThan(3);
	});
});
