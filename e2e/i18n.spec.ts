/**
 * The interface in the reader's language: no English left on screen in French, dates written
 * the French way, the language kept by Share and Embed, and Arabic read right to left.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';

type Entry = string | Record<string, string>;
const catalogue = (lang: string) =>
	JSON.parse(readFileSync(`src/lib/i18n/messages/${lang}.json`, 'utf8')) as Record<string, Entry>;
const english = catalogue('en');
const french = catalogue('fr');

/** A message as a pattern its filled-in texts match: `Sources ({n})` matches "Sources (44)". */
const pattern = (message: string) =>
	new RegExp(
		`^${message
			.split(/\{\w+\}/)
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.join('.+')}$`
	);

/** Words the two languages share ("Menu", "Sources ({n})"): not a sign of an untranslated string. */
const shared = Object.entries(english).flatMap(([key, value]) => {
	const fr = french[key];
	const same =
		typeof value === 'string'
			? fr === value
				? [value]
				: []
			: Object.values(value).filter((form) => Object.values(fr as object).includes(form));
	return same.map(pattern);
});

/**
 * Every visible text and accessible name in the interface's language: text nodes, `aria-label`,
 * `title`, `placeholder`, `alt` and the labels of `<option>`s, outside elements that say they are
 * in another language (`lang="en"` on a story text that has no French translation, the language
 * menu's own names) and outside the story's own words on canvas-free SVG marks.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		// Not the page's words: an element in another language, or one marked not to be translated
		// (file names, code).
		const own = (element: Element | null) =>
			!element ||
			((element.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang &&
				!element.closest('[translate="no"]'));
		const visible = (element: Element) =>
			element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
		const out = new Set<string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.replace(/\s+/g, ' ').trim();
			if (!text || !parent || parent.closest('script, style, code, pre')) continue;
			if (visible(parent) && own(parent)) out.add(text);
		}
		for (const element of document.querySelectorAll(
			'[aria-label], [title], [placeholder], [alt], [aria-description]'
		)) {
			if (!own(element)) continue;
			for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
				const value = element.getAttribute(name)?.trim();
				if (value) out.add(value);
			}
		}
		return [...out];
	});
}

/** The texts of the English page that the French one still shows, apart from shared words. */
async function untranslated(page: Page, path: string, act?: (page: Page) => Promise<void>) {
	const sep = path.includes('?') ? '&' : '?';
	await page.goto(`${path}${sep}lang=en`);
	// What arrives after the first frame (the bundled story's sources) is on screen too.
	await page.waitForLoadState('networkidle');
	if (act) await act(page);
	const inEnglish = new Set(await interfaceTexts(page));
	await page.goto(`${path}${sep}lang=fr`);
	await page.waitForLoadState('networkidle');
	if (act) await act(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const inFrench = await interfaceTexts(page);
	return inFrench.filter(
		(text) =>
			inEnglish.has(text) &&
			!shared.some((words) => words.test(text)) &&
			/[A-Za-z]{2}/.test(text) &&
			text !== 'Entente'
	);
}

test.describe('the interface in French', () => {
	test('explore mode shows no English, with an event chosen', async ({ page }) => {
		expect(await untranslated(page, './?event=treaty-2024')).toEqual([]);
	});

	test('the phone layout and its menu show no English', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 667 });
		const openMenu = async (p: Page) => {
			await p.locator('#tools-toggle').click();
		};
		expect(await untranslated(page, './?event=treaty-2024', openMenu)).toEqual([]);
	});

	test('present mode shows no English', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		expect(await untranslated(page, './?mode=present&step=3')).toEqual([]);
	});

	test('the editor shows no English', async ({ page }) => {
		expect(await untranslated(page, './?mode=edit')).toEqual([]);
	});

	test('the open-story and embed dialogs show no English', async ({ page }) => {
		const openDialogs = async (p: Page) => {
			await p.locator('#site-tools button[aria-haspopup="dialog"]').last().click();
			await expect(p.getByRole('dialog')).toBeVisible();
		};
		expect(await untranslated(page, './', openDialogs)).toEqual([]);
	});

	test('the graph and timeline embeds show no English', async ({ page }) => {
		expect(await untranslated(page, './?embed=graph&t=2024-06-19')).toEqual([]);
		expect(await untranslated(page, './?embed=timeline&t=2024-06-19')).toEqual([]);
	});

	test('writes dates the French way', async ({ page }) => {
		await page.goto('./?lang=fr&event=treaty-2024');
		// The moment under the date field, and the chosen event's date in Details.
		await expect(page.getByText('19 juin 2024', { exact: true }).first()).toBeVisible();
		await expect(page.getByText('19 June 2024', { exact: true })).toHaveCount(0);
		await expect(page.getByText('June 19, 2024', { exact: true })).toHaveCount(0);
		await expect(page.getByText(/^juin$|^juil\.$/).first()).toBeVisible();
	});

	test('the language menu opens the same view in another language', async ({ page }) => {
		await page.goto('./?event=treaty-2024&lang=en');
		await page.getByLabel('Language').selectOption('fr');
		await expect(page).toHaveURL(/lang=fr/);
		await expect(page).toHaveURL(/event=treaty-2024/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByLabel('Langue')).toHaveValue('fr');
	});

	test('a shared link and an embed keep the language', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('./?event=treaty-2024&lang=fr');
		await page
			.locator('#site-tools .share, #site-tools button')
			.filter({ hasText: /^Partager$/ })
			.click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(link).searchParams.get('lang')).toBe('fr');
		const other = await context.newPage();
		await other.goto(link);
		await expect(other.locator('html')).toHaveAttribute('lang', 'fr');
		await other.close();

		await page
			.locator('#site-tools button')
			.filter({ hasText: /^Intégrer$/ })
			.click();
		const code = await page.getByRole('dialog').locator('textarea, code').first().inputValue();
		expect(code).toMatch(/[?&]amp;lang=fr|[?&]lang=fr/);
	});

	test('a browser set to French gets French without a lang parameter', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto('./');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByLabel('Langue')).toHaveValue('fr');
		await context.close();
	});
});

test.describe('the interface in Arabic', () => {
	test('mirrors the page, has no horizontal scroll on a phone and no axe violations', async ({
		page
	}) => {
		await page.goto('./?lang=ar&event=treaty-2024');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 375, height: 667 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
