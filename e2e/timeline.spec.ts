import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const DAY = 86_400_000;

function timeline(page: Page): Locator {
	return page.getByRole('region', { name: 'Timeline' });
}

/** The visible window the timeline reports, as UTC ms. */
async function range(
	page: Page
): Promise<{ from: number; to: number; days: number; zoom: number }> {
	const region = timeline(page);
	const from = Date.parse((await region.getAttribute('data-from')) ?? '');
	const to = Date.parse((await region.getAttribute('data-to')) ?? '');
	// The zoom factor (d3-zoom's k): the density-aware scale's rate varies along time, so a pan
	// keeps the zoom but not the number of days in view.
	const zoom = Number(await region.getAttribute('data-zoom'));
	return { from, to, days: Math.round((to - from) / DAY), zoom };
}

/** Waits until the visible window has settled (zoom moves are animated). */
async function settled(
	page: Page
): Promise<{ from: number; to: number; days: number; zoom: number }> {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = JSON.stringify(await range(page));
				const same = now === last;
				last = now;
				return same;
			},
			{ intervals: [150] }
		)
		.toBe(true);
	return range(page);
}

/** Opens the clusters that hold `day` until its event has a mark of its own. */
async function openUntilShown(page: Page, name: RegExp, day: string): Promise<Locator> {
	const region = timeline(page);
	await expect(region.locator('[data-option], .cluster').first()).toBeVisible();
	const option = region.getByRole('option', { name });
	for (let i = 0; i < 6 && (await option.count()) === 0; i++) {
		const clusters = await region
			.locator('.cluster')
			.evaluateAll((gs) =>
				gs.map((g) => [
					(g as SVGElement).dataset.cluster,
					(g as SVGElement).dataset.from,
					(g as SVGElement).dataset.to
				])
			);
		const holder = clusters.find(([, from, to]) => from! <= day && day <= to!);
		expect(holder, `a cluster holding ${day}`).toBeDefined();
		await region.locator(`[data-cluster="${holder![0]}"]`).click();
		await settled(page);
	}
	await expect(option).toHaveCount(1);
	return option;
}

interface Box {
	text: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Every label drawn in the timeline: event labels, tick labels, break labels, the moment tag. */
async function labelBoxes(page: Page): Promise<Box[]> {
	return timeline(page)
		.locator('.label text, .tick-label, .break-label, .moment-tag text')
		.evaluateAll((nodes) => {
			const clip = nodes[0]?.closest('svg')?.getBoundingClientRect();
			return nodes
				.map((n) => {
					const r = n.getBoundingClientRect();
					return { text: n.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
				})
				.filter(
					(b) => b.width > 0 && (!clip || (b.x + b.width > clip.x && b.x < clip.x + clip.width))
				);
		});
}

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function expectNoLabelOverlaps(page: Page): Promise<number> {
	const boxes = await labelBoxes(page);
	const clashes: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			if (overlaps(boxes[i]!, boxes[j]!)) clashes.push(`"${boxes[i]!.text}" / "${boxes[j]!.text}"`);
		}
	}
	expect(clashes, 'overlapping labels').toEqual([]);
	// Nothing is cut off at the plot's edges.
	const plot = await timeline(page).locator('svg.main').boundingBox();
	for (const b of boxes) {
		expect(b.x, `"${b.text}" starts inside the plot`).toBeGreaterThanOrEqual(plot!.x - 0.5);
		expect(b.x + b.width, `"${b.text}" ends inside the plot`).toBeLessThanOrEqual(
			plot!.x + plot!.width + 0.5
		);
	}
	return boxes.length;
}

/** The centre x of the mark (or the cluster) that draws an event. */
async function markCentre(page: Page, id: string, day: string): Promise<number> {
	const region = timeline(page);
	// Just after a redraw (gaps compressed or not) the marks may still be on their way: wait for
	// the event's mark or a cluster that holds it.
	await expect
		.poll(
			() =>
				region.evaluate(
					(el, [id, day]) =>
						!!el.querySelector(`[data-option="${id}"]`) ||
						[...el.querySelectorAll<SVGElement>('.cluster')].some(
							(g) => g.dataset.from! <= day! && day! <= g.dataset.to!
						),
					[id, day]
				),
			{ message: `a mark or cluster for ${id}` }
		)
		.toBe(true);
	const own = region.locator(`[data-option="${id}"]`);
	if (await own.count()) {
		const box = (await own.locator('.shape').boundingBox())!;
		return box.x + box.width / 2;
	}
	const clusters = await region.locator('.cluster').evaluateAll((gs) =>
		gs.map((g) => {
			const r = g.querySelector('rect')!.getBoundingClientRect();
			return {
				from: (g as SVGElement).dataset.from!,
				to: (g as SVGElement).dataset.to!,
				x: r.x + r.width / 2
			};
		})
	);
	const holder = clusters.find((c) => c.from <= day && day <= c.to);
	expect(holder, `a mark or cluster for ${id}`).toBeDefined();
	return holder!.x;
}

test.describe('the timeline', () => {
	test('zoom buttons change the visible range, and Fit all shows the whole story again', async ({
		page
	}) => {
		await page.goto('./');
		const region = timeline(page);
		await settled(page);
		await region.getByRole('button', { name: 'Fit all' }).click();
		const whole = await settled(page);
		expect(whole.days).toBeGreaterThan(79 * 365);
		expect(whole.zoom).toBe(1);

		await region.getByRole('button', { name: 'Zoom in' }).click();
		const closer = await settled(page);
		expect(closer.days).toBeLessThan(whole.days * 0.6);

		await region.getByRole('button', { name: 'Zoom in' }).click();
		const closest = await settled(page);
		expect(closest.days).toBeLessThan(closer.days * 0.6);

		await region.getByRole('button', { name: 'Zoom out' }).click();
		const back = await settled(page);
		expect(back.days).toBeGreaterThan(closest.days * 1.6);

		await region.getByRole('button', { name: 'Fit all' }).click();
		expect(await settled(page)).toEqual(whole);
	});

	test('+, - and 0 zoom only while the timeline has focus', async ({ page }) => {
		await page.goto('./');
		const region = timeline(page);
		const whole = await settled(page);

		// Focus elsewhere: the keys do nothing to the timeline.
		await page.getByRole('link', { name: 'Skip to details' }).focus();
		await page.keyboard.press('+');
		await page.waitForTimeout(400);
		expect(await range(page)).toEqual(whole);

		await region.getByRole('slider', { name: 'Timeline moment' }).focus();
		await page.keyboard.press('+');
		const closer = await settled(page);
		expect(closer.days).toBeLessThan(whole.days * 0.6);
		await page.keyboard.press('+');
		const closest = await settled(page);
		expect(closest.days).toBeLessThan(closer.days * 0.6);
		await page.keyboard.press('-');
		expect((await settled(page)).days).toBeGreaterThan(closest.days * 1.6);
		await page.keyboard.press('0');
		const all = await settled(page);
		expect(all.zoom).toBe(1);
		expect(all.days).toBeGreaterThan(79 * 365);
	});

	test('the wheel zooms about the pointer, and a drag pans', async ({ page }) => {
		await page.goto('./');
		await timeline(page).scrollIntoViewIfNeeded();
		const whole = await settled(page);
		const plot = (await timeline(page).locator('svg.main').boundingBox())!;
		await page.mouse.move(plot.x + plot.width * 0.9, plot.y + plot.height * 0.6);
		await page.mouse.wheel(0, -400);
		const zoomed = await settled(page);
		expect(zoomed.days).toBeLessThan(whole.days * 0.7);
		// About the pointer near the right end: the window moved towards the late end.
		expect(zoomed.to).toBeGreaterThan(whole.to - 2 * 365 * DAY);

		await page.mouse.move(plot.x + plot.width * 0.5, plot.y + plot.height * 0.6);
		await page.mouse.down();
		await page.mouse.move(plot.x + plot.width * 0.5 + 150, plot.y + plot.height * 0.6, {
			steps: 5
		});
		await page.mouse.up();
		const panned = await settled(page);
		expect(panned.from).toBeLessThan(zoomed.from);
		expect(panned.zoom).toBeCloseTo(zoomed.zoom, 2);
	});

	test('the overview brush pans the window, and resizing it zooms', async ({ page }) => {
		await page.goto('./');
		const region = timeline(page);
		await region.getByRole('button', { name: 'Zoom in' }).click();
		await region.getByRole('button', { name: 'Zoom in' }).click();
		const before = await settled(page);
		await region.scrollIntoViewIfNeeded();

		const brush = region.locator('.brush .selection');
		const box = (await brush.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 6 });
		await page.mouse.up();
		const panned = await settled(page);
		expect(panned.from).toBeLessThan(before.from - 365 * DAY);
		expect(panned.zoom).toBeCloseTo(before.zoom, 1);

		const handle = (await region.locator('.brush .handle--e').boundingBox())!;
		await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await page.mouse.down();
		await page.mouse.move(handle.x + handle.width / 2 + 100, handle.y + handle.height / 2, {
			steps: 6
		});
		await page.mouse.up();
		const wider = await settled(page);
		expect(wider.zoom).toBeLessThan(panned.zoom / 1.3);
		expect(wider.to).toBeGreaterThan(panned.to);
		expect(Math.abs(wider.from - panned.from)).toBeLessThanOrEqual(2 * DAY);
	});

	test('arrow keys walk the events in date order; Home and End jump to the ends', async ({
		page
	}) => {
		await page.goto('./');
		// The events list is in date order; each mark is named "title, date".
		await expect(
			page.getByRole('region', { name: 'Events' }).getByRole('listitem').first()
		).toBeVisible();
		const names = await page
			.getByRole('region', { name: 'Events' })
			.getByRole('listitem')
			.getByRole('button')
			.evaluateAll((buttons) =>
				buttons.map(
					(b) =>
						`${b.querySelector('.title')?.textContent}, ${b.querySelector('.date')?.textContent}`
				)
			);
		expect(names.length).toBeGreaterThanOrEqual(20);
		const focusedName = () =>
			page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

		// One tab stop: from the moment slider, Tab lands on the events.
		await timeline(page).getByRole('slider', { name: 'Timeline moment' }).focus();
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
			.toBe('option');

		await page.keyboard.press('Home');
		await expect.poll(focusedName).toBe(names[0]);
		for (let i = 1; i < 8; i++) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(focusedName).toBe(names[i]);
		}
		await page.keyboard.press('ArrowLeft');
		await expect.poll(focusedName).toBe(names[6]);
		await page.keyboard.press('End');
		await expect.poll(focusedName).toBe(names.at(-1));
		// The focused event is in view, with a visible focus ring.
		const focused = timeline(page).locator('[data-option]:focus');
		await expect(focused.locator('.ring')).toBeVisible();
		const plot = (await timeline(page).locator('svg.main').boundingBox())!;
		const mark = (await focused.locator('.shape').boundingBox())!;
		expect(mark.x).toBeGreaterThan(plot.x);
		expect(mark.x + mark.width).toBeLessThan(plot.x + plot.width);
		// Tab leaves the events in one step.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe(
			'option'
		);

		// Enter selects the focused event.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(focusedName).toBe(names.at(-2));
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 })
		).toContainText(names.at(-2)!.split(',')[0]!);
	});

	test('selecting the 13 June 2024 event shows it in details and moves the moment', async ({
		page
	}) => {
		await page.goto('./');
		const option = await openUntilShown(page, /, 13 June 2024$/, '2024-06-13');
		await option.click();
		const details = page.getByRole('region', { name: 'Details' });
		await expect(details.getByRole('heading', { level: 3 })).toContainText('US–Ukraine');
		await expect(details).toContainText('13 June 2024');
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('2024-06-13');
		await expect(page.getByRole('table', { name: 'Relations on 13 June 2024' })).toBeVisible();
		await expect(option).toHaveAttribute('aria-selected', 'true');
		await expect(timeline(page).getByRole('slider', { name: 'Timeline moment' })).toHaveAttribute(
			'aria-valuetext',
			'13 June 2024'
		);
	});

	test('with gaps compressed the whole story fits at 1280 px: 2000 and June 2024 stand apart, and each June 2024 event is reachable', async ({
		page
	}) => {
		await page.goto('./');
		const region = timeline(page);
		await expect(region.getByRole('checkbox', { name: 'Compress gaps' })).toBeChecked();
		await region.getByRole('button', { name: 'Fit all' }).click();
		await settled(page);
		await expect(
			region
				.locator('.break-label')
				.filter({ hasText: /^\d+ years$/ })
				.first()
		).toBeVisible();

		const visit = await markCentre(page, 'putin-visit-2000', '2000-07-19');
		const june13 = await markCentre(page, 'us-ukraine-agreement-2024', '2024-06-13');
		const june19 = await markCentre(page, 'treaty-2024', '2024-06-19');
		expect(june13 - visit).toBeGreaterThanOrEqual(40);
		expect(june19 - visit).toBeGreaterThanOrEqual(40);

		const own13 = region.locator('[data-option="us-ukraine-agreement-2024"]');
		const own19 = region.locator('[data-option="treaty-2024"]');
		if ((await own13.count()) && (await own19.count())) {
			const a = (await own13.locator('.shape').boundingBox())!;
			const b = (await own19.locator('.shape').boundingBox())!;
			expect(a.x + a.width).toBeLessThan(b.x);
		} else {
			// One cluster mark that names its count, and opens on click.
			const holders = await region.locator('.cluster').evaluateAll((gs) =>
				gs
					.filter((g) => {
						const d = g as SVGElement;
						return d.dataset.from! <= '2024-06-13' && '2024-06-19' <= d.dataset.to!;
					})
					.map((g) => [(g as SVGElement).dataset.count, g.textContent?.trim()])
			);
			expect(holders).toHaveLength(1);
			expect(holders[0]![1]).toBe(holders[0]![0]);
			await openUntilShown(page, /, 13 June 2024$/, '2024-06-13');
			await openUntilShown(page, /, 19 June 2024$/, '2024-06-19');
			const a = (await own13.locator('.shape').boundingBox())!;
			const b = (await own19.locator('.shape').boundingBox())!;
			expect(a.x + a.width).toBeLessThan(b.x);
		}

		// Compression off: a true linear scale, without breaks.
		await page.goto('./');
		await region.getByRole('button', { name: 'Fit all' }).click();
		await region.getByRole('checkbox', { name: 'Compress gaps' }).uncheck();
		await expect(page).toHaveURL(/linear=1/);
		await expect(region.locator('.break-label')).toHaveCount(0);
		const linearVisit = await markCentre(page, 'putin-visit-2000', '2000-07-19');
		const linearJune = await markCentre(page, 'treaty-2024', '2024-06-19');
		expect(linearJune - linearVisit).toBeLessThan(june19 - visit);
	});

	test('the moment line drags, and moves with the keyboard; the relations table follows', async ({
		page
	}) => {
		await page.goto('./');
		const slider = timeline(page).getByRole('slider', { name: 'Timeline moment' });
		await expect(slider).toHaveAttribute('aria-valuetext', '19 June 2024');

		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('2024-06-20');
		await page.keyboard.press('PageDown');
		await expect(page.getByLabel('Moment', { exact: true })).toHaveValue('2024-05-20');
		await expect(page.getByRole('table', { name: 'Relations on 20 May 2024' })).toBeVisible();
		await expect(slider).toHaveAttribute('aria-valuetext', '20 May 2024');

		await slider.scrollIntoViewIfNeeded();
		const tag = (await slider.boundingBox())!;
		await page.mouse.move(tag.x + tag.width / 2, tag.y + tag.height / 2);
		await page.mouse.down();
		await page.mouse.move(tag.x + tag.width / 2 - 300, tag.y + tag.height / 2, { steps: 8 });
		await page.mouse.up();
		const moved = await page.getByLabel('Moment', { exact: true }).inputValue();
		expect(moved < '2020-01-01').toBe(true);
		await expect(page.getByRole('table', { name: /^Relations on / })).toBeVisible();
		await expect(slider).not.toHaveAttribute('aria-valuetext', '20 May 2024');
	});

	test('a selected actor’s events stand out and the others dim', async ({ page }) => {
		await page.goto('./?actor=kim-jong-un');
		const region = timeline(page);
		await region.getByRole('button', { name: 'Fit all' }).click();
		await settled(page);
		const involved = region.locator('[data-option="vladivostok-summit-2019"]');
		await expect(involved).toHaveClass(/involved/);
		await expect(involved).not.toHaveClass(/dim/);
		const other = region.locator('[data-option="ussr-dprk-treaty-1961"]');
		await expect(other).toHaveClass(/dim/);
		await expect(other).toHaveCSS('opacity', '0.3');
	});

	for (const [width, height] of [
		[1280, 800],
		[1024, 768],
		[375, 667]
	] as const) {
		test(`no two labels overlap at ${width}×${height}, whole story and zoomed in`, async ({
			page
		}, info) => {
			await page.setViewportSize({ width, height });
			await page.goto('./');
			const region = timeline(page);
			await settled(page);
			await region.scrollIntoViewIfNeeded();
			expect(await expectNoLabelOverlaps(page)).toBeGreaterThan(5);
			await region.screenshot({ path: info.outputPath(`timeline-${width}.png`) });

			for (let i = 0; i < 4; i++) {
				await region.getByRole('button', { name: 'Zoom in' }).click();
				await settled(page);
				await expectNoLabelOverlaps(page);
			}
			await openUntilShown(page, /, 13 June 2024$/, '2024-06-13');
			await expectNoLabelOverlaps(page);
			await region.screenshot({ path: info.outputPath(`timeline-${width}-june-2024.png`) });
			// Nothing sticks out of the region.
			const outer = (await region.boundingBox())!;
			expect(outer.x + outer.width).toBeLessThanOrEqual(width);
		});
	}

	test('hidden labels are reachable: hovering a mark shows its title and date', async ({
		page
	}) => {
		await page.goto('./');
		const region = timeline(page);
		await expect(region.locator('.label').first()).toBeVisible();
		const unlabelled = await region.locator('[data-option]').evaluateAll((marks) => {
			const labelled = new Set(
				Array.from(document.querySelectorAll('.label'), (l) => (l as SVGElement).dataset.id)
			);
			return marks.map((m) => (m as SVGElement).dataset.option!).filter((id) => !labelled.has(id));
		});
		expect(unlabelled.length).toBeGreaterThan(0);
		const mark = region.locator(`[data-option="${unlabelled[0]}"]`);
		const name = await mark.getAttribute('aria-label');
		await mark.locator('.shape').hover();
		await expect(region.locator('.tip')).toHaveText(name!);
	});

	test('has no accessibility violations, zoomed in with an event focused and selected', async ({
		page
	}) => {
		await page.goto('./?event=treaty-2024');
		await settled(page);
		await expectNoAxeViolations(page);
		await timeline(page).getByRole('slider', { name: 'Timeline moment' }).focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('+');
		await settled(page);
		await expectNoAxeViolations(page);
	});
});

/** The story's key events, which the first view must show as labelled marks of their own. */
const SEEDS = [
	['putin-visit-2000', 'Putin’s first visit to Pyongyang'],
	['veto-panel-2024', 'Russia vetoes renewal of UN'],
	['us-ukraine-agreement-2024', 'US–Ukraine 10-year security'],
	['treaty-2024', 'Treaty on Comprehensive']
] as const;

test.describe('the first view', () => {
	for (const [width, height] of [
		[1280, 800],
		[1024, 768]
	] as const) {
		test(`at ${width}×${height} shows the four key events as labelled marks`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await page.goto('./');
			const region = timeline(page);
			await settled(page);
			await region.scrollIntoViewIfNeeded();
			// Each key event: a mark of its own, with its label drawn and not overlapped.
			for (const [id, text] of SEEDS) {
				await expect(region.locator(`[data-option="${id}"]`)).toHaveCount(1);
				const label = region.locator(`.label[data-id="${id}"] text`);
				await expect(label).toHaveCount(1);
				await expect(label).toContainText(text);
				const box = (await label.boundingBox())!;
				// Readable: 13 px type at zoom 1 (explore asks at least 12 px).
				expect(box.height).toBeGreaterThanOrEqual(12);
			}
			await expectNoLabelOverlaps(page);

			// Fit all still shows every event, on its own or in a cluster.
			await region.getByRole('button', { name: 'Fit all' }).click();
			await settled(page);
			const shown = await region.evaluate((r) => {
				let n = r.querySelectorAll('.mark').length;
				for (const c of r.querySelectorAll<SVGElement>('.cluster')) n += Number(c.dataset.count);
				return n;
			});
			expect(shown).toBe(28);
		});
	}

	// The guided story heads the side column there, and the graph's key folds into its toolbar.
	for (const [width, height] of [
		[1280, 800],
		[1024, 768]
	] as const) {
		test(`at ${width}×${height} the graph and the timeline's plot are on screen without scrolling`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto('./');
			await settled(page);
			await expect(page.getByRole('region', { name: /^Relationship graph/ })).toBeInViewport();
			for (const part of ['svg.main', 'svg.overview']) {
				const box = (await timeline(page).locator(part).boundingBox())!;
				expect(box.y + box.height, `${part} ends above the fold`).toBeLessThanOrEqual(height);
			}
		});
	}

	test('at 375×667 the key events are reachable as marks of their own, one cluster tap at a time', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 667 });
		for (const [id, text, day] of [
			['putin-visit-2000', 'Putin’s first visit', '2000-07-19'],
			['veto-panel-2024', 'Russia vetoes renewal', '2024-03-28'],
			['us-ukraine-agreement-2024', 'US–Ukraine 10-year', '2024-06-13'],
			['treaty-2024', 'Treaty on Comprehensive', '2024-06-19']
		] as const) {
			await page.goto('./');
			await settled(page);
			const option = await openUntilShown(page, new RegExp(`^${text}`), day);
			await expect(option).toHaveAttribute('data-option', id);
		}
	});
});

test.describe('one way of writing dates', () => {
	for (const [lang, treaty, tag] of [
		['en-GB', '19 June 2024', '19 June 2024'],
		['en-US', 'June 19, 2024', 'June 19, 2024']
	] as const) {
		test(`with lang=${lang} the treaty is dated “${treaty}” in the timeline, the list and the details`, async ({
			page
		}) => {
			await page.goto(`./?event=treaty-2024&lang=${lang}`);
			const region = timeline(page);
			await settled(page);
			// The timeline: the mark's accessible name, the moment tag, and the window's range.
			await expect(region.locator('[data-option="treaty-2024"]')).toHaveAttribute(
				'aria-label',
				`Treaty on Comprehensive Strategic Partnership signed, ${treaty}`
			);
			await expect(region.locator('.moment-tag text')).toHaveText(tag);
			await expect(region.getByRole('slider', { name: 'Timeline moment' })).toHaveAttribute(
				'aria-valuetext',
				treaty
			);
			// The event list and the details.
			await expect(
				page
					.getByRole('region', { name: 'Events' })
					.getByRole('button', { name: new RegExp(`^${treaty} Treaty on Comprehensive`) })
			).toHaveCount(1);
			const details = page.getByRole('region', { name: 'Details' });
			await expect(details.locator('.date').first()).toHaveText(treaty);
			// The relations table's caption, too.
			await expect(page.getByRole('table', { name: `Relations on ${treaty}` })).toBeVisible();
			// The link keeps the language.
			await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
		});
	}
});

test.describe('the timeline looks as it should', () => {
	for (const theme of ['light', 'dark'] as const) {
		for (const [width, height] of [
			[1280, 800],
			[1024, 768],
			[375, 667]
		] as const) {
			test(`at ${width}×${height} in the ${theme} theme (compared with the committed baseline)`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height });
				await page.goto(`./?theme=${theme}`);
				await settled(page);
				const region = timeline(page);
				await region.scrollIntoViewIfNeeded();
				await expectNoLabelOverlaps(page);
				await expect(region).toHaveScreenshot(`timeline-${width}-${theme}.png`, {
					animations: 'disabled',
					maxDiffPixelRatio: 0.01
				});
			});
		}
	}
});
