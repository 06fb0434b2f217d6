import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	catalogueProblems,
	checkCatalogues,
	MESSAGES,
	pluralCategories
} from '../../../scripts/i18n-catalogues';
import { formatDay } from '../model/dates';
import { formatNumber, t, tn, useLanguage, withLanguage, type PluralKey } from './i18n';
import { chooseLanguage, LANGS } from './languages';

const folder = resolve(import.meta.dirname, 'messages');
const read = (lang: string) =>
	JSON.parse(readFileSync(resolve(folder, `${lang}.json`), 'utf8')) as Record<
		string,
		string | ({ other: string } & Record<string, string>)
	>;
const english = read('en');
const pluralKeys = Object.keys(english).filter((key) => typeof english[key] !== 'string');

afterEach(() => useLanguage('en'));

describe('the catalogues', () => {
	it('are one per interface language, beside English', () => {
		expect(
			readdirSync(folder)
				.filter((f) => f.endsWith('.json'))
				.sort()
		).toEqual(LANGS.map((lang) => `${lang}.json`).sort());
		expect(MESSAGES).toBe('src/lib/i18n/messages');
	});

	it('have every key of the English one, every plural form and the same placeholders', () => {
		expect(checkCatalogues(folder)).toEqual([]);
	});

	it('a missing key, a missing plural form or a wrong placeholder is named', () => {
		const source = {
			'Moment {date}': 'Moment {date}',
			'{n} events': { one: '{n} event', other: '{n} events' }
		};
		expect(catalogueProblems('fr', {}, source)).toEqual([
			'fr.json lacks "Moment {date}"',
			'fr.json lacks "{n} events"'
		]);
		expect(
			catalogueProblems(
				'fr',
				{ 'Moment {date}': 'Moment {jour}', '{n} events': { other: '{n} événements' } },
				source
			)
		).toEqual([
			'fr.json "Moment {date}" must use the placeholders {date}',
			'fr.json "{n} events" lacks its "one" form'
		]);
		expect(catalogueProblems('ar', { ...source, extra: 'x' }, source)).toContain(
			'ar.json has "extra", which en.json lacks'
		);
	});
});

describe('the words a page shows', () => {
	it('are the English key itself in English, and its translation once a catalogue is loaded', async () => {
		expect(t('Language')).toBe('Language');
		await useLanguage('fr');
		expect(t('Language')).toBe('Langue');
		await useLanguage('de');
		expect(t('Language')).toBe('Sprache');
	});

	it('keep a text put into an Arabic sentence in its own order (isolated), not in English', async () => {
		await useLanguage('ar');
		expect(t('Showing {range}', { range: 'events.csv' })).toContain('\u2068events.csv\u2069');
		await useLanguage('en');
		expect(t('Showing {range}', { range: 'events.csv' })).toBe('Showing events.csv');
	});

	it('write numbers in placeholders as the reader does', async () => {
		await useLanguage('fr');
		expect(formatNumber(46000)).toBe('46\u202f000');
		await useLanguage('en');
		expect(formatNumber(46000)).toBe('46,000');
	});

	it('write dates in the interface language, at the locale a link asks for', async () => {
		const day = Date.UTC(2024, 5, 19);
		await useLanguage('fr');
		expect(formatDay(day)).toBe('19 juin 2024');
		await useLanguage('en', 'en-US');
		expect(formatDay(day)).toBe('June 19, 2024');
		await useLanguage('de');
		expect(formatDay(day)).toBe('19. Juni 2024');
	});

	describe.each(LANGS)('plural forms in %s', (lang) => {
		it.each([0, 1, 2, 5])('for %i take the form Intl.PluralRules names', async (count) => {
			await useLanguage(lang);
			const catalogue = lang === 'en' ? english : read(lang);
			const category = new Intl.PluralRules(lang).select(count);
			for (const key of pluralKeys) {
				const forms = catalogue[key] as { other: string } & Record<string, string>;
				const expected = (forms[category] ?? forms.other).replace('{n}', formatNumber(count));
				const one = (english[key] as Record<string, string>).one ?? key;
				expect(tn(count, one, key as PluralKey)).toBe(expected);
			}
			expect(pluralCategories(lang).has(category)).toBe(true);
		});
	});

	it('Arabic has different words for 0, 1, 2 and 5 events', async () => {
		await useLanguage('ar');
		const forms = [0, 1, 2, 5].map((n) => tn(n, '{n} event', '{n} events'));
		expect(new Set(forms).size).toBe(4);
	});
});

describe('the language of a page', () => {
	it('is the link’s, then the browser’s first we have, then English', () => {
		expect(chooseLanguage('fr', ['de-DE'])).toEqual({ lang: 'fr', locale: 'fr' });
		expect(chooseLanguage('en-us', ['de-DE'])).toEqual({ lang: 'en', locale: 'en-US' });
		expect(chooseLanguage(null, ['pt-BR', 'es-MX', 'fr'])).toEqual({ lang: 'es', locale: 'es-MX' });
		expect(chooseLanguage('klingon!', ['ar-EG'])).toEqual({ lang: 'ar', locale: 'ar-EG' });
		expect(chooseLanguage(null, ['ja'])).toEqual({ lang: 'en', locale: 'en' });
	});

	it('travels in links made from the page, unless the link already says one', async () => {
		await useLanguage('ar');
		expect(withLanguage('https://x.test/?t=2024-06-19')).toBe(
			'https://x.test/?t=2024-06-19&lang=ar'
		);
		expect(withLanguage('https://x.test/?lang=en-GB')).toBe('https://x.test/?lang=en-GB');
	});
});

describe('the source code', () => {
	const files = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = resolve(dir, entry.name);
			if (entry.isDirectory()) return files(path);
			return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
		});
	const sources = files(resolve(import.meta.dirname, '..', '..')).map((file) => ({
		file,
		text: readFileSync(file, 'utf8')
	}));

	it('writes each plural message with the English forms en.json has', () => {
		const call =
			/\btn\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*(['"])((?:(?!\1).)*)\1\s*,\s*(['"])((?:(?!\3).)*)\3/g;
		const found: string[] = [];
		for (const { text } of sources) {
			for (const match of text.matchAll(call)) {
				const [, , one = '', , other = ''] = match;
				found.push(other);
				expect(english[other], `en.json lacks the plural message "${other}"`).toEqual(
					expect.objectContaining({ one, other })
				);
			}
		}
		expect(found.length).toBeGreaterThan(0);
	});
});
