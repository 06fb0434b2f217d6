import { syntheticDataset } from '../src/lib/model/synthetic';
import { expect, expectNoAxeViolations, relationRows, setMoment, test } from './fixtures';
import { insideList } from './helpers';

test.describe('the shell', () => {
	test('opens on the bundled story with its title and events', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('North Korea');
		const events = page.getByRole('region', { name: 'Events' }).getByRole('listitem');
		// The list is below the first screen: it loads once the views are drawn.
		await expect.poll(() => events.count()).toBeGreaterThanOrEqual(20);
	});

	test('choosing the 19 June 2024 treaty shows its date and a quote', async ({ page }) => {
		await page.goto('./');
		await page
			.getByRole('button', {
				name: /^19 June 2024 Treaty on Comprehensive Strategic Partnership/
			})
			.click();
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 3 })).toContainText(
			'Comprehensive Strategic Partnership'
		);
		await expect(details).toContainText('19 June 2024');
		await expect(details.locator('blockquote').first()).not.toBeEmpty();
		await expect(details.getByText('This event started:')).toBeVisible();
		// Choosing an event moves the moment to its day.
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('2024-06-19');
	});

	test('the relations table follows the moment across the 19 June 2024 signing', async ({
		page
	}) => {
		await page.goto('./');
		const pact = (rows: string[][]) =>
			rows.some((r) => r[0] === 'Russia' && r[2] === 'North Korea' && r[3] === '19 June 2024');

		await setMoment(page, '2024-06-20');
		await expect(page.getByRole('table', { name: 'Relations on 20 June 2024' })).toBeVisible();
		expect(pact(await relationRows(page))).toBe(true);

		await setMoment(page, '2020-01-01');
		await expect(page.getByRole('table', { name: 'Relations on 1 January 2020' })).toBeVisible();
		expect(pact(await relationRows(page))).toBe(false);
	});

	test('a copied link opens the same selection in a new tab', async ({ page, context }) => {
		await page.goto('./');
		await page
			.getByRole('button', { name: /^19 July 2000 – 20 July 2000 Putin.*Pyongyang/ })
			.first()
			.click();
		await expect(page).toHaveURL(/event=putin-visit-2000/);
		const url = page.url();

		const other = await context.newPage();
		await other.goto(url);
		const details = other.getByRole('region', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 3 })).toContainText('Putin');
		await expect(details).toContainText('Kim Jong Il');
		await expect(other.getByLabel('Moment', { exact: true })).toHaveValue('2000-07-19');
		await other.close();
	});

	test('back and forward step through selections', async ({ page }) => {
		await page.goto('./');
		const heading = page
			.getByRole('region', { name: 'Details' })
			.getByRole('heading', { level: 3 });
		await page
			.getByRole('button', { name: /^28 March 2024 / })
			.first()
			.click();
		await expect(heading).toContainText(/veto/i);
		await page
			.getByRole('button', { name: /^13 June 2024 / })
			.first()
			.click();
		await expect(heading).toContainText(/Ukraine/);

		await page.goBack();
		await expect(heading).toContainText(/veto/i);
		await page.goForward();
		await expect(heading).toContainText(/Ukraine/);
	});

	test('search and the actor filter narrow the event list', async ({ page }) => {
		await page.goto('./');
		const list = page.getByRole('region', { name: 'Events' });
		// Counted once the list is drawn (explore's page loads after the entry).
		await expect(list.getByText(/^\d+ events$/)).toBeVisible();
		const all = await list.getByRole('listitem').count();

		await list.getByLabel('Search events').fill('veto');
		const vetoes = await list.getByRole('listitem').count();
		expect(vetoes).toBeGreaterThan(0);
		expect(vetoes).toBeLessThan(all);
		for (const text of await list.getByRole('listitem').allTextContents()) {
			expect(text.toLowerCase()).toMatch(/veto/);
		}

		await list.getByLabel('Search events').fill('');
		await list.getByLabel('Actor').selectOption({ label: 'Kim Jong Il' });
		await expect(list.getByRole('listitem')).not.toHaveCount(all);
		await expect(list.getByRole('button', { name: /^19 July 2000 – 20 July 2000 / })).toBeVisible();
		await expect(list.getByRole('button', { name: /^19 June 2024 / })).toHaveCount(0);
	});

	test('choosing an actor shows its relations over time and its events', async ({ page }) => {
		await page.goto('./?actor=kim-jong-il');
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 3 })).toHaveText('Kim Jong Il');
		await expect(details.getByRole('heading', { name: 'Relations over time' })).toBeVisible();
		await expect(details.getByRole('button', { name: /Putin/ }).first()).toBeVisible();
	});

	test("a link with an impossible moment falls back to the story's own moment", async ({
		page
	}) => {
		await page.goto('./?t=2024-02-30');
		await expect(page.getByRole('table', { name: 'Relations on 19 June 2024' })).toBeVisible();
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('2024-06-19');
	});

	test('has no accessibility violations, with and without a selection', async ({ page }) => {
		await page.goto('./');
		await expectNoAxeViolations(page);
		await page.goto('./?event=treaty-2024');
		await expectNoAxeViolations(page);
	});

	test('every control is reachable by keyboard with visible focus', async ({ page }) => {
		await page.goto('./');
		// Explore mode's page (its skip links the first stop) loads after the entry: wait for it.
		const skip = page.getByRole('link', { name: 'Skip to details' });
		await expect(skip).toBeAttached();
		await page.keyboard.press('Tab');
		await expect(skip).toBeFocused();
		await page.getByLabel('Moment', { exact: true }).focus();
		const outline = await page
			.getByLabel('Moment', { exact: true })
			.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).toBe('solid');
	});

	test('a big story keeps only the events in view in the page, and a selection scrolls to its row', async ({
		page
	}) => {
		const big = syntheticDataset({ events: 1000, actors: 40, relations: 60, seed: 3 });
		await page.route(
			(url) => url.pathname === '/big-story.json',
			(route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) })
		);
		await page.goto('./?data=./big-story.json');
		const section = page.locator('section.events');
		await expect(section.getByText('1000 events', { exact: true })).toBeVisible();
		const list = section.getByRole('region', { name: '1000 events' });
		const rows = list.getByRole('listitem');
		await expect(rows.first()).toHaveAttribute('aria-setsize', '1000');
		await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
		expect(await rows.count()).toBeLessThan(60);
		// Scrolled to its end, the list shows its last event.
		await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect(rows.last()).toHaveAttribute('aria-posinset', '1000');
		// (Rows measured as they are drawn move the end: a reader scrolling on gets there.)
		await expect
			.poll(async () => {
				await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
				return insideList(rows.last(), list, 1);
			})
			.toBe(true);
		// An event chosen elsewhere (here by the link) scrolls the list, not the page, to its row.
		const middle = [...big.events].sort((a, b) => a.date.localeCompare(b.date))[500]!;
		await list.evaluate((el) => (el.scrollTop = 0));
		const pageScroll = await page.evaluate(() => scrollY);
		await page.getByRole('button', { name: 'Next event' }).focus();
		await page.evaluate((id) => {
			const url = new URL(location.href);
			url.searchParams.set('event', id);
			history.pushState(null, '', url);
			dispatchEvent(new PopStateEvent('popstate'));
		}, middle.id);
		const current = list.locator('[aria-current="true"]');
		await expect(current).toContainText(middle.title);
		await expect.poll(() => insideList(current, list, 1)).toBe(true);
		expect(await page.evaluate(() => scrollY)).toBe(pageScroll);
		// A search that leaves a few events lists them all, plainly.
		await section.getByLabel('Search events').fill('1999');
		const count = section.getByText(/^\d+ of 1000 events$/);
		await expect(count).toBeVisible();
		const matches = Number((await count.textContent())!.split(' ')[0]);
		expect(matches).toBeGreaterThan(0);
		expect(matches).toBeLessThan(200);
		await expect(section.locator('.event-list').getByRole('listitem')).toHaveCount(matches);
	});
});
