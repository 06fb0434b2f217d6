import type { Page } from '@playwright/test';
import { loadJsonText } from '../src/lib/model/import';
import { readFile } from 'node:fs/promises';
import { expect, setMoment, test } from './fixtures';
import { pdfText } from './helpers';
import { formatProblem } from '../src/lib/model/load';
import { hostPage } from './host';

/** Opens the Embed dialog for the current view and returns the snippet it offers. */
async function snippetFor(page: Page, view: 'Graph' | 'Timeline' | 'Both'): Promise<string> {
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await dialog.getByRole('radio', { name: view }).check();
	const snippet = await dialog.getByLabel('Embed code').inputValue();
	await dialog.getByRole('button', { name: 'Close' }).click();
	return snippet;
}

function article(snippet: string, extra = ''): string {
	return `<!doctype html><html lang="en"><head><title>Host article</title></head>
<body style="margin:0;font-family:sans-serif">
<h1>An article</h1>
<div id="column" style="width:1200px">${snippet}</div>
<p style="height:2000px">More article text.</p>
${extra}
</body></html>`;
}

test.describe('links, embeds and exports', () => {
	test('Share copies a link that opens the same view', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('./?event=veto-panel-2024');
		await setMoment(page, '2024-04-02');
		await page.getByRole('button', { name: 'Share' }).click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toContain('event=veto-panel-2024');
		expect(link).toContain('t=2024-04-02');
		// The link carries the reader's language and locale: the other page writes dates alike.
		expect(link).toContain('lang=en-GB');

		const other = await context.newPage();
		await other.goto(link);
		await expect(other.getByRole('table', { name: 'Relations on 2 April 2024' })).toBeVisible();
		await expect(
			other.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 })
		).toContainText(/veto/i);
		await other.close();
	});

	test('the embed dialog gives a snippet that works without scripts', async ({ page }) => {
		await page.goto('./?t=2024-06-19');
		const snippet = await snippetFor(page, 'Graph');
		expect(snippet).toMatch(
			/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=graph&amp;t=2024-06-19&amp;lang=en-GB&amp;id=[\w-]+"/
		);
		expect(snippet).toContain('loading="lazy"');
		expect(snippet).toContain('allow="fullscreen"');
		expect(snippet).toContain('style="width:100%;border:0"');
		expect(snippet).toMatch(/height="\d+"/);
		expect(snippet).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
	});

	test("an embedded graph on another site sizes itself and shows the snippet's moment", async ({
		page,
		browser
	}) => {
		await page.goto('./?t=2024-06-19');
		const snippet = await snippetFor(page, 'Graph');
		// A child frame of the host that is not Entente: its messages must be ignored.
		const impostor = `<iframe id="impostor" title="Impostor" srcdoc="<script>parent.postMessage({type:'entente:height',height:999,id:'x'},'*')</script>"></iframe>`;
		const host = await hostPage(article(snippet, impostor));
		const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		try {
			await reader.goto(host.url);
			const iframe = reader.locator('#column iframe');
			const frame = reader.frameLocator('#column iframe');
			await expect(frame.getByRole('region', { name: 'Relationship graph' })).toBeVisible();
			await expect(frame.getByRole('link', { name: 'Open full view' })).toBeVisible();
			await expect(frame.locator('body')).toContainText('19 June 2024');
			// No app chrome in an embed.
			await expect(frame.getByRole('region', { name: 'Events' })).toHaveCount(0);

			const contentHeight = () =>
				frame.locator('.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
			const frameHeight = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
			await expect
				.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
				.toBeLessThanOrEqual(2);

			await reader.locator('#column').evaluate((el) => (el.style.width = '360px'));
			await expect.poll(async () => await iframe.evaluate((el) => el.clientWidth)).toBe(360);
			await expect
				.poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), {
					timeout: 10_000
				})
				.toBeLessThanOrEqual(2);
			const settled = await frameHeight();
			expect(settled).not.toBe(999);

			// Messages from the host page itself or another frame change nothing.
			await reader.evaluate(() =>
				window.postMessage({ type: 'entente:height', height: 777, id: 'x' }, '*')
			);
			await reader.waitForTimeout(300);
			expect(await frameHeight()).toBe(settled);
		} finally {
			await reader.close();
			await host.close();
		}
	});

	test('in an embed the wheel scrolls the article until the reader clicks into the view', async ({
		page,
		browser
	}) => {
		await page.goto('./?t=2024-06-19');
		const snippet = await snippetFor(page, 'Timeline');
		const host = await hostPage(article(snippet));
		const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		try {
			await reader.goto(host.url);
			const frame = reader.frameLocator('#column iframe');
			const timeline = frame.getByRole('region', { name: 'Timeline' });
			await expect(timeline).toBeVisible();
			const range = async () =>
				`${await timeline.getAttribute('data-from')}/${await timeline.getAttribute('data-to')}`;
			const before = await range();
			const plot = frame.locator('svg.main');
			const box = (await plot.boundingBox())!;
			await reader.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await reader.mouse.wheel(0, -300);
			await expect.poll(() => reader.evaluate(() => window.scrollY)).toBeLessThanOrEqual(0);
			await reader.mouse.wheel(0, 300);
			await expect.poll(() => reader.evaluate(() => window.scrollY)).toBeGreaterThan(0);
			expect(await range()).toBe(before);

			// Once the reader has clicked into the view, the wheel zooms it.
			await reader.evaluate(() => window.scrollTo(0, 0));
			const again = (await plot.boundingBox())!;
			await reader.mouse.click(again.x + 4, again.y + 4);
			const scrolled = await reader.evaluate(() => window.scrollY);
			await reader.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
			await reader.mouse.wheel(0, -300);
			await expect.poll(range).not.toBe(before);
			expect(await reader.evaluate(() => window.scrollY)).toBe(scrolled);
		} finally {
			await reader.close();
			await host.close();
		}
	});

	test('a host page can drive an embed to an event (scrollytelling)', async ({ page, browser }) => {
		await page.goto('./?t=2020-01-01');
		const snippet = await snippetFor(page, 'Both');
		const host = await hostPage(article(snippet));
		const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		try {
			await reader.goto(host.url);
			const frame = reader.frameLocator('#column iframe');
			const graph = frame.getByRole('region', { name: 'Relationship graph' });
			await expect(graph).toBeVisible();
			await expect(frame.locator('body')).toContainText('1 January 2020');

			// Something of another shape is ignored.
			await reader.evaluate(() =>
				document
					.querySelector<HTMLIFrameElement>('#column iframe')!
					.contentWindow!.postMessage({ type: 'entente:show', moment: 'soon' }, '*')
			);
			await reader.evaluate(() =>
				document
					.querySelector<HTMLIFrameElement>('#column iframe')!
					.contentWindow!.postMessage({ type: 'entente:show', event: 'treaty-2024' }, '*')
			);
			await expect(frame.locator('body')).toContainText('19 June 2024');
			await expect(frame.locator('body')).not.toContainText('1 January 2020');

			// A step of the guided story (counted from 1, as `?step=`): its event and moment, and
			// its actors lit while the rest of the graph fades.
			await reader.evaluate(() =>
				document
					.querySelector<HTMLIFrameElement>('#column iframe')!
					.contentWindow!.postMessage({ type: 'entente:show', step: 2 }, '*')
			);
			await expect(frame.locator('body')).toContainText('19 July 2000');
			const embed = reader.frames().find((f) => f.url().includes('embed='))!;
			await expect
				.poll(() =>
					embed.evaluate(() => {
						const cy = (window as unknown as { __entente_cy: import('cytoscape').Core })
							.__entente_cy;
						const lit = cy
							.nodes()
							.filter((n) => !n.hasClass('backdrop'))
							.map((n) => n.id());
						return {
							stage: ['putin', 'kim-jong-il', 'russia', 'dprk'].every((id) => lit.includes(id)),
							faded: cy.nodes('.backdrop').length > 0
						};
					})
				)
				.toEqual({ stage: true, faded: true });
		} finally {
			await reader.close();
			await host.close();
		}
	});

	test('the scrollytelling example moves the graph as the article scrolls', async ({ page }) => {
		await page.goto('./examples/scrollytelling.html');
		const frame = page.frameLocator('#entente-graph');
		await expect(frame.getByRole('region', { name: 'Relationship graph' })).toBeVisible();
		await page.locator('[data-step="8"]').scrollIntoViewIfNeeded();
		await page.locator('[data-step="8"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(frame.locator('body')).toContainText('19 June 2024');
		await page
			.locator('[data-event="putin-visit-2000"]')
			.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(frame.locator('body')).toContainText('19 July 2000');
	});

	test('the Download menu closes with Escape, a click elsewhere, or focus moving on', async ({
		page
	}) => {
		await page.goto('./');
		const menuButton = page.getByRole('button', { name: 'Download' });
		const item = page.getByRole('button', { name: 'Story as JSON' });
		await menuButton.click();
		await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(item).toBeHidden();
		await expect(menuButton).toBeFocused();
		await menuButton.click();
		await page.getByRole('heading', { level: 1 }).click();
		await expect(item).toBeHidden();
		await menuButton.click();
		await page.getByRole('button', { name: 'Open story…' }).focus();
		await expect(item).toBeHidden();
	});

	test('the story downloads as JSON that loads again, and the table as CSV', async ({ page }) => {
		await page.goto('./?t=2024-06-20');
		await page.getByRole('button', { name: 'Download' }).click();
		const [json] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Story as JSON' }).click()
		]);
		expect(json.suggestedFilename()).toBe('russia-dprk.json');
		const loaded = loadJsonText(await readFile((await json.path())!, 'utf8'), 'story.json');
		expect(loaded.ok ? [] : loaded.errors.map(formatProblem)).toEqual([]);
		expect(loaded.ok && loaded.story.events.length).toBeGreaterThanOrEqual(20);

		await page.getByRole('button', { name: 'Download' }).click();
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Relations table as CSV' }).click()
		]);
		expect(csv.suggestedFilename()).toBe('russia-dprk-2024-06-20-relations.csv');
		const text = await readFile((await csv.path())!, 'utf8');
		expect(text.split('\n')[0]).toBe(
			'id,from,relation,kind,to,since,since_date,until_date,sources'
		);
		expect(text).toMatch(/partnership-2024,Russia,.*,North Korea,19 June 2024,2024-06-19/);
	});

	for (const view of ['Graph', 'Timeline'] as const) {
		test(`the ${view.toLowerCase()} downloads as a 2× PNG and as an SVG with its text`, async ({
			page
		}) => {
			await page.goto('./?event=treaty-2024');
			await expect(
				page.getByRole('region', { name: view === 'Graph' ? 'Relationship graph' : 'Timeline' })
			).toBeVisible();
			await page.waitForTimeout(500);
			const save = async (format: 'PNG' | 'SVG') => {
				await page.getByRole('button', { name: 'Download' }).click();
				const [file] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('button', { name: `${view} as ${format}` }).click()
				]);
				expect(file.suggestedFilename()).toBe(
					`russia-dprk-2024-06-19-${view.toLowerCase()}.${format.toLowerCase()}`
				);
				return readFile((await file.path())!);
			};
			const png = await save('PNG');
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			const width = png.readUInt32BE(16);
			const height = png.readUInt32BE(20);
			expect(width).toBeGreaterThanOrEqual(1000);
			expect(height).toBeGreaterThanOrEqual(600);
			// A picture, not a blank: it decodes in the browser and has many distinct colours.
			const colours = await page.evaluate(async (base64) => {
				const image = new Image();
				image.src = `data:image/png;base64,${base64}`;
				await image.decode();
				const canvas = document.createElement('canvas');
				canvas.width = image.width;
				canvas.height = image.height;
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				const data = context.getImageData(0, 0, image.width, image.height).data;
				const seen = new Set<number>();
				for (let i = 0; i < data.length; i += 4 * 97)
					seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
				return seen.size;
			}, png.toString('base64'));
			expect(colours).toBeGreaterThan(20);

			const svg = (await save('SVG')).toString('utf8');
			expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
			expect(svg).toContain('Made with Entente');
			if (view === 'Graph') {
				// Where labels grow to stay 12 px on screen, long names print as their short names.
				for (const name of ['Russia', 'North Korea|DPRK', 'Ukraine']) {
					expect(svg).toMatch(new RegExp(`>(${name})<`));
				}
				// The legend draws each kind as the canvas does, end marks too: war's bar at each end.
				const war = '#(D55E00|E8742A)';
				expect(svg).toMatch(new RegExp(`<rect x="2" y="2" width="4" height="14" fill="${war}"`));
				expect(svg).toMatch(new RegExp(`<rect x="30" y="2" width="4" height="14" fill="${war}"`));
			} else {
				expect(svg).toMatch(/>Treaty on Comprehensive/);
			}
		});
	}

	test('printing gives a handout with the table and the sources and no controls', async ({
		page
	}) => {
		await page.goto('./?event=treaty-2024');
		// As a reader prints: once the page is there.
		await expect(page.getByRole('table', { name: 'Relations on 19 June 2024' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const text = await pdfText(pdf);
		expect(text).toContain('Relations on 19 June 2024');
		expect(text).toMatch(/Sources \(\d+\)/i);
		expect(text).toContain('Treaty on Comprehensive Strategic Partnership');
		for (const control of [
			'Share',
			'Embed',
			'Download',
			'Zoom in',
			'Next event',
			'Search events'
		]) {
			expect(text).not.toContain(control);
		}
		// And on screen, none of the buttons are visible in print media.
		const visibleButtons = await page
			.locator('button:not(.link-button)')
			.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
		expect(visibleButtons).toBe(0);
	});

	test('walking through the story under the strict CSP violates nothing', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { __csp: string[] }).__csp = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { __csp: string[] }).__csp.push(
					`${e.violatedDirective} ${e.blockedURI}`
				)
			);
		});
		const response = await page.goto('./');
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
		expect(response?.headers()['x-frame-options']).toBeUndefined();
		for (const name of [/^19 July 2000 – 20 July 2000 /, /^28 March 2024 /, /^19 June 2024 /]) {
			await page
				.getByRole('region', { name: 'Events' })
				.getByRole('button', { name })
				.first()
				.click();
		}
		await setMoment(page, '2024-12-05');
		await page.getByRole('button', { name: 'Embed' }).click();
		await page.getByRole('button', { name: 'Close' }).click();
		await page.goto('./?embed=both&t=2024-06-19');
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
	});
});
