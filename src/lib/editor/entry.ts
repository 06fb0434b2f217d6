/** Helpers for typing values in: dates as people write them, sources from a pasted address. */
import { language, t } from '../i18n/i18n';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../model/dates';
import type { Source } from '../model/schema';
import { freshId, type Draft } from './ops';

/** "About" before a date, as the interface languages write it: c. 1995, vers 1995, um 1995, حوالي 1995. */
const CIRCA =
	/^(?:c\.?|ca\.?|circa|about|~|v\.|vers|env\.|environ|h\.|hacia|um|etwa|حوالي|نحو)\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/i;

/**
 * A date as typed, in the format's form: `c. 1995` becomes `1995~`, spaces go. Anything else is
 * kept as typed, so that validation can say what is wrong with it.
 */
export function normalizeDate(text: string): string {
	const trimmed = text.trim();
	const circa = CIRCA.exec(trimmed);
	return circa ? `${circa[1]}~` : trimmed;
}

/** The date as the editor writes it: the page's locale, and "19 June 2024" in English. */
function written(date: PartialDate): string {
	return formatPartialDate(date, language() === 'en' ? 'en-GB' : undefined);
}

/** A typed date as people read it: "June 2024", "c. 1995"; null if not a date. */
export function readDate(text: string): string | null {
	const date = parsePartialDate(text);
	return date ? written(date) : null;
}

/** The date read back at its precision: "June 2024 (month)", "c. 1995 (year)"; null if not a date. */
export function describeDate(text: string): string | null {
	const date = parsePartialDate(text);
	if (!date) return null;
	const params = { date: written(date) };
	switch (date.precision) {
		case 'year':
			return t('{date} (year)', params);
		case 'month':
			return t('{date} (month)', params);
		case 'day':
			return t('{date} (day)', params);
	}
}

/** Whether pasted text is a web address, so that it can become a source. */
export function isWebAddress(text: string): boolean {
	try {
		const url = new URL(text.trim());
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** A new source for an address: its id and publisher from the host, the title left to fill in. */
export function sourceFromAddress(draft: Draft, address: string): Source {
	const url = new URL(address.trim());
	const host = url.hostname.replace(/^www\./, '');
	const stem = host.split('.').slice(0, -1).join('-') || host;
	const id = freshId(draft, 'sources', stem.replace(/[^A-Za-z0-9_-]/g, '-') || 'source');
	return { id, title: '', publisher: host, url: url.href };
}
