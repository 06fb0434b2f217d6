/**
 * The page fixture every browser test uses: it fails the test on any console error, uncaught
 * exception, or request to a host other than the page's own.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
	consoleErrors: string[];
	foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const watch: Watch = { consoleErrors: [], foreignRequests: [] };
			const own = new URL(baseURL ?? 'http://127.0.0.1:4173/').host;
			page.on('console', (message) => {
				if (message.type() === 'error') watch.consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own) {
					watch.foreignRequests.push(request.url());
				}
			});
			await use(watch);
			expect(watch.consoleErrors, 'console errors').toEqual([]);
			expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe-core on the page and expects no violations (WCAG 2.0, 2.1 A and AA, and 2.2 AA). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`
	);
	expect(summary).toEqual([]);
}

/** Sets the moment through the labelled date field, as a reader would. */
export async function setMoment(page: Page, day: string): Promise<void> {
	const field = page.getByLabel('Moment', { exact: true });
	await field.fill(day);
	await field.dispatchEvent('change');
}

/** The relations table, as rows of cell texts. */
export async function relationRows(page: Page): Promise<string[][]> {
	const rows = page.getByRole('table', { name: /^Relations on/ }).locator('tbody tr');
	return rows.evaluateAll((trs) =>
		trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? ''))
	);
}
