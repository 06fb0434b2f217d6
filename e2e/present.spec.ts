import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

type Cy = import('cytoscape').Core;

const counter = (page: Page) => page.locator('.present .counter');
const caption = (page: Page) => page.locator('.present .caption');
const moment = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('t'));

/** Presses a key until the step counter changes (a long card pages first); returns the presses. */
async function pressUntilNextStep(page: Page, key: string): Promise<number> {
	const before = await counter(page).textContent();
	for (let presses = 1; presses <= 5; presses++) {
		const pager = page.getByTestId('card-more');
		const more = (await pager.count()) > 0 ? await pager.textContent() : null;
		await page.keyboard.press(key);
		await page.waitForTimeout(150);
		if ((await counter(page).textContent()) !== before) return presses;
		// Staying on the step is only right while its card said that more follows.
		expect(more).toContain('More follows');
		await expect(page.getByTestId('card-more')).toBeVisible();
	}
	throw new Error(`${key} never left the step`);
}

/** Waits until the graph has settled on the step (the camera fits after the scene changes). */
async function settled(page: Page) {
	await expect(page.locator('.canvas[data-layout="ready"]')).toBeVisible();
	await page.waitForTimeout(500);
}

test.describe('present mode', () => {
	test('opens from a link at step 3; PageDown, N and Space advance one step, PageUp and P go back', async ({
		page
	}) => {
		await page.goto('./?mode=present&step=3');
		await expect(counter(page)).toHaveText('3 / 10');
		await expect(caption(page)).toContainText('votes 15–0');
		expect(await moment(page)).toBe('2006-10-14');

		expect(await pressUntilNextStep(page, 'PageDown')).toBeGreaterThanOrEqual(1);
		await expect(counter(page)).toHaveText('4 / 10');
		await expect(caption(page)).toContainText('meet for the first time');
		expect(await moment(page)).toBe('2019-04-25');
		await expect(page).toHaveURL(/step=4/);

		await pressUntilNextStep(page, 'n');
		await expect(counter(page)).toHaveText('5 / 10');
		await expect(caption(page)).toContainText('Russia invades Ukraine');
		await pressUntilNextStep(page, 'Space');
		await expect(counter(page)).toHaveText('6 / 10');
		await expect(caption(page)).toContainText('vetoes the renewal');
		expect(await moment(page)).toBe('2024-03-28');

		// Back: a fresh step starts on its first page, so one press goes back one step.
		await page.keyboard.press('PageUp');
		await expect(counter(page)).toHaveText('5 / 10');
		await page.keyboard.press('p');
		await expect(counter(page)).toHaveText('4 / 10');
		expect(await moment(page)).toBe('2019-04-25');
		await page.keyboard.press('End');
		await expect(counter(page)).toHaveText('10 / 10');
		await page.keyboard.press('Home');
		await expect(counter(page)).toHaveText('1 / 10');
	});

	test('each step is announced once, with its date at its precision and its title', async ({
		page
	}) => {
		await page.goto('./?mode=present&step=7');
		await expect(counter(page)).toHaveText('7 / 10');
		await pressUntilNextStep(page, 'ArrowRight');
		await expect(counter(page)).toHaveText('8 / 10');
		const live = page.getByTestId('step-announcement');
		// One live region speaks: the card is not live, and the graph leaves the step to present mode.
		await expect(page.locator('[aria-live]:not(:empty)')).toHaveCount(1);
		await expect(page.getByTestId('graph-changes')).toBeEmpty();
		await expect(
			page.locator('.present .card[aria-live], .present .counter[aria-live]')
		).toHaveCount(0);
		await expect(live).toHaveText(
			'Step 8 of 10: 19 June 2024. Treaty on Comprehensive Strategic Partnership signed'
		);
	});

	test('B blanks the screen and any key restores it; Escape returns to explore at the same step', async ({
		page
	}) => {
		await page.goto('./?mode=present&step=4');
		await expect(counter(page)).toHaveText('4 / 10');
		await page.keyboard.press('b');
		const blank = page.getByTestId('blank-screen');
		await expect(blank).toBeVisible();
		const box = await blank.boundingBox();
		expect(box).toEqual({ x: 0, y: 0, width: 1024, height: 768 });
		expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
		// The key that restores does nothing else.
		await page.keyboard.press('ArrowRight');
		await expect(blank).toHaveCount(0);
		await expect(counter(page)).toHaveText('4 / 10');
		await page.keyboard.press('.');
		await expect(blank).toBeVisible();
		await page.keyboard.press('x');
		await expect(blank).toHaveCount(0);

		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/mode=present/);
		await expect(page).toHaveURL(/step=4/);
		const guided = page.getByTestId('guided');
		await expect(guided.getByText('4 / 10')).toBeVisible();
		await expect(guided).toContainText('Putin and Kim Jong Un meet for the first time');
	});

	test('in guided explore mode, ?step=5 opens step 5 and Next moves to 6', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('./?step=5');
		const guided = page.getByTestId('guided');
		await expect(guided.getByText('5 / 10')).toBeVisible();
		await expect(guided).toContainText('Russia launches full-scale invasion of Ukraine');
		await expect(page.locator('#details-title')).toContainText('Russia launches full-scale');
		await guided.getByRole('button', { name: 'Next →' }).click();
		await expect(guided.getByText('6 / 10')).toBeVisible();
		await expect(page).toHaveURL(/step=6/);
		await expect(page.getByTestId('guided-announcement')).toHaveText(
			'Step 6 of 10: 28 March 2024. Russia vetoes renewal of UN sanctions monitoring panel'
		);
		await guided.getByRole('button', { name: '← Previous' }).click();
		await expect(guided.getByText('5 / 10')).toBeVisible();
		await guided.getByRole('button', { name: 'Leave guided story' }).click();
		await expect(page).not.toHaveURL(/step=/);
		await guided.getByRole('button', { name: 'Start the guided story' }).click();
		await expect(page).toHaveURL(/step=/);
	});

	test('Present in the header opens the steps, and Exit returns to explore', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page).toHaveURL(/mode=present/);
		await expect(counter(page)).toHaveText(/^\d+ \/ 10$/);
		await page.getByRole('button', { name: 'Exit' }).click();
		await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
		await expect(page).not.toHaveURL(/mode=present/);
	});

	test('at 1024×768, every step is legible from the back row: labels, lines, text, captions, graph height', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto('./?mode=present&step=1&theme=projector');
		for (let step = 1; step <= 10; step++) {
			await expect(counter(page)).toHaveText(`${step} / 10`);
			await settled(page);
			const m = await page.evaluate(() => {
				const cy = (window as unknown as { __entente_cy: Cy }).__entente_cy;
				const zoom = cy.zoom();
				const lit = (e: { hasClass(c: string): boolean }) =>
					!e.hasClass('off') && !e.hasClass('backdrop');
				const labels = cy
					.nodes()
					.filter((n) => lit(n))
					.map((n) => ({ id: n.id(), px: parseFloat(n.style('font-size')) * zoom }));
				const edges = cy
					.edges()
					.filter((e) => lit(e))
					.map((e) => ({ id: e.id(), px: parseFloat(e.style('width')) * zoom }));
				let smallest = Infinity;
				for (const el of document.querySelectorAll<HTMLElement>('.present *')) {
					const text = Array.from(el.childNodes).some(
						(n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''
					);
					if (!text || el.offsetParent === null) continue;
					let hidden = false;
					for (let a: Element | null = el; a && !hidden; a = a.parentElement) {
						hidden = a.getBoundingClientRect().width <= 1;
					}
					if (!hidden) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
				}
				const captionEl = document.querySelector('.present .caption');
				return {
					labels,
					edges,
					smallest,
					caption: captionEl ? parseFloat(getComputedStyle(captionEl).fontSize) : null,
					graph: document.querySelector('.present .canvas')!.getBoundingClientRect().height
				};
			});
			expect(m.labels.length, `step ${step}: actors lit`).toBeGreaterThan(0);
			for (const label of m.labels) {
				expect(label.px, `step ${step}: label of ${label.id}`).toBeGreaterThanOrEqual(24);
			}
			for (const edge of m.edges) {
				expect(edge.px, `step ${step}: width of ${edge.id}`).toBeGreaterThanOrEqual(3);
			}
			expect(m.smallest, `step ${step}: smallest text`).toBeGreaterThanOrEqual(24);
			expect(m.caption, `step ${step}: caption`).toBeGreaterThanOrEqual(32);
			expect(m.graph, `step ${step}: graph height`).toBeGreaterThanOrEqual(0.55 * 768);
			if (step < 10) await pressUntilNextStep(page, 'PageDown');
		}
	});

	test("the step's focused actors are the ones lit and framed", async ({ page }) => {
		await page.goto('./?mode=present&step=8');
		await expect(counter(page)).toHaveText('8 / 10');
		await settled(page);
		const lit = await page.evaluate(() => {
			const cy = (window as unknown as { __entente_cy: Cy }).__entente_cy;
			const w = cy.width();
			const h = cy.height();
			return ['russia', 'dprk', 'putin', 'kim-jong-un'].map((id) => {
				const n = cy.$id(id);
				const p = n.renderedPosition();
				return {
					id,
					backdrop: n.hasClass('backdrop'),
					inside: p.x > 0 && p.y > 0 && p.x < w && p.y < h
				};
			});
		});
		for (const node of lit)
			expect(node, node.id).toEqual({ ...node, backdrop: false, inside: true });
		// The new relation of the step is marked with a word on the canvas, not colour alone.
		const mark = await page.evaluate(() => {
			const cy = (window as unknown as { __entente_cy: Cy }).__entente_cy;
			return cy.$id('rel:partnership-2024').style('label');
		});
		expect(mark).toBe('new');
	});

	test('the card never hides text unseen: pages cover every line, and say when more follows', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto('./?mode=present&step=1');
		for (let step = 1; step <= 10; step++) {
			await expect(counter(page)).toHaveText(`${step} / 10`);
			const seen: [number, number][] = [];
			let total = 0;
			for (let presses = 0; presses < 6; presses++) {
				const view = await page.locator('.present .card').evaluate((card) => {
					const box = card.getBoundingClientRect();
					// A page may hide its foot from the first block it would cut (clip-path).
					const inset = /calc\(100% - ([\d.]+)px\)/.exec(getComputedStyle(card).clipPath);
					const last = card.lastElementChild?.getBoundingClientRect();
					return {
						from: card.scrollTop,
						to: card.scrollTop + (inset ? Number(inset[1]) : card.clientHeight),
						total: last ? last.bottom - box.top + card.scrollTop : 0,
						onScreen: box.bottom <= window.innerHeight && box.top >= 0
					};
				});
				expect(view.onScreen, `step ${step}: the card is on screen`).toBe(true);
				seen.push([view.from, view.to]);
				total = view.total;
				const more = page.getByTestId('card-more');
				const last = !(await more.isVisible()) || (await more.textContent())!.includes('End');
				if (last) break;
				await expect(more).toContainText('More follows');
				await page.keyboard.press('PageDown');
				await expect(counter(page)).toHaveText(`${step} / 10`);
			}
			// The pages seen, one after another, leave no gap from the top to the bottom of the text.
			let reached = 0;
			for (const [from, to] of seen) {
				expect(from, `step ${step}: a gap above ${from}`).toBeLessThanOrEqual(reached + 1);
				reached = Math.max(reached, to);
			}
			expect(reached, `step ${step}: read to the end`).toBeGreaterThanOrEqual(total - 1);
			if (step < 10) await page.keyboard.press('PageDown');
		}
	});

	test('the projector theme keeps every text at 7:1 contrast or more', async ({ page }) => {
		for (const url of ['./?mode=present&step=10&theme=projector', './?step=8&theme=projector']) {
			await page.goto(url);
			await expect(page.locator('.canvas[data-layout="ready"]')).toBeVisible();
			const worst = await page.evaluate(() => {
				const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
				const lum = ([r, g, b]: number[]) => {
					const f = (v: number) => {
						const s = v / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					};
					return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
				};
				const background = (el: Element | null): number[] => {
					for (let a = el; a; a = a.parentElement) {
						const c = rgb(getComputedStyle(a).backgroundColor);
						if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
					}
					return [255, 255, 255];
				};
				let min = { ratio: Infinity, text: '' };
				for (const el of document.querySelectorAll<HTMLElement>('body *')) {
					const text = Array.from(el.childNodes).find(
						(n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''
					);
					if (!text || el.offsetParent === null || el.closest('[disabled], .visually-hidden'))
						continue;
					const fg = lum(rgb(getComputedStyle(el).color));
					const bg = lum(background(el));
					const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
					if (ratio < min.ratio) min = { ratio, text: text.textContent!.trim().slice(0, 40) };
				}
				return min;
			});
			expect(worst.ratio, `${url}: "${worst.text}"`).toBeGreaterThanOrEqual(7);
		}
	});
});

/**
 * The card's blocks: each shown whole, or hidden (above the page, or below the clip that ends the
 * page), or taller than the card (read by page stride).
 */
function cardBlocks(page: Page) {
	return page.locator('.present .card').evaluate((card) => {
		const box = card.getBoundingClientRect();
		const inset = /calc\(100% - ([\d.]+)px\)/.exec(getComputedStyle(card).clipPath);
		const bottom = box.top + (inset ? Number(inset[1]) : box.height);
		return [...card.children].map((child, i) => {
			const r = child.getBoundingClientRect();
			return {
				i,
				text: (child.textContent ?? '').trim().slice(0, 30),
				tall: r.height > box.height,
				whole: r.top >= box.top - 1 && r.bottom <= bottom + 1,
				hidden: r.bottom <= box.top + 1 || r.top >= bottom - 1
			};
		});
	});
}

test.describe('present mode card pages', () => {
	for (const [width, height] of [
		[1024, 768],
		[1280, 800]
	] as const) {
		test(`at ${width}×${height} no page ends in a half-cut block: each step's card shows whole paragraphs, and its pages show everything`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto('./?mode=present&step=1');
			await settled(page);
			let pagedSteps = 0;
			for (let step = 1; step <= 10; step++) {
				await expect(counter(page)).toHaveText(`${step} / 10`);
				const seen = new Set<number>();
				for (let p = 0; p < 6; p++) {
					await page.waitForTimeout(150);
					// Each block of the card is either shown whole or not at all, unless it is taller
					// than the card (then it is read by page stride).
					const blocks = await cardBlocks(page);
					for (const b of blocks) {
						if (!b.tall) expect(b.whole || b.hidden, `step ${step}: "${b.text}"`).toBe(true);
						if (b.whole) seen.add(b.i);
					}
					const more = page.getByTestId('card-more');
					if (!(await more.count()) || !(await more.textContent())!.includes('More follows')) {
						break;
					}
					if (p === 0) pagedSteps++;
					await page.keyboard.press('PageDown');
					await expect(counter(page)).toHaveText(`${step} / 10`);
				}
				// Every block that fits a page was shown whole on one of the step's pages.
				const count = await page.locator('.present .card > *').count();
				expect(seen.size, `step ${step}: blocks shown`).toBe(count);
				if (step < 10) await page.keyboard.press('PageDown');
			}
			expect(pagedSteps, 'a step long enough to page').toBeGreaterThan(0);
		});
	}

	test('a step opened by its link pages again when its source quote arrives after the first frame', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto('./?mode=present&step=8');
		await page.waitForLoadState('networkidle');
		await settled(page);
		await expect(page.locator('.present .card blockquote')).toBeVisible();
		for (const b of await cardBlocks(page)) {
			if (!b.tall) expect(b.whole || b.hidden, `"${b.text}"`).toBe(true);
		}
		await expect(page.getByTestId('card-more')).toContainText('More follows');
	});
});

test.describe('the guided story on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	for (const step of [1, 2, 5, 8, 10]) {
		test(`step ${step} frames its actors with labels of at least 24 px, the rest faded`, async ({
			page
		}) => {
			await page.goto(`./?step=${step}`);
			await expect(page.getByRole('region', { name: 'Guided story' })).toContainText(
				`${step} / 10`
			);
			await settled(page);
			const m = await page.evaluate(() => {
				const cy = (window as unknown as { __entente_cy: Cy }).__entente_cy;
				const zoom = cy.zoom();
				const w = cy.width();
				const h = cy.height();
				const lit = cy.nodes().filter((n) => !n.hasClass('off') && !n.hasClass('backdrop'));
				return {
					labels: lit.map((n) => ({
						id: n.id(),
						px: parseFloat(n.style('font-size')) * zoom,
						inside: (() => {
							const b = n.renderedBoundingBox({ includeLabels: true });
							return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= w + 1 && b.y2 <= h + 1;
						})()
					})),
					faded: cy.nodes('.backdrop').length
				};
			});
			expect(m.labels.length).toBeGreaterThan(0);
			for (const label of m.labels) {
				expect(label.px, `label of ${label.id}`).toBeGreaterThanOrEqual(24);
				expect(label.inside, `${label.id} inside the canvas`).toBe(true);
			}
			expect(m.faded).toBeGreaterThan(0);
		});
	}
});

test.describe('accessibility of every mode and theme', () => {
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 375, height: 667 }
	]) {
		for (const theme of ['light', 'dark', 'projector']) {
			test(`axe finds nothing in explore, guided, present and the embeds, ${theme}, ${viewport.width}×${viewport.height}`, async ({
				page
			}) => {
				test.setTimeout(120_000);
				await page.setViewportSize(viewport);
				for (const query of [
					'',
					'step=8',
					'mode=present&step=8',
					'embed=graph&t=2024-06-19',
					'embed=timeline&t=2024-06-19',
					'embed=both&t=2024-06-19'
				]) {
					await page.goto(`./?${query}${query ? '&' : ''}theme=${theme}`);
					if (query.includes('timeline')) await expect(page.locator('svg').first()).toBeVisible();
					else await expect(page.locator('.canvas[data-layout="ready"]').first()).toBeVisible();
					await test.step(query || 'explore', () => expectNoAxeViolations(page));
				}
			});
		}
	}
});
