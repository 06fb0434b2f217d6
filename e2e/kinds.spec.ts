import type { Page } from '@playwright/test';
import { NATO } from '../src/lib/model/kinds.fixture';
import { expect, relationRows, setMoment, test } from './fixtures';
import { chooseFiles } from './helpers';

/** The graph's legend (the timeline has one of its own). */
const graphLegend = (page: Page) =>
	page.getByRole('region', { name: 'Relationship graph' }).locator('.legend');

async function openStory(page: Page, story: unknown): Promise<void> {
	await page.goto('./');
	await chooseFiles(page, [
		{ name: 'nato.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }
	]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finland joins NATO');
}

test.describe('relation kinds a story declares', () => {
	test('show in the legend and the relations table with their labels, drawn unlike each other and the built-ins', async ({
		page
	}) => {
		await openStory(page, NATO);
		await setMoment(page, '2022-06-01');
		const legend = graphLegend(page).locator('li');
		await expect(legend.filter({ hasText: 'candidate for membership (→)' })).toHaveCount(1);
		await expect(legend.filter({ hasText: /^\s*objects to\s*$/ })).toHaveCount(1);
		expect(await relationRows(page)).toEqual([
			['Finland', 'candidate for membership', 'NATO', '18 May 2022'],
			['Türkiye', 'objects to', 'Finland', '18 May 2022']
		]);
		// Each legend line as drawn without colour: its width and dashes.
		const look = (text: string | RegExp) =>
			legend
				.filter({ hasText: text })
				.locator('line')
				.evaluate((l) => `${l.getAttribute('stroke-width')}/${l.getAttribute('stroke-dasharray')}`);
		const candidate = await look('candidate for membership');
		const objects = await look(/^\s*objects to\s*$/);
		expect(candidate).not.toBe(objects);
		expect(
			await legend.filter({ hasText: 'objects to' }).locator('line').getAttribute('stroke')
		).toBe('#aa3377');

		if (process.env.ENTENTE_SHOTS) {
			for (const [width, height] of [
				[1280, 800],
				[1024, 768],
				[375, 667]
			] as const) {
				await page.setViewportSize({ width, height });
				await graphLegend(page).scrollIntoViewIfNeeded();
				await page.screenshot({ path: `.tmp/kinds-${width}.png` });
			}
			await page.setViewportSize({ width: 1280, height: 800 });
		}
		// The verb reads in the details of the relation.
		await page
			.getByRole('table', { name: /^Relations on/ })
			.getByRole('button', { name: 'candidate for membership' })
			.click();
		await expect(page.getByRole('region', { name: 'Details' })).toContainText('is a candidate for');

		// Drawn unlike every built-in kind: the bundled story's legend at a busy moment.
		await page.getByRole('button', { name: 'Back to the bundled story' }).click();
		await setMoment(page, '2024-06-19');
		const builtIn = await graphLegend(page)
			.locator('li line')
			.evaluateAll((lines) =>
				lines.map((l) => `${l.getAttribute('stroke-width')}/${l.getAttribute('stroke-dasharray')}`)
			);
		expect(builtIn.length).toBeGreaterThan(2);
		expect(builtIn).not.toContain(candidate);
		expect(builtIn).not.toContain(objects);
	});

	test('a relation of an undeclared kind is refused with its place, and the story stays', async ({
		page
	}) => {
		await page.goto('./');
		const bad = { ...NATO, kinds: { relations: [NATO.kinds.relations[0]] } };
		await chooseFiles(page, [
			{ name: 'nato.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) }
		]);
		await expect(page.getByText('nato.json at relations[1].kind')).toBeVisible();
		await expect(
			page.getByText(/'objects' is not allowed: use one of .*or declare it in kinds\.relations/)
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('North Korea');
	});
});

test.describe('event kinds a story declares', () => {
	test('show in the timeline legend and the details with their labels, their marks drawn unlike each other and the built-ins', async ({
		page
	}) => {
		await openStory(page, NATO);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const legend = timeline.getByRole('list', { name: 'Legend' }).locator('li');
		await expect(legend.filter({ hasText: /^\s*accession talks\s*$/ })).toHaveCount(1);
		await expect(legend.filter({ hasText: /^\s*trilateral memorandum\s*$/ })).toHaveCount(1);
		await expect(legend.filter({ hasText: /^\s*membership\s*$/ })).toHaveCount(1);

		// Each mark as drawn without colour: its shape's path, at the size of an unselected mark.
		const shapeOf = (id: string) =>
			timeline.locator(`.mark[data-id="${id}"] path.shape`).getAttribute('d');
		const [talks, memorandum, application] = await Promise.all([
			shapeOf('talks'),
			shapeOf('memorandum'),
			shapeOf('application')
		]);
		expect(talks).toMatch(/^M/);
		expect(memorandum).toMatch(/^M/);
		expect(talks).not.toBe(memorandum);
		expect(application).not.toBe(talks);
		expect(application).not.toBe(memorandum);
		// The legend draws each kind's mark as the timeline does, in its colour.
		const swatch = (label: RegExp) => legend.filter({ hasText: label }).locator('path');
		expect(await swatch(/^\s*accession talks\s*$/).getAttribute('d')).not.toBe(
			await swatch(/^\s*trilateral memorandum\s*$/).getAttribute('d')
		);
		await expect(legend.filter({ hasText: /^\s*trilateral memorandum\s*$/ })).toHaveAttribute(
			'style',
			/--c: ?#aa3377/
		);

		if (process.env.ENTENTE_SHOTS) {
			await page.setViewportSize({ width: 1280, height: 800 });
			await timeline.scrollIntoViewIfNeeded();
			await page.screenshot({ path: '.tmp/event-kinds-1280.png' });
		}

		// The details name the kind as declared.
		await timeline.locator('.mark[data-id="talks"]').click();
		await expect(page.getByRole('region', { name: 'Details' })).toContainText('accession talks');
	});

	test('an event of an undeclared kind is refused with its place, and the story stays', async ({
		page
	}) => {
		await page.goto('./');
		const bad = { ...NATO, kinds: { ...NATO.kinds, events: [NATO.kinds.events[0]] } };
		await chooseFiles(page, [
			{ name: 'nato.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) }
		]);
		await expect(page.getByText('nato.json at events[1].kind')).toBeVisible();
		await expect(
			page.getByText(/'memorandum' is not allowed: use one of .*or declare it in kinds\.events/)
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('North Korea');
	});
});

test('the app serves the format’s JSON Schema at schema.json', async ({ request }) => {
	const response = await request.get('schema.json');
	expect(response.ok()).toBe(true);
	const schema = (await response.json()) as { title: string; properties: Record<string, unknown> };
	expect(schema.title).toBe('Entente story');
	expect(Object.keys(schema.properties)).toContain('kinds');
});
