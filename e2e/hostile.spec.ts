/**
 * Big and hostile stories: a saved story survives a story too large to keep, a 20 MB story opens
 * without freezing the page and can be cancelled, 46,000 warnings open and scroll, and `?data=`
 * failures say who refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bigStory } from './big-story';
import { expect, test, type Watch } from './fixtures';
import { chooseFiles, CUBA, dialog, EXAMPLE_JSON, title } from './helpers';
import { hostFiles } from './host';

const EXAMPLE = readFileSync(EXAMPLE_JSON);

/** Takes out of the watch the console errors and requests a test expects, failing if absent. */
function expectLogged(watch: Watch, pattern: RegExp): void {
	const index = watch.consoleErrors.findIndex((m) => pattern.test(m));
	expect(index, `a console error matching ${pattern}`).toBeGreaterThanOrEqual(0);
	watch.consoleErrors = watch.consoleErrors.filter((m) => !pattern.test(m));
}
function allowRequestsTo(watch: Watch, origin: string): void {
	watch.foreignRequests = watch.foreignRequests.filter((url) => !url.startsWith(`${origin}/`));
}

/**
 * Records main-thread tasks over 50 ms (PerformanceObserver `longtask`) from here on, once the
 * page has settled (a second without one: the views of the story on screen are drawn).
 */
async function watchLongTasks(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((settled) => {
				const record: { start: number; duration: number }[] = [];
				(window as unknown as { longTasks: typeof record }).longTasks = record;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						record.push({ start: entry.startTime, duration: Math.round(entry.duration) });
				}).observe({ type: 'longtask' });
				const began = performance.now();
				const quiet = () => {
					const last = record.at(-1);
					const since = last ? last.start + last.duration : began;
					if (performance.now() - since >= 1000 || performance.now() - began > 20_000) {
						record.length = 0;
						settled();
					} else setTimeout(quiet, 100);
				};
				quiet();
			})
	);
}
/** The long tasks recorded, split where the app began drawing the story it opened. */
const longTasks = (page: Page) =>
	page.evaluate(() => {
		const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] })
			.longTasks;
		const drawing = performance.getEntriesByName('entente:open:drawing').at(-1)?.startTime;
		if (drawing === undefined) throw new Error('no story was drawn');
		return {
			beforeDrawing: tasks.filter((t) => t.start < drawing).map((t) => t.duration),
			drawing: tasks.filter((t) => t.start >= drawing).map((t) => t.duration)
		};
	});

test.describe('big and hostile stories', () => {
	test('a story too large to keep leaves the story saved before, and says so', async ({
		page,
		baseURL
	}) => {
		test.setTimeout(90_000);
		await page.goto('./');
		// The browser's real quota for this site, set low (2 MB): story A fits, the next does not.
		const cdp = await page.context().newCDPSession(page);
		const origin = new URL(baseURL!).origin;
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * 1024 * 1024 });
		await chooseFiles(page, [EXAMPLE_JSON]);
		await expect(
			page.getByText('Opened from cuban-missile-crisis.json, saved in this browser.')
		).toBeVisible();

		await chooseFiles(page, [
			{ name: 'big-story.json', mimeType: 'application/json', buffer: bigStory(4, 8_000) }
		]);
		await expect(title(page)).toHaveText('Big story (8,000 sources)', { timeout: 60_000 });
		await expect(
			page.getByText(
				'Opened from big-story.json. This browser has no room left to keep it, so after a reload you will see cuban-missile-crisis.json, saved earlier, which is still kept.'
			)
		).toBeVisible();

		await page.reload();
		await expect(title(page)).toHaveText(CUBA);
		await expect(page.getByText('Saved in this browser: cuban-missile-crisis.json.')).toBeVisible();
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	});

	test('a 20 MB story opens with a progress bar, off the main thread, and Cancel keeps the story on screen', async ({
		page
	}, testInfo) => {
		test.setTimeout(180_000);
		// A file on disk: the browser reads it itself (a buffer would be copied in by page script,
		// which the long-task observer would count against the app).
		const bytes = bigStory(19.5);
		expect(bytes.length).toBeGreaterThan(19 * 1024 * 1024);
		expect(bytes.length).toBeLessThan(20 * 1024 * 1024);
		const big = testInfo.outputPath('big-story.json');
		writeFileSync(big, bytes);
		await page.goto('./');
		await chooseFiles(page, [EXAMPLE_JSON]);
		await expect(title(page)).toHaveText(CUBA);

		// Cancel: the story on screen stays, and nothing of the big one is kept.
		await chooseFiles(page, [big]);
		const progress = page.getByRole('progressbar', { name: /^Opening big-story\.json/ });
		await expect(progress).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(
			page.getByText('Opening big-story.json was cancelled. The story on screen is unchanged.')
		).toBeVisible();
		await expect(progress).toBeHidden();
		await expect(title(page)).toHaveText(CUBA);
		await page.reload();
		await expect(title(page)).toHaveText(CUBA);

		// Opened to the end. While it opens, the test only reads the page in ways that cost it
		// nothing (a text-matching locator scans every element: a long task of its own).
		await page.getByRole('button', { name: 'Open story…' }).click();
		const chooser = page.waitForEvent('filechooser');
		await dialog(page).getByRole('button', { name: 'Choose files…' }).click();
		await watchLongTasks(page);
		await (await chooser).setFiles(big);
		const stageShows = (stage: string) =>
			page.waitForFunction(
				(stage) => document.querySelector('.open-progress .stage')?.textContent === stage,
				stage,
				{ polling: 100, timeout: 60_000 }
			);
		// The page paints while the worker checks: the stage shows.
		await stageShows('Checking');
		await page.waitForFunction(
			() => performance.getEntriesByName('entente:open:drawing').length > 0,
			null,
			{ polling: 250, timeout: 120_000 }
		);
		await page.waitForFunction(
			() => document.querySelector('h1')?.textContent === 'Big story (46,000 sources)',
			null,
			{ polling: 250, timeout: 60_000 }
		);
		const tasks = await longTasks(page);
		await expect(page.getByText(/^Opened from big-story\.json/)).toBeVisible();
		// Reading, parsing and checking run in the worker, and the story reaches the page in slices
		// (before, one task took 5.8 s, then one structured clone 300-400 ms). Drawing does no work
		// a source: the sources' title order comes from the worker, and the long lists place their
		// rows from typed arrays (before, 46,000 titles were sorted and two lists built an object a
		// row: tasks of 200-550 ms, up to 1.7 s, on a loaded 2-core machine). Drawing the views of
		// 300 events (timeline, lists) is still one task over 50 ms (110-190 ms on a 2-core machine
		// others use, near 300 ms when heavily loaded), so 50 ms is not asserted: the figures go
		// into the report, and a looser ceiling of 400 ms a task into a line (the drawing before
		// these changes passed it: 545 ms, and 400 ms on a lightly loaded machine).
		// The graph is drawn after that, once its layout is back from the worker: its tasks
		// (Cytoscape's first styling, fit and drawing) are reported, not asserted.
		await expect(page.locator('[data-layout="ready"]')).toBeVisible({ timeout: 60_000 });
		await page.waitForTimeout(500);
		const withGraph = await longTasks(page);
		testInfo.annotations.push(
			{ type: 'long tasks before drawing (ms)', description: JSON.stringify(tasks.beforeDrawing) },
			{ type: 'long tasks while drawing (ms)', description: JSON.stringify(tasks.drawing) },
			{
				type: 'long tasks drawing the graph after (ms)',
				description: JSON.stringify(withGraph.drawing.slice(tasks.drawing.length))
			}
		);
		expect(
			Math.max(0, ...tasks.beforeDrawing),
			'the longest task before drawing (ms)'
		).toBeLessThan(400);
		expect(Math.max(0, ...tasks.drawing), 'the longest task while drawing (ms)').toBeLessThan(400);
	});

	test('46,000 warnings open at once and scroll to the last', async ({ page }, testInfo) => {
		test.setTimeout(180_000);
		await page.goto('./');
		await chooseFiles(page, [
			{ name: 'big-story.json', mimeType: 'application/json', buffer: bigStory(10) }
		]);
		await expect(title(page)).toHaveText('Big story (46,000 sources)', { timeout: 120_000 });
		const summary = page.getByText('46,000 warnings', { exact: true });
		await expect(summary).toBeVisible();
		// Once the views are drawn (a second without a long task), opening the list is timed in
		// the page: its rows are in the very frame after the click. The time (49-96 ms on a
		// loaded 2-core machine, once 466 ms) is reported, not asserted under the goal of 200 ms.
		await watchLongTasks(page);
		const opened = await summary.evaluate(
			(element) =>
				new Promise<{ ms: number; rows: number }>((resolve) => {
					const began = performance.now();
					(element as HTMLElement).click();
					requestAnimationFrame(() =>
						setTimeout(() =>
							resolve({
								ms: performance.now() - began,
								rows: document.querySelectorAll('[aria-label="46,000 problems"] li').length
							})
						)
					);
				})
		);
		expect(opened.rows, 'rows drawn in the first frame').toBeGreaterThan(0);
		testInfo.annotations.push({
			type: 'warnings list opened (ms)',
			description: `${Math.round(opened.ms)}`
		});
		const list = page.getByRole('region', { name: '46,000 problems' });
		await expect(list).toBeVisible();
		await expect(list.getByRole('listitem').first()).toContainText("source 'x0' is cited nowhere");
		// Only the rows in view are in the page, each telling its place in the whole list.
		expect(await list.getByRole('listitem').count()).toBeLessThan(80);
		await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '46000');

		await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect(list.getByText("source 'x45999' is cited nowhere")).toBeVisible();
		await list.evaluate((el) => (el.scrollTop = 0));
		await expect(list.getByText("source 'x0' is cited nowhere")).toBeVisible();
	});

	test('the page carries the same Content-Security-Policy as the server sends', async ({
		page
	}) => {
		const response = await page.goto('./');
		const header = response?.headers()['content-security-policy'];
		const meta = await page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(header).toBeTruthy();
		expect(meta).toBe(header);
	});
});

test.describe('?data= from another site', () => {
	test.use({ ignoreHTTPSErrors: true });

	test('opens where the site allows CORS, and names CORS where it does not', async ({
		page,
		watch
	}) => {
		const json = { 'content-type': 'application/json' };
		const site = await hostFiles(
			{
				'/open.json': { body: EXAMPLE, headers: { ...json, 'access-control-allow-origin': '*' } },
				'/closed.json': { body: EXAMPLE, headers: json }
			},
			{ https: true }
		);
		try {
			await page.goto(`./?data=${encodeURIComponent(`${site.origin}/open.json`)}`);
			await expect(title(page)).toHaveText(CUBA);
			await expect(page.getByText('Opened from open.json.')).toBeVisible();

			await page.goto(`./?data=${encodeURIComponent(`${site.origin}/closed.json`)}`);
			await expect(page.getByRole('alert')).toContainText(
				'closed.json: was refused by the browser: 127.0.0.1'
			);
			await expect(page.getByRole('alert')).toContainText(
				'does not allow other sites to read the file (CORS)'
			);
			await expect(title(page)).toContainText('North Korea');
			expectLogged(watch, /blocked by CORS policy/);
			watch.consoleErrors = watch.consoleErrors.filter((m) => !/ERR_FAILED/.test(m));
		} finally {
			allowRequestsTo(watch, site.origin);
			await site.close();
		}
	});

	test('a server that does not answer is told from a refusal', async ({ page, watch }) => {
		const site = await hostFiles({}, { https: true });
		const origin = site.origin;
		await site.close();
		await page.goto(`./?data=${encodeURIComponent(`${origin}/story.json`)}`);
		await expect(page.getByRole('alert')).toContainText(
			'story.json: could not be reached: 127.0.0.1'
		);
		await expect(page.getByRole('alert')).toContainText('did not answer');
		watch.consoleErrors = watch.consoleErrors.filter((m) => !/ERR_CONNECTION_REFUSED/.test(m));
		allowRequestsTo(watch, origin);
	});

	test("a host's stricter policy and a blocked scheme are named as the policy", async ({
		page,
		watch
	}) => {
		const site = await hostFiles(
			{
				'/story.json': {
					body: EXAMPLE,
					headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }
				}
			},
			{ https: true }
		);
		try {
			// A newsroom serves Entente under its own policy, which lets it read only its own site.
			await page.route(
				(url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
				async (route) => {
					const response = await route.fetch();
					await route.fulfill({
						response,
						headers: {
							...response.headers(),
							'content-security-policy':
								"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'"
						}
					});
				}
			);
			await page.goto(`./?data=${encodeURIComponent(`${site.origin}/story.json`)}`);
			await expect(page.getByRole('alert')).toContainText(
				"story.json: was blocked by this page's Content-Security-Policy (connect-src)"
			);
			await expect(title(page)).toContainText('North Korea');
			expectLogged(
				watch,
				/Refused to connect because it violates the document's Content Security Policy/
			);

			// Entente's own rule: no http: address from elsewhere, refused before any request.
			await page.unrouteAll();
			await page.goto(`./?data=${encodeURIComponent('http://127.0.0.1:9/story.json')}`);
			await expect(page.getByRole('alert')).toContainText(
				"story.json: is not secure (http:): Entente's policy opens only https: addresses"
			);
		} finally {
			// Chromium also reports the violation itself, sometimes after the test has moved on.
			watch.consoleErrors = watch.consoleErrors.filter(
				(m) => !/violates the following Content Security Policy directive/.test(m)
			);
			allowRequestsTo(watch, site.origin);
			await site.close();
		}
	});
});
