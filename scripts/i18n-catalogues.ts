/**
 * The interface catalogues (src/lib/i18n/messages/*.json) against the English one: every key of
 * en.json is translated, nothing else is there, plural messages have every form their language
 * uses for whole numbers, and placeholders are the English ones. A Vite plugin runs the check at
 * the start of every build and dev server, so a missing translation fails `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const MESSAGES = 'src/lib/i18n/messages';

type Entry = string | ({ other: string } & Record<string, string>);

/** The plural categories a language uses for the counts 0 to 1,000 (`many` in French is for millions). */
export function pluralCategories(lang: string): Set<string> {
	const rules = new Intl.PluralRules(lang);
	const out = new Set<string>();
	for (let n = 0; n <= 1000; n++) out.add(rules.select(n));
	return out;
}

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What is wrong with one catalogue, compared with the English one, as lines for people. */
export function catalogueProblems(
	lang: string,
	catalogue: Record<string, Entry>,
	english: Record<string, Entry>
): string[] {
	const problems: string[] = [];
	const needed = pluralCategories(lang);
	for (const [key, source] of Object.entries(english)) {
		const entry = catalogue[key];
		if (entry === undefined) {
			problems.push(`${lang}.json lacks "${key}"`);
			continue;
		}
		const expected = placeholders(typeof source === 'string' ? source : source.other);
		if (typeof source === 'string') {
			if (typeof entry !== 'string') problems.push(`${lang}.json "${key}" must be a string`);
			else if (!same(placeholders(entry), expected))
				problems.push(`${lang}.json "${key}" must use the placeholders {${expected.join('}, {')}}`);
			continue;
		}
		if (typeof entry === 'string') {
			problems.push(`${lang}.json "${key}" needs plural forms (${[...needed].join(', ')})`);
			continue;
		}
		for (const category of needed)
			if (entry[category] === undefined)
				problems.push(`${lang}.json "${key}" lacks its "${category}" form`);
		for (const [category, text] of Object.entries(entry)) {
			const extra = placeholders(text).filter((name) => !expected.includes(name));
			if (extra.length > 0)
				problems.push(`${lang}.json "${key}" (${category}) uses unknown {${extra.join('}, {')}}`);
		}
	}
	for (const key of Object.keys(catalogue))
		if (!(key in english)) problems.push(`${lang}.json has "${key}", which en.json lacks`);
	return problems;
}

/** Every catalogue in a folder, checked against its en.json. */
export function checkCatalogues(folder: string): string[] {
	const read = (file: string) =>
		JSON.parse(readFileSync(resolve(folder, file), 'utf8')) as Record<string, Entry>;
	const english = read('en.json');
	const problems: string[] = [];
	for (const [key, entry] of Object.entries(english))
		if (typeof entry === 'string' && entry !== key)
			problems.push(`en.json "${key}": an English message is its own key`);
	for (const file of readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'en.json'))
		problems.push(...catalogueProblems(basename(file, '.json'), read(file), english));
	return problems;
}

export function i18nCatalogues(): Plugin {
	let folder = resolve(MESSAGES);
	return {
		name: 'entente-i18n-catalogues',
		configResolved(config) {
			folder = resolve(config.root, MESSAGES);
		},
		buildStart() {
			const problems = checkCatalogues(folder);
			if (problems.length > 0)
				this.error(`The interface catalogues are incomplete:\n  ${problems.join('\n  ')}`);
		}
	};
}
