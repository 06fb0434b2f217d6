import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EMBED_HEIGHT } from '../src/lib/embed/snippet';
import { PALETTE } from '../src/lib/graph/style';
import { expect, test } from './fixtures';
import { pdfText } from './helpers';

/**
 * How the screens look: committed pixel baselines of explore and of each embed, the embeds'
 * fallback heights, the printed handout, touch targets and focus.
 */
const TOLERANCE = { maxDiffPixelRatio: 0.01 };

async function settled(page: Page, query: string): Promise<void> {
	await page.goto(`./${query}`);
	if (!query.includes('embed=timeline')) {
		await expect(page.locator('[data-layout="ready"]')).toBeVisible({ timeout: 20_000 });
	}
	// Element transitions (250 ms) and the first resize have run.
	await page.waitForTimeout(600);
}

const hex = (colour: string) => {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
	return `rgb(${r},${g},${b})`;
};

test.describe('explore, pixel for pixel', () => {
	for (const [width, height] of [
		[1280, 800],
		[1024, 768],
		[375, 667]
	] as const) {
		test(`looks as committed with the treaty selected at ${width}×${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await settled(page, '?event=treaty-2024');
			await expect(page).toHaveScreenshot(`explore-treaty-${width}.png`, TOLERANCE);
		});
	}
});

test.describe('embeds at 700 px', () => {
	test.use({ viewport: { width: 700, height: 1100 } });

	for (const view of ['graph', 'timeline', 'both'] as const) {
		test(`the ${view} embed looks as committed and its fallback height fits it`, async ({
			page
		}) => {
			await settled(page, `?embed=${view}&event=treaty-2024`);
			const embed = page.locator('.embed');
			const height = (await embed.boundingBox())!.height;
			// The snippet's fixed height (for a CMS that strips embed.js) holds the whole embed, with
			// little to spare.
			expect(height).toBeLessThanOrEqual(EMBED_HEIGHT[view]);
			expect(EMBED_HEIGHT[view] - height).toBeLessThan(48);
			// No graph toolbar; the attribution is whole, not cut short.
			await expect(page.getByRole('button', { name: 'Reset layout' })).toHaveCount(0);
			const source = embed.locator('.attribution .source');
			await expect(source).toContainText('Made with Entente');
			expect(await source.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
			await expect(page).toHaveScreenshot(`embed-${view}-700.png`, TOLERANCE);
		});
	}
});

test.describe('the printed handout', () => {
	test('has the chronology, no screen-only hints, and a light graph in the dark theme', async ({
		page
	}) => {
		await settled(page, '?event=treaty-2024&theme=dark');
		// What goes to paper: the drawing the graph makes for print, read once it is made.
		await page.evaluate(() => {
			addEventListener('beforeprint', () => {
				const svg = document.querySelector('.print-drawing svg');
				const fills = [...(svg?.querySelectorAll('rect, polygon, ellipse') ?? [])].map((e) =>
					e.getAttribute('fill')
				);
				(window as unknown as { __printFills: (string | null)[] }).__printFills = fills;
			});
		});
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		let text = await pdfText(pdf);
		text = text.replace(/\s+/g, ' ');
		// The chronology: events in full, in order, including ones the timeline only abbreviates.
		const first = text.indexOf('Soviet forces occupy northern Korea');
		const later = text.indexOf('USSR–DPRK Treaty of Friendship and Mutual Assistance');
		expect(first).toBeGreaterThan(-1);
		expect(later).toBeGreaterThan(first);
		for (const hint of ['click to open', 'Show ended', 'Search events', 'Menu']) {
			expect(text).not.toContain(hint);
		}
		// The graph's names are on paper (the drawing, not the screen's canvas) ...
		expect(text).toContain('Kim Jong Un');
		// ... in the light palette, though the screen is dark.
		const fills = await page.evaluate(
			() => (window as unknown as { __printFills: string[] }).__printFills
		);
		const light = PALETTE.light;
		const dark = PALETTE.dark;
		expect(fills).toContain(hex(light.country.fill));
		expect(fills).toContain(hex(light.organization.fill));
		for (const colour of [dark.country.fill, dark.organization.fill, dark.person.fill]) {
			expect(fills).not.toContain(hex(colour));
		}
		// After printing, the screen is dark again and the drawing is gone.
		await expect(page.locator('.print-drawing svg')).toHaveCount(0);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});

test.describe('targets and focus', () => {
	test('every target is large enough with an actor selected (axe target-size)', async ({
		page
	}) => {
		await settled(page, '?t=2024-06-20&actor=russia');
		const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
		const summary = results.violations.flatMap((v) =>
			v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)
		);
		expect(summary).toEqual([]);
	});

	test('the date field shows its focus ring when its calendar button has focus', async ({
		page
	}) => {
		await settled(page, '?event=treaty-2024');
		const field = page.getByLabel('Moment', { exact: true });
		await field.focus();
		// Tab walks the field's month, day and year, then its calendar button.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		await expect(field).toBeFocused();
		expect(await field.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
		expect(await field.evaluate((el) => getComputedStyle(el).outlineWidth)).toBe('3px');
	});

	test('skip links reach the details, the event search and the sources', async ({ page }) => {
		await settled(page, '');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to events' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
	});
});
