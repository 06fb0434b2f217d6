import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The story editor (`?mode=edit`), driven by the keyboard: every value is typed and every button
 * pressed with Enter. Locators only say where the keys go.
 */

async function openEditor(page: Page): Promise<void> {
	await page.goto('./?mode=edit');
	await expect(page.getByTestId('save-state')).not.toHaveText(/Opening/);
}

/** Types into a field as a person would: select what is there, then type over it. */
async function type(field: Locator, text: string): Promise<void> {
	await field.press('Control+a');
	if (text) await field.pressSequentially(text);
	else await field.press('Delete');
}

async function press(page: Page, name: string | RegExp): Promise<void> {
	await page.getByRole('button', { name }).press('Enter');
}

async function tab(page: Page, name: string): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Tables' })
		.getByRole('button', { name: new RegExp(`^${name}`) })
		.press('Enter');
}

const field = (page: Page, label: string) =>
	page.locator('.row-form').getByLabel(label, { exact: true });

async function addActor(page: Page, id: string, name: string): Promise<void> {
	await press(page, 'Add actor');
	await expect(field(page, 'Id (required)')).toBeFocused();
	await type(field(page, 'Id (required)'), id);
	await type(field(page, 'Name (required)'), name);
}

/** The state of a relation's edge in the live graph: off, on, new, ended… or missing. */
async function edgeState(page: Page, id: string): Promise<string> {
	return page.evaluate((id) => {
		const cy = (window as unknown as { __entente_cy: import('cytoscape').Core }).__entente_cy;
		const ele = cy.$id(id);
		if (ele.empty()) return 'missing';
		return (
			['off', 'on', 'faded', 'new', 'ended', 'just-ended'].find((s) => ele.hasClass(s)) ?? 'none'
		);
	}, id);
}

async function downloaded(page: Page, action: () => Promise<void>, count = 1): Promise<Download[]> {
	const downloads: Download[] = [];
	const listener = (d: Download) => downloads.push(d);
	page.on('download', listener);
	await action();
	await expect.poll(() => downloads.length).toBe(count);
	page.off('download', listener);
	return downloads;
}

async function jsonOf(download: Download): Promise<unknown> {
	return JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
}

const EXPECTED = {
	$schema: './schema.json',
	id: 'my-story',
	title: 'Untitled story',
	sources: [
		{
			id: 'kremlin',
			title: 'Treaty text',
			publisher: 'kremlin.ru',
			url: 'http://kremlin.ru/acts/news/74029'
		}
	],
	actors: [
		{ id: 'russia', name: 'Russia', kind: 'country' },
		{ id: 'dprk', name: 'North Korea', kind: 'country' },
		{
			id: 'putin',
			name: 'Vladimir Putin',
			kind: 'person',
			represents: 'russia',
			role: 'President',
			active: { from: '2012-05-07' }
		}
	],
	events: [
		{
			id: 'pact',
			date: '2024-06-19',
			title: 'Pact signed',
			summary: '',
			kind: 'treaty',
			actors: ['russia', 'dprk'],
			sources: [{ source: 'kremlin' }],
			importance: 3
		}
	],
	relations: [
		{ id: 'alliance', from: 'russia', to: 'dprk', kind: 'alliance', since: 'pact', sources: [] }
	]
};

test.describe('the story editor', () => {
	test('from a blank story, by keyboard: actors, a leader, a sourced event, a relation; undo, reload, download and open', async ({
		page
	}) => {
		test.setTimeout(150_000);
		await openEditor(page);
		await press(page, 'Blank story');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled story');

		// Two countries and a person who leads one of them from a date.
		await tab(page, 'Actors');
		await addActor(page, 'russia', 'Russia');
		await addActor(page, 'dprk', 'North Korea');
		await addActor(page, 'putin', 'Vladimir Putin');
		await field(page, 'Kind (required)').press('p');
		await expect(field(page, 'Kind (required)')).toHaveValue('person');
		await type(field(page, 'Represents (country)'), 'russia');
		await type(field(page, 'Role'), 'President');
		await type(field(page, 'Active from'), '2012-05-07');
		await expect(page.locator('.row-form')).toContainText('Reads as 7 May 2012 (day)');

		// A source from a pasted address: its fields come from the address, the title is typed.
		await tab(page, 'Sources');
		await type(page.getByLabel('New source from an address'), 'http://kremlin.ru/acts/news/74029');
		await page.getByLabel('New source from an address').press('Enter');
		await expect(field(page, 'Title (required)')).toBeFocused();
		await type(field(page, 'Title (required)'), 'Treaty text');
		await expect(field(page, 'Publisher')).toHaveValue('kremlin.ru');

		// An event between the two countries, citing the source.
		await tab(page, 'Events');
		await press(page, 'Add event');
		await type(field(page, 'Id (required)'), 'pact');
		await type(field(page, 'Date (required)'), '2024-06-19');
		await type(field(page, 'Title (required)'), 'Pact signed');
		await field(page, 'Kind (required)').press('t');
		await expect(field(page, 'Kind (required)')).toHaveValue('treaty');
		const actorsInput = page.getByLabel('Add an actor by id or name');
		for (const id of ['russia', 'dprk']) {
			await type(actorsInput, id);
			await actorsInput.press('Enter');
		}
		await type(page.getByLabel('Cite a source by id'), 'kremlin');
		await page.getByLabel('Cite a source by id').press('Enter');
		await expect(page.getByRole('list', { name: 'Actors chosen' })).toHaveText(
			/Russia.*North Korea/s
		);

		// A relation that starts at that event.
		await tab(page, 'Relations');
		await press(page, 'Add relation');
		await type(field(page, 'Id (required)'), 'alliance');
		await type(field(page, 'From (required)'), 'russia');
		await type(field(page, 'To (required)'), 'dprk');
		await field(page, 'Kind (required)').press('a');
		await expect(field(page, 'Kind (required)')).toHaveValue('alliance');
		await type(field(page, 'Since (required)'), 'pact');
		await expect(page.locator('.row-form')).toContainText(
			"Reads as the date of event 'pact': 19 June 2024 (day)"
		);
		await expect(
			page.getByRole('status').filter({ hasText: /0 errors|No problems/ })
		).toBeVisible();

		// The graph shows the relation after the event and not before. The chosen relation puts
		// the moment on its first day; the slider moves it a day at a time.
		const graph = page.getByRole('application', { name: /^Relationship graph/ });
		await expect(graph).toBeVisible();
		await expect(page.locator('[data-layout="ready"]')).toBeVisible();
		const slider = page.getByRole('slider', { name: 'Moment slider' });
		await expect(slider).toHaveAttribute('aria-valuetext', '19 June 2024');
		await slider.press('ArrowLeft');
		await expect(slider).toHaveAttribute('aria-valuetext', '18 June 2024');
		await expect.poll(() => edgeState(page, 'rel:alliance')).toMatch(/off|missing/);
		await slider.press('ArrowRight');
		await slider.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuetext', '20 June 2024');
		await expect.poll(() => edgeState(page, 'rel:alliance')).toMatch(/^(on|new)$/);

		// Undo three times: since, kind and "to" go, in that order.
		const since = field(page, 'Since (required)');
		await since.press('Control+z');
		await expect(since).toHaveValue('');
		await since.press('Control+z');
		await expect(field(page, 'Kind (required)')).toHaveValue('partnership');
		await press(page, 'Undo');
		await expect(field(page, 'To (required)')).toHaveValue('');
		await expect(field(page, 'From (required)')).toHaveValue('russia');
		await expect(page.getByTestId('save-state')).toHaveText(
			/Saved in this browser, as a draft with \d+ error/
		);

		// Reload: the draft, not valid, comes back as it was.
		await page.reload();
		await expect(page.getByTestId('save-state')).toHaveText(/Saved in this browser/);
		await tab(page, 'Relations');
		await page.getByRole('rowheader', { name: 'alliance' }).getByRole('button').press('Enter');
		await expect(field(page, 'From (required)')).toHaveValue('russia');
		await expect(field(page, 'To (required)')).toHaveValue('');
		await expect(page.getByRole('button', { name: /^Actors \(3\)/ })).toBeVisible();
		// Type the three changes again, and the story is valid once more.
		await type(field(page, 'To (required)'), 'dprk');
		await field(page, 'Kind (required)').press('a');
		await type(field(page, 'Since (required)'), 'pact');
		await expect(page.getByTestId('save-state')).toHaveText('Saved in this browser');

		// Download gives the story; opening the file gives the same story back.
		const [json] = await downloaded(page, () => press(page, 'Download JSON'));
		expect(json!.suggestedFilename()).toBe('my-story.json');
		expect(await jsonOf(json!)).toEqual(EXPECTED);
		const csv = await downloaded(page, () => press(page, 'Download CSV'), 5);
		expect(csv.map((d) => d.suggestedFilename()).sort()).toEqual(
			['actors', 'events', 'relations', 'sources', 'story'].map((t) => `my-story-${t}.csv`)
		);

		for (const files of [[json!], csv]) {
			await press(page, 'Close editor');
			await press(page, 'Open story…');
			const payload = await Promise.all(
				files.map(async (d) => ({
					name: d.suggestedFilename(),
					mimeType: d.suggestedFilename().endsWith('.json') ? 'application/json' : 'text/csv',
					buffer: await readFile((await d.path())!)
				}))
			);
			await page.getByLabel('Story files').setInputFiles(payload);
			await expect(
				page.getByText(`Opened from ${files.length > 1 ? 'my-story-' : 'my-story.json'}`)
			).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled story');
			await press(page, 'Edit story');
			await press(page, 'Story on screen');
			const [again] = await downloaded(page, () => press(page, 'Download JSON'));
			expect(await jsonOf(again!)).toEqual(EXPECTED);
		}
	});

	test('deleting a source two events cite names them, and leaves problems on those two events', async ({
		page
	}) => {
		await openEditor(page);
		await tab(page, 'Sources');
		await page.getByLabel('Filter sources').pressSequentially('tass-2024-12');
		await page.getByRole('rowheader', { name: 'tass-2024-12' }).getByRole('button').press('Enter');
		await press(page, 'Delete');
		const confirm = page.getByRole('alert').filter({ hasText: 'cite this source' });
		await expect(confirm).toContainText(
			"2 events ('ratification-2024', 'treaty-in-force-2024') cite this source"
		);
		await expect(page.getByRole('button', { name: 'Delete anyway' })).toBeFocused();
		await page.getByRole('button', { name: 'Delete anyway' }).press('Enter');
		await expect(page.getByRole('rowheader', { name: 'tass-2024-12' })).toHaveCount(0);

		const problems = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
		await expect(problems).toHaveCount(2);
		for (const id of ['ratification-2024', 'treaty-in-force-2024']) {
			await expect(problems.filter({ hasText: `(${id}), field Sources` })).toContainText(
				"'tass-2024-12' is not the id of any entry in sources"
			);
		}
		// A problem opens its row and focuses its field.
		await problems.first().getByRole('button').press('Enter');
		await expect(page.getByLabel('Cite a source by id')).toBeFocused();
		await expect(page.locator('.row-form')).toContainText(
			"'tass-2024-12' is not the id of any entry"
		);
		await expect(page.getByRole('navigation', { name: 'Tables' })).toContainText(
			'Events (28), 2 errors'
		);
		// Undo brings the source back and the problems go.
		await page.keyboard.press('Control+z');
		await expect(problems).toHaveCount(0);
	});

	test('the guided steps: a step is edited, moved up and checked like every row', async ({
		page
	}) => {
		await openEditor(page);
		await tab(page, 'Guided steps');
		const rows = page.getByRole('table', { name: /^Guided steps/ }).getByRole('row');
		// Row 0 is the header; the treaty is step 8 of the bundled story.
		await expect(rows.nth(8)).toContainText('treaty-2024');
		await page.getByRole('rowheader', { name: 'Step 8' }).getByRole('button').press('Enter');
		await expect(field(page, 'Event')).toHaveValue('treaty-2024');
		await type(field(page, 'Caption'), 'The pact is signed.');
		await press(page, 'Move up');
		await expect(page.locator('.row-form h2')).toContainText('Step 7');
		await expect(rows.nth(7)).toContainText('treaty-2024');
		await expect(rows.nth(8)).toContainText('us-ukraine-agreement-2024');
		// A step naming no event of the story is a problem on its field, located by step.
		await type(field(page, 'Event'), 'no-such-event');
		await expect(field(page, 'Event')).toHaveAttribute('aria-invalid', 'true');
		await expect(
			page.getByRole('region', { name: 'Problems' }).getByRole('listitem')
		).toContainText(['step 7, field Event']);
		// Undo twice: the event again, then the step back in its place.
		await page.keyboard.press('Control+z');
		await expect(field(page, 'Event')).toHaveValue('treaty-2024');
		await page.keyboard.press('Control+z');
		await expect(rows.nth(8)).toContainText('treaty-2024');
	});

	test('an impossible date shows its problem on the field at once, and the last valid story stays drawn', async ({
		page
	}) => {
		await openEditor(page);
		await tab(page, 'Events');
		await page.getByRole('rowheader', { name: 'treaty-2024' }).getByRole('button').press('Enter');
		const date = field(page, 'Date (required)');
		await expect(date).toHaveValue('2024-06-19');
		const graph = page.getByRole('application', { name: /^Relationship graph/ });
		await expect(graph).toHaveAttribute('aria-label', /19 June 2024/);
		const drawn = await graph.getAttribute('aria-label');
		// Typed in one go (as pasted): on the way, "2024-02" would be a valid date of its own.
		await date.press('Control+a');
		await page.keyboard.insertText('2024-02-30');
		await expect(date).toHaveAttribute('aria-invalid', 'true');
		await expect(date).toHaveAccessibleDescription(/'2024-02-30' is not a real date/);
		await expect(page.getByRole('status').filter({ hasText: '1 error' })).toBeVisible();
		await expect(page.getByText('Showing the last valid story')).toBeVisible();
		// The views still draw the story as it was, at the treaty's real date.
		await expect(graph).toHaveAttribute('aria-label', drawn!);
		await expect(graph).toHaveAttribute('aria-label', /^Relationship graph, 19 June 2024: /);
		// Typed as people write dates, read back at its precision.
		await type(date, 'c. 2024');
		await expect(date).toHaveValue('c. 2024');
		await expect(page.locator('.row-form')).toContainText('Reads as c. 2024 (year)');
		await date.press('Tab');
		await expect(date).toHaveValue('2024~');
	});

	test('the editor has no axe violations, and explore mode does not load it', async ({ page }) => {
		test.setTimeout(60_000);
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto('./');
		await expect(page.locator('[data-layout="ready"]')).toBeVisible();
		expect(scripts.some((url) => /Editor/.test(url))).toBe(false);
		await press(page, 'Edit story');
		await expect(page.getByTestId('save-state')).toHaveText(/Saved in this browser/);
		expect(page.url()).toContain('mode=edit');
		await tab(page, 'Events');
		await page.getByRole('rowheader', { name: 'treaty-2024' }).getByRole('button').press('Enter');
		await expectNoAxeViolations(page);
	});
});
