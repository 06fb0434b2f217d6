import { expect, expectNoAxeViolations, test } from './fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

test.describe('present mode', () => {
	test('Present shows one event at a time, stepped by the keys a clicker sends', async ({
		page
	}) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page).toHaveURL(/mode=present/);
		const counter = page.getByText(/^Event \d+ of \d+$/);
		await expect(counter).toHaveText(/^Event 1 of \d+$/);
		const total = Number((await counter.textContent())!.split(' of ')[1]);
		const title = page.locator('#present-title');
		const first = await title.textContent();

		await page.keyboard.press('ArrowRight');
		await expect(counter).toHaveText(`Event 2 of ${total}`);
		await expect(title).not.toHaveText(first!);
		await page.keyboard.press('PageDown');
		await expect(counter).toHaveText(`Event 3 of ${total}`);
		await page.keyboard.press('PageUp');
		await expect(counter).toHaveText(`Event 2 of ${total}`);
		await page.keyboard.press('End');
		await expect(counter).toHaveText(`Event ${total} of ${total}`);
		await page.keyboard.press('Space');
		await expect(counter).toHaveText(`Event ${total} of ${total}`);
		await page.keyboard.press('Home');
		await expect(counter).toHaveText(`Event 1 of ${total}`);
		await expect(title).toHaveText(first!);
	});

	test('type is projector-sized: nothing under 24 px', async ({ page }) => {
		await page.goto('./?mode=present&event=treaty-2024');
		await expect(page.locator('#present-title')).toContainText(
			'Comprehensive Strategic Partnership'
		);
		const smallest = await page.evaluate(() => {
			let min = Infinity;
			for (const el of document.querySelectorAll<HTMLElement>('.present *')) {
				const hasText = Array.from(el.childNodes).some(
					(n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''
				);
				if (!hasText || el.offsetParent === null) continue;
				// Text for screen readers only (clipped to a pixel) is not on the projector.
				let hidden = false;
				for (let a: Element | null = el; a && !hidden; a = a.parentElement) {
					hidden = a.getBoundingClientRect().width <= 1;
				}
				if (hidden) continue;
				min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
			}
			return min;
		});
		expect(smallest).toBeGreaterThanOrEqual(24);
	});

	test('the graph frames the actors on stage at each step', async ({ page }) => {
		await page.goto('./?mode=present&event=treaty-2024');
		await expect(page.locator('#present-title')).toContainText(
			'Comprehensive Strategic Partnership'
		);
		await page.waitForTimeout(800);
		const fill = () =>
			page.evaluate(() => {
				type Box = { x1: number; x2: number; y1: number; y2: number; w: number; h: number };
				const cy = (
					window as unknown as {
						__entente_cy: {
							nodes(s: string): { renderedBoundingBox(): Box };
							width(): number;
							height(): number;
						};
					}
				).__entente_cy;
				const box = cy.nodes(':visible').renderedBoundingBox();
				return {
					inside:
						box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1,
					share: Math.max(box.w / cy.width(), box.h / cy.height())
				};
			});
		const at2024 = await fill();
		expect(at2024.inside).toBe(true);
		expect(at2024.share).toBeGreaterThan(0.8);
		await page.keyboard.press('Home');
		await expect(page.getByText(/^Event 1 of \d+$/)).toBeVisible();
		await page.waitForTimeout(800);
		const at1945 = await fill();
		expect(at1945.inside).toBe(true);
		expect(at1945.share).toBeGreaterThan(0.8);
	});

	test('Exit returns to explore mode, and present mode has no accessibility violations', async ({
		page
	}) => {
		await page.goto('./?mode=present&event=treaty-2024&theme=dark');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Exit' }).click();
		await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
		await expect(page).not.toHaveURL(/mode=present/);
	});
});
