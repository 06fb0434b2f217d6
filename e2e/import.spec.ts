import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { chooseFiles, CUBA, dialog, EXAMPLE_JSON, title } from './helpers';

const EXAMPLE_TEXT = readFileSync(EXAMPLE_JSON, 'utf8');
const EXAMPLE_CSV = ['actors', 'events', 'relations', 'sources', 'story'].map(
	(table) => `data/examples/cuban-missile-crisis-${table}.csv`
);

function csv(name: string, text: string) {
	return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

test.describe('opening a story', () => {
	test('opens the example story from a JSON file, keeps it after a reload, and goes back to the bundled one', async ({
		page
	}) => {
		await page.goto('./');
		await expect(title(page)).toContainText('North Korea');

		await chooseFiles(page, [EXAMPLE_JSON]);
		await expect(title(page)).toHaveText(CUBA);
		await expect(dialog(page)).toBeHidden();
		await expect(
			page.getByText('Opened from cuban-missile-crisis.json, saved in this browser.')
		).toBeVisible();
		const events = page.getByRole('region', { name: 'Events' });
		await expect(events.getByRole('button', { name: /Kennedy tells the world/ })).toBeVisible();
		// The view fits the new story: its own default moment.
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('1962-10-22');

		await page.reload();
		await expect(title(page)).toHaveText(CUBA);
		await expect(page.getByText('Saved in this browser: cuban-missile-crisis.json.')).toBeVisible();

		// An embed shows the story its link names, never the one this reader saved: after everything
		// it loads has arrived (and a second more), the bundled story's treaty is still drawn.
		await page.goto('./?embed=timeline');
		await expect(page.locator('[data-option="treaty-2024"]')).toBeVisible();
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		await expect(page.locator('[data-option="treaty-2024"]')).toBeVisible();
		await page.goto('./');
		await expect(title(page)).toHaveText(CUBA);

		await page.getByRole('button', { name: 'Back to the bundled story' }).click();
		await expect(title(page)).toContainText('North Korea');
		await page.reload();
		await expect(title(page)).toContainText('North Korea');
		await expect(page.getByRole('button', { name: 'Back to the bundled story' })).toHaveCount(0);
	});

	test('opens the example story from its CSV tables chosen together', async ({ page }) => {
		await page.goto('./');
		await chooseFiles(page, EXAMPLE_CSV);
		await expect(title(page)).toHaveText(CUBA);
		await page
			.getByRole('region', { name: 'Events' })
			.getByRole('button', { name: /Kennedy tells the world/ })
			.click();
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.locator('blockquote').first()).toContainText(
			'any nuclear missile launched from Cuba'
		);
	});

	test('opens the example story from ?data=, keeping the link’s selection', async ({ page }) => {
		let served = 0;
		await page.route(
			(url) => url.pathname === '/stories/cuban-missile-crisis.json',
			(route) => {
				served += 1;
				return route.fulfill({ path: EXAMPLE_JSON, contentType: 'application/json' });
			}
		);
		await page.goto('./?data=./stories/cuban-missile-crisis.json&event=withdrawal-1962');
		await expect(title(page)).toHaveText(CUBA);
		expect(served).toBe(1);
		await expect(
			page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 })
		).toHaveText('Khrushchev agrees to remove the missiles');
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('1962-10-28');
		await expect(page).toHaveURL(/data=.*cuban-missile-crisis\.json/);
		await expect(page.getByText('Opened from cuban-missile-crisis.json.')).toBeVisible();
	});

	test('a ?data= address that fails is explained, and the bundled story stays', async ({
		page,
		watch
	}) => {
		await page.route(
			(url) => url.pathname === '/stories/missing.json',
			(route) => route.fulfill({ status: 404, body: 'Not found' })
		);
		await page.route(
			(url) => url.pathname === '/stories/page.html',
			(route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Hello</h1>' })
		);

		await page.goto('./?data=./stories/missing.json');
		const alert = page.getByRole('alert');
		await expect(
			alert.getByRole('heading', { name: 'This story could not be opened' })
		).toBeVisible();
		await expect(alert).toContainText(
			'missing.json: could not be fetched: the server answered 404'
		);
		await expect(title(page)).toContainText('North Korea');
		// Chromium itself logs the failed response; that one console error is expected here.
		const logged = watch.consoleErrors.findIndex((m) => /status of 404/.test(m));
		expect(logged).toBeGreaterThanOrEqual(0);
		watch.consoleErrors.splice(logged, 1);

		await page.goto('./?data=./stories/page.html');
		await expect(page.getByRole('alert')).toContainText(
			'page.html: is text/html, not a JSON dataset'
		);

		// Not https and not this site: refused without a request (the fixture fails on one).
		await page.goto('./?data=http://example.org/story.json');
		await expect(page.getByRole('alert')).toContainText(
			"is not secure (http:): Entente's policy opens only https:"
		);
		await page.goto('./?data=javascript:alert(1)');
		await expect(page.getByRole('alert')).toContainText(
			"uses 'javascript:', which Entente's policy does not allow"
		);
		await expect(title(page)).toContainText('North Korea');
	});

	test('an embed opens its story from ?data=, and says so when it cannot', async ({
		page,
		watch
	}) => {
		await page.route(
			(url) => url.pathname === '/stories/cuban-missile-crisis.json',
			(route) => route.fulfill({ path: EXAMPLE_JSON, contentType: 'application/json' })
		);
		await page.goto('./?embed=timeline&data=./stories/cuban-missile-crisis.json');
		await expect(page.getByText(CUBA).first()).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);

		await page.route(
			(url) => url.pathname === '/stories/missing.json',
			(route) => route.fulfill({ status: 404, body: 'Not found' })
		);
		await page.goto('./?embed=timeline&data=./stories/missing.json');
		await expect(page.getByRole('alert')).toContainText('missing.json: could not be fetched');
		const logged = watch.consoleErrors.findIndex((m) => /status of 404/.test(m));
		watch.consoleErrors.splice(logged, 1);
	});

	test('a broken CSV shows every problem with its place, and the previous story stays', async ({
		page
	}) => {
		await page.goto('./');
		await chooseFiles(page, [EXAMPLE_JSON]);
		await expect(title(page)).toHaveText(CUBA);

		const actors = 'id,name,kind\nusa,United States,country\ncuba,Cuba,island\n';
		const events = [
			'id,date,title,kind,actors,sources',
			'a,1962-10-22,"Address, televised",statement,usa,',
			'b,1962-02-30,Embargo,sanctions,usa;cuba;ussr,',
			'c,1962-10-28,,agreement,usa,'
		].join('\r\n');
		await chooseFiles(page, [csv('actors.csv', actors), csv('events.csv', events)]);

		const alert = dialog(page).getByRole('alert');
		await expect(
			alert.getByRole('heading', { name: 'This story could not be opened' })
		).toBeVisible();
		const problems = alert.getByRole('listitem');
		await expect(problems).toHaveText([
			"actors.csv row 3, column kind: 'island' is not allowed: use one of 'country', 'person', 'organization'",
			"events.csv row 3, column date: '1962-02-30' is not a real date",
			"events.csv row 3, column actors: 'ussr' is not the id of any actor",
			'events.csv row 4, column title: is empty, but every row needs one'
		]);

		// Closing the dialog: the problems stay on the page, and so does the story.
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(page.getByRole('button', { name: 'Open story…' })).toBeFocused();
		await expect(title(page)).toHaveText(CUBA);
		await expect(page.getByRole('alert')).toContainText(
			"events.csv row 3, column date: '1962-02-30' is not a real date"
		);
		await expect(
			page
				.getByRole('region', { name: 'Events' })
				.getByRole('button', { name: /Kennedy tells the world/ })
		).toBeVisible();
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);

		// And the story that stayed is still the one kept for the next visit.
		await page.reload();
		await expect(title(page)).toHaveText(CUBA);
	});

	test('a dataset full of markup shows it as text: no dialog, no request elsewhere, no console error', async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const ownRequests: string[] = [];
		page.on('request', (r) => ownRequests.push(new URL(r.url()).pathname));
		const img = '<img src=x onerror="alert(1)">';
		const script = '<script>alert(2)</script>';
		const hostile = {
			id: 'hostile',
			title: `${script} story`,
			credit: `<a href="javascript:alert(3)">credit</a>`,
			sources: [
				{ id: 's', title: `<iframe src="https://evil.example/">`, url: 'https://example.org/' }
			],
			actors: [
				{ id: 'a', name: `${img} A`, kind: 'country' },
				{ id: 'b', name: '<b>B</b>', kind: 'country' }
			],
			events: [
				{
					id: 'e',
					date: '2024-06-19',
					title: `${img} event`,
					summary: `<svg onload="alert(4)"></svg> ${script}`,
					kind: 'treaty',
					actors: ['a', 'b'],
					place: '<style>body{display:none}</style>',
					sources: [{ source: 's', quote: `<img src="https://evil.example/q.png"> ${script}` }]
				}
			],
			relations: [
				{
					id: 'r',
					from: 'a',
					to: 'b',
					kind: 'alliance',
					since: 'e',
					label: img,
					sources: [{ source: 's' }]
				}
			]
		};
		await page.goto('./');
		await chooseFiles(page, [
			{
				name: 'hostile.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(hostile))
			}
		]);
		await expect(title(page)).toHaveText(`${script} story`);
		await page
			.getByRole('region', { name: 'Events' })
			.getByRole('button', { name: /event/ })
			.first()
			.click();
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 3 })).toHaveText(`${img} event`);
		await expect(details).toContainText('<svg onload="alert(4)"></svg>');
		await expect(details.locator('blockquote').first()).toContainText(
			'<img src="https://evil.example/q.png">'
		);
		await expect(page.getByRole('table', { name: /^Relations on/ })).toContainText('<b>B</b>');

		// None of it became markup.
		expect(
			await page.locator('img, iframe, main svg[onload], a[href^="javascript:"]').count()
		).toBe(0);
		expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
		expect(dialogs).toEqual([]);
		expect(ownRequests.filter((p) => p === '/x' || p.endsWith('/x'))).toEqual([]);
	});

	test('a source link with javascript: is refused when the dataset is checked', async ({
		page
	}) => {
		const data = JSON.parse(EXAMPLE_TEXT) as { sources: { url?: string }[] };
		data.sources[0]!.url = 'javascript:alert(document.cookie)';
		data.sources[1]!.url = 'data:text/html,<script>alert(1)</script>';
		await page.goto('./');
		await chooseFiles(page, [
			{
				name: 'bad-links.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(data))
			}
		]);
		const problems = dialog(page).getByRole('alert').getByRole('listitem');
		await expect(problems).toHaveText([
			"bad-links.json at sources[0].url: 'javascript:alert(document.cookie)' must be a web address starting with http:// or https://",
			"bad-links.json at sources[1].url: 'data:text/html,<script>alert(1)</script>' must be a web address starting with http:// or https://"
		]);
		await expect(title(page)).toContainText('North Korea');
	});

	test('files dropped anywhere on the page open, with a "Drop to open" overlay while dragging', async ({
		page
	}) => {
		await page.goto('./');
		const drag = await page.evaluateHandle((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(
				new File([text], 'cuban-missile-crisis.json', { type: 'application/json' })
			);
			return transfer;
		}, EXAMPLE_TEXT);
		const target = page.getByRole('region', { name: 'Events' });
		await target.dispatchEvent('dragenter', { dataTransfer: drag });
		await target.dispatchEvent('dragover', { dataTransfer: drag });
		await expect(page.getByText('Drop to open')).toBeVisible();
		await target.dispatchEvent('drop', { dataTransfer: drag });
		await expect(page.getByText('Drop to open')).toBeHidden();
		await expect(title(page)).toHaveText(CUBA);

		// Dragging text (not files) is left alone.
		const text = await page.evaluateHandle(() => {
			const transfer = new DataTransfer();
			transfer.setData('text/plain', 'hello');
			return transfer;
		});
		await target.dispatchEvent('dragenter', { dataTransfer: text });
		await expect(page.getByText('Drop to open')).toBeHidden();
	});

	test('pasted JSON opens, and a syntax error is placed by line and column', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Open story…' }).click();
		const box = dialog(page).getByLabel('Dataset JSON');
		await box.fill('{\n  "title": "Oops",\n  "actors": [}\n');
		await dialog(page).getByRole('button', { name: 'Open pasted text' }).click();
		await expect(dialog(page).getByRole('alert').getByRole('listitem')).toHaveText(
			"the pasted text: is not valid JSON: expected a value but found '}' at line 3, column 14"
		);
		await box.fill(EXAMPLE_TEXT);
		await dialog(page).getByRole('button', { name: 'Open pasted text' }).click();
		await expect(title(page)).toHaveText(CUBA);
		await expect(
			page.getByText('Opened from the pasted text, saved in this browser.')
		).toBeVisible();
	});

	test('files that are empty, not text, or of mixed kinds are refused with a reason', async ({
		page
	}) => {
		await page.goto('./');
		const png = Buffer.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48
		]);
		await chooseFiles(page, [
			{ name: 'events.csv', mimeType: 'text/csv', buffer: png },
			csv('actors.csv', '')
		]);
		await expect(dialog(page).getByRole('alert').getByRole('listitem')).toHaveText([
			'events.csv: is not a text file: choose a dataset JSON or CSV tables saved as text (UTF-8)',
			'actors.csv: is empty: there is nothing to open'
		]);
		await page.keyboard.press('Escape');
		await chooseFiles(page, [EXAMPLE_JSON, EXAMPLE_CSV[0]!]);
		await expect(dialog(page).getByRole('alert').getByRole('listitem').first()).toContainText(
			'was chosen with other files: choose one dataset JSON alone'
		);
		await expect(title(page)).toContainText('North Korea');
	});

	test('the CSV templates and the example can be downloaded from the app', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Open story…' }).click();
		const templates = dialog(page).getByRole('list', { name: 'CSV templates' });
		for (const name of ['actors.csv', 'events.csv', 'relations.csv', 'sources.csv', 'story.csv']) {
			const download = page.waitForEvent('download');
			await templates.getByRole('link', { name }).click();
			const file = await download;
			expect(file.suggestedFilename()).toBe(name);
			const text = readFileSync((await file.path())!, 'utf8');
			expect(text).toBe(readFileSync(`data/templates/${name}`, 'utf8'));
		}
		const download = page.waitForEvent('download');
		await dialog(page)
			.getByRole('link', { name: /Cuban Missile Crisis/ })
			.click();
		expect(readFileSync((await (await download).path())!, 'utf8')).toBe(EXAMPLE_TEXT);
	});

	test('the dialog and the error list have no accessibility violations', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Open story…' }).click();
		await expect(dialog(page)).toBeVisible();
		await expectNoAxeViolations(page);
		await chooseFiles(page, [csv('events.csv', 'id,date\nx,2024-02-30\n')]);
		await expect(dialog(page).getByRole('alert')).toBeVisible();
		await expectNoAxeViolations(page);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
