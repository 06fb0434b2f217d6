/**
 * Stories that carry translations of their texts: shown in the reader's language where they have
 * one, in their own language (said with `lang=`) where not; and the bundled story in French.
 */
import { expect, test } from './fixtures';
import { chooseFiles } from './helpers';

const STORY = {
	id: 'crisis',
	title: 'The missile crisis',
	lang: 'en',
	translations: { fr: { title: 'La crise des missiles' } },
	sources: [{ id: 'oh', title: 'The Cuban Missile Crisis, October 1962' }],
	actors: [
		{
			id: 'usa',
			name: 'United States',
			kind: 'country',
			translations: { fr: { name: 'États-Unis' } }
		},
		{
			id: 'ussr',
			name: 'Soviet Union',
			kind: 'country',
			translations: { fr: { name: 'Union soviétique' } }
		}
	],
	events: [
		{
			id: 'address',
			date: '1962-10-22',
			title: 'Kennedy announces a quarantine',
			summary: 'In a televised address, Kennedy reveals the missiles.',
			kind: 'statement',
			actors: ['usa', 'ussr'],
			sources: [{ source: 'oh' }],
			translations: {
				fr: {
					title: 'Kennedy annonce une quarantaine',
					summary: 'Dans une allocution télévisée, Kennedy révèle les missiles.'
				}
			}
		},
		{
			id: 'withdrawal',
			date: '1962-10-28',
			title: 'Khrushchev agrees to remove the missiles',
			summary: 'Moscow announces that the missile sites will be dismantled.',
			kind: 'agreement',
			actors: ['ussr', 'usa'],
			sources: [{ source: 'oh' }],
			translations: { 'fr-CA': { title: 'Khrouchtchev accepte de retirer les missiles' } }
		}
	],
	relations: []
};

test.describe('a story with translations', () => {
	test('shows its French texts to a French reader, and an untranslated summary in English, marked so', async ({
		page
	}) => {
		// Opened from a file (on an English page), it is kept in this browser and opens again.
		await page.goto('./');
		await chooseFiles(page, [
			{
				name: 'crisis.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(STORY))
			}
		]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The missile crisis');

		await page.goto('./?lang=fr');
		const title = page.getByRole('heading', { level: 1 });
		await expect(title).toHaveText('La crise des missiles');
		await expect(title).not.toHaveAttribute('lang');
		await expect(page).toHaveTitle(/^La crise des missiles/);
		await expect(page.locator('.event-list .title')).toHaveText([
			'Kennedy annonce une quarantaine',
			'Khrouchtchev accepte de retirer les missiles'
		]);

		await page.locator('.event-list .event-button').nth(1).click();
		const details = page.locator('.details');
		await expect(details.locator('#details-title')).toHaveText(
			'Khrouchtchev accepte de retirer les missiles'
		);
		const summary = details.locator('p.summary');
		await expect(summary).toHaveText('Moscow announces that the missile sites will be dismantled.');
		await expect(summary).toHaveAttribute('lang', 'en');

		await page.locator('.event-list .event-button').nth(0).click();
		await expect(summary).toHaveText('Dans une allocution télévisée, Kennedy révèle les missiles.');
		await expect(summary).not.toHaveAttribute('lang');
	});

	test('the bundled story in French: its event titles on the timeline and in the list', async ({
		page
	}) => {
		await page.goto('./?lang=fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'La Russie et la Corée du Nord : du protecteur au pacte de défense mutuelle'
		);
		const labels = page.locator('svg.main .label text');
		await expect(labels.first()).toBeVisible();
		const texts = await labels.allTextContents();
		expect(texts.some((t) => t.startsWith('Première visite de Poutine'))).toBe(true);
		expect(texts.some((t) => t.startsWith('Putin’s first visit'))).toBe(false);
		await expect(page.locator('.event-list .title').first()).toHaveText(
			'Les forces soviétiques occupent le nord de la Corée'
		);
	});
});
