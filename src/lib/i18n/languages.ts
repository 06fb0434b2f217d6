/**
 * The interface languages and how a reader's is chosen. Plain TypeScript: no DOM, no Svelte.
 *
 * The link's `lang` wins (`?lang=fr`, `?lang=en-US`), then the browser's languages in the
 * reader's order, then English. A tag is matched by its language (`fr-CA` → French); the whole
 * tag stays the locale dates and numbers are written in, so `?lang=en-US` gives "June 19, 2024".
 */

export const LANGS = ['en', 'fr', 'es', 'de', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language by its own name, as the language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
	en: 'English',
	fr: 'Français',
	es: 'Español',
	de: 'Deutsch',
	ar: 'العربية'
};

/** Languages written right to left: the page is mirrored for them. */
const RTL: ReadonlySet<Lang> = new Set<Lang>(['ar']);

export function direction(lang: Lang): 'ltr' | 'rtl' {
	return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** The interface language of a BCP 47 tag (`fr-CA` → `fr`), or null when we have none for it. */
export function languageOf(tag: string): Lang | null {
	const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
	return LANGS.find((lang) => lang === primary) ?? null;
}

function canonical(tag: string): string | null {
	try {
		return Intl.getCanonicalLocales(tag)[0] ?? null;
	} catch {
		return null;
	}
}

/**
 * The interface language and the locale for dates and numbers: from the link's `lang` when we
 * have that language, else from the first of the browser's languages we have, else English.
 */
export function chooseLanguage(
	requested: string | null | undefined,
	preferred: readonly string[]
): { lang: Lang; locale: string } {
	for (const tag of [requested, ...preferred]) {
		if (!tag) continue;
		const locale = canonical(tag);
		const lang = locale ? languageOf(locale) : null;
		if (locale && lang) return { lang, locale };
	}
	return { lang: 'en', locale: 'en' };
}
