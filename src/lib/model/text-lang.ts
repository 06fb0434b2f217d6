/**
 * The language of each text of a story on screen, for the `lang=` of the element showing it. Apart
 * from localise.ts, which only loads where a story's language is not the page's: this ships with
 * every view.
 */
import { language } from '../i18n/i18n';
import type { Story } from './story';

/** The language each text on screen is in: the story's, except the fields translated. */
export interface ShownTexts {
	/** The page's language, which the story was shown in. */
	readonly page: string;
	/** The story's own language (its `lang`, "en" when it says none). */
	readonly lang: string;
	/** By item shown: the language tag of each field that shows a translation. */
	readonly translated: WeakMap<object, Readonly<Record<string, string>>>;
}

/** A tag's language: `fr-CA` → `fr`. */
export const primary = (tag: string): string => tag.toLowerCase().split('-')[0]!;

/**
 * The language of a text of the story as shown (`textLang(story, event, 'summary')`), when it is
 * not the page's: what an element showing it says in `lang=`. Undefined for the page's language,
 * for a story never localised and for the built-in kinds' names (they are the interface's).
 */
export function textLang(
	story: Story,
	item: object | undefined,
	field: string
): string | undefined {
	const texts = story.texts;
	if (!texts || !item || (item as { builtIn?: boolean }).builtIn) return undefined;
	const tag = texts.translated.get(item)?.[field] ?? texts.lang;
	return primary(tag) === primary(texts.page) ? undefined : tag;
}

/**
 * The `lang=` for a story's texts as written (the editor's tables), on a page in another
 * language: the story's `lang` ("en" when it says none); undefined on a page in that language.
 */
export function storyTextLang(lang: string | undefined): string | undefined {
	const tag = lang ?? 'en';
	return primary(tag) === language() ? undefined : tag;
}
