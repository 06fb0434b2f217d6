/**
 * The interface's words in the reader's language.
 *
 * English is the source: a message's key is its English text (`t('Share')`, `t('Moment {date}')`),
 * so the English interface needs no catalogue at all and carries only the words it shows. Every
 * other language is one JSON catalogue (`messages/fr.json`: English text → translation), loaded
 * on demand, before the page is drawn, as its own chunk: explore mode's weight holds whatever
 * the language. The build fails when a catalogue lacks a key of the English one, or a plural form
 * its language needs (scripts/i18n-catalogues.ts).
 *
 * The language is fixed for a page: the menu reloads the page with `?lang=`, which every view
 * keeps (the URL holds the whole view), so no drawing code needs to listen for a change.
 *
 * Never call `t` at a module's top level: it would run before the catalogue has loaded.
 */
import type English from './messages/en.json';
import { setDateLocale } from '../model/dates';
import { direction, type Lang } from './languages';

type Catalogue = typeof English;
/** The key of a message without plural forms. */
export type MessageKey = {
	[K in keyof Catalogue]: Catalogue[K] extends string ? K : never;
}[keyof Catalogue];
/** The key of a message with plural forms: its English `other` form. */
export type PluralKey = Exclude<keyof Catalogue, MessageKey>;
/** Plural forms by `Intl.PluralRules` category: `other` always, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Params = Readonly<Record<string, string | number>>;

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
	fr: () => import('./messages/fr.json'),
	es: () => import('./messages/es.json'),
	de: () => import('./messages/de.json'),
	ar: () => import('./messages/ar.json')
};

let current: Lang = 'en';
let currentLocale = 'en';
let messages: Record<string, unknown> | null = null;
let numbers: Intl.NumberFormat | null = null;
let rules: Intl.PluralRules | null = null;

/**
 * Sets the language for this page (and dates' locale): loads its catalogue first. A catalogue
 * that fails to load leaves the interface in English rather than the page blank.
 */
export async function useLanguage(lang: Lang, locale: string = lang): Promise<void> {
	let loaded: Record<string, unknown> | null = null;
	if (lang !== 'en') {
		try {
			loaded = (await loaders[lang]()).default;
		} catch {
			lang = 'en';
			locale = 'en';
		}
	}
	current = lang;
	currentLocale = locale;
	messages = loaded;
	numbers = null;
	rules = null;
	setDateLocale(locale);
}

/** The interface language. */
export function language(): Lang {
	return current;
}

/** The locale dates and numbers are written in (`fr`, `en-US`). */
export function locale(): string {
	return currentLocale;
}

/** The interface's writing direction. */
export function textDirection(): 'ltr' | 'rtl' {
	return direction(current);
}

/** A number as the reader writes it: "46,000" in English, "46 000" in French. */
export function formatNumber(value: number): string {
	return (numbers ??= new Intl.NumberFormat(currentLocale)).format(value);
}

/**
 * Fills a message's placeholders. In a right-to-left language each text put in is isolated
 * (U+2068 … U+2069), so that an English name, a file name or a quoted value keeps its own order
 * inside an Arabic sentence.
 */
function fill(text: string, params: Params | undefined): string {
	if (!params) return text;
	const rtl = direction(current) === 'rtl';
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		if (typeof value === 'number') return formatNumber(value);
		return rtl && value ? `\u2068${value}\u2069` : value;
	});
}

/** A message in the reader's language, its `{placeholders}` filled (numbers written by Intl). */
export function t(key: MessageKey, params?: Params): string {
	const translated = messages?.[key];
	return fill(typeof translated === 'string' ? translated : key, params);
}

/**
 * A message that depends on a count, in the form the reader's language uses for it
 * (`Intl.PluralRules`): `tn(n, '{n} event', '{n} events')`. The English forms are written
 * here; the key is the `other` one. `{n}` is the count unless `params` says otherwise.
 */
export function tn(count: number, one: string, other: PluralKey, params?: Params): string {
	const category = (rules ??= new Intl.PluralRules(currentLocale)).select(count);
	const forms = messages?.[other] as PluralForms | undefined;
	const text = forms ? (forms[category] ?? forms.other) : category === 'one' ? one : other;
	return fill(text, { n: count, ...params });
}

/**
 * An address of this page with the reader's language and locale in it (`lang=en-GB`), as links
 * carry it: the link opens in the same words and writes dates the same way ("2 April 2024", not
 * the "April 2, 2024" that `lang=en` gives).
 */
export function withLanguage(href: string): string {
	const url = new URL(href);
	if (!url.searchParams.has('lang')) url.searchParams.set('lang', currentLocale);
	return url.href;
}

/** Opens this page, as it is now, in another interface language. */
export function switchLanguage(lang: Lang): void {
	const url = new URL(location.href);
	url.searchParams.set('lang', lang);
	location.assign(url.href);
}
