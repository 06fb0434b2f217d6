/**
 * Partial dates: a date whose written form is its precision.
 *
 * `"2000"` is the whole year 2000, `"2024-03"` the whole of March 2024, `"2024-06-19"` one day.
 * A trailing `~` (as in EDTF, ISO 8601-2) marks the date approximate. Every partial date maps to a
 * half-open interval of UTC days `[start, end)`; intervals of relations use `start` (see slice.ts).
 */
import { t } from '../i18n/i18n';

/** `2000`, `2024-03` or `2024-06-19`; a trailing `~` marks the date approximate (EDTF). */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$/;

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	/** The text as written, e.g. `"2024-06"`. */
	readonly text: string;
	readonly precision: Precision;
	readonly approximate: boolean;
	/** UTC milliseconds of the first day covered. */
	readonly start: number;
	/** UTC milliseconds of the first day after the period (exclusive). */
	readonly end: number;
}

export const DAY_MS = 86_400_000;

/** Parses `"2024-06-19"`, `"2024-06"`, `"2000"` or `"1995~"`; returns null for anything else, including impossible dates such as `"2024-02-30"`. */
export function parsePartialDate(text: string): PartialDate | null {
	const match = PARTIAL_DATE_PATTERN.exec(text);
	if (!match) return null;
	const [, y, m, d, tilde] = match;
	const year = Number(y);
	const approximate = tilde === '~';
	if (m === undefined) {
		return {
			text,
			precision: 'year',
			approximate,
			start: utc(year, 0, 1),
			end: utc(year + 1, 0, 1)
		};
	}
	const month = Number(m);
	if (month < 1 || month > 12) return null;
	if (d === undefined) {
		return {
			text,
			precision: 'month',
			approximate,
			start: utc(year, month - 1, 1),
			end: utc(year, month, 1)
		};
	}
	const day = Number(d);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	const start = utc(year, month - 1, day);
	return { text, precision: 'day', approximate, start, end: start + DAY_MS };
}

/** Why `text` is not a partial date, in words an author understands; null when it is one. */
export function partialDateProblem(text: string): string | null {
	const match = PARTIAL_DATE_PATTERN.exec(text);
	if (!match) return t("'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", { text });
	const [, y, m, d] = match;
	if (m !== undefined && (Number(m) < 1 || Number(m) > 12)) {
		return t("'{text}' is not a real date: there is no month {month}", { text, month: m });
	}
	if (d !== undefined && (Number(d) < 1 || Number(d) > daysInMonth(Number(y), Number(m)))) {
		return t("'{text}' is not a real date", { text });
	}
	return null;
}

function utc(year: number, monthIndex: number, day: number): number {
	// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
	const date = new Date(Date.UTC(2000, monthIndex, day));
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}

function daysInMonth(year: number, month: number): number {
	return new Date(utc(year, month, 0)).getUTCDate();
}

/** A day as `YYYY-MM-DD` (UTC). */
export function isoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The UTC midnight of a `YYYY-MM-DD` day, or null when it is not a real day. */
export function parseDay(text: string): number | null {
	const date = parsePartialDate(text);
	return date && date.precision === 'day' && !date.approximate ? date.start : null;
}

/**
 * The locale dates are written in when a caller names none: the reader's (the browser's), unless
 * the link's `lang` parameter set another (see state/url.ts). One format for every date on screen
 * and in exports: Intl, at each date's precision.
 */
let defaultLocale: string | undefined;

/** Sets the locale for dates; `undefined` goes back to the reader's. An unknown tag is ignored. */
export function setDateLocale(locale: string | undefined): void {
	defaultLocale = locale && supported(locale) ? locale : undefined;
}

function supported(locale: string): boolean {
	try {
		return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
	} catch {
		return false;
	}
}

/** The locale dates are written in now, as Intl resolved it (e.g. `en-GB`). */
export function dateLocale(): string {
	return formatter(undefined, 'day').resolvedOptions().locale;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

type Part = Precision | 'month-short' | 'day-of-month';

function formatter(locale: string | undefined, part: Part): Intl.DateTimeFormat {
	const resolved = locale ?? defaultLocale;
	const key = `${resolved ?? ''}|${part}`;
	let f = formatters.get(key);
	if (!f) {
		const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
		if (part === 'month-short') options.month = 'short';
		else if (part === 'day-of-month') options.day = 'numeric';
		else {
			options.year = 'numeric';
			if (part !== 'year') options.month = 'long';
			if (part === 'day') options.day = 'numeric';
		}
		f = new Intl.DateTimeFormat(resolved, options);
		formatters.set(key, f);
	}
	return f;
}

/**
 * The date as a reader says it, at its precision: "2000", "July 2000", "19 June 2024" (en-GB),
 * "c. 1995" when approximate.
 */
export function formatPartialDate(date: PartialDate, locale?: string): string {
	const text = formatter(locale, date.precision).format(date.start);
	return date.approximate ? t('c. {date}', { date: text }) : text;
}

/** A day (UTC ms) as a reader says it: "19 June 2024" (en-GB), "June 19, 2024" (en-US). */
export function formatDay(ms: number, locale?: string): string {
	return formatter(locale, 'day').format(ms);
}

/** A time (UTC ms) at a precision: "2024", "June 2024" or "19 June 2024" (en-GB). */
export function formatAt(ms: number, precision: Precision, locale?: string): string {
	return formatter(locale, precision).format(ms);
}

/** Short parts for axis ticks: the month as "Jun", the day of the month as "13" (en-GB). */
export function formatPart(ms: number, part: 'month-short' | 'day-of-month', locale?: string) {
	return formatter(locale, part).format(ms);
}

/** A range of partial dates: "19–20 July 2000" style is left to Intl; we join with an en dash. */
export function formatRange(
	start: PartialDate,
	end: PartialDate | undefined,
	locale?: string
): string {
	if (!end || end.text === start.text) return formatPartialDate(start, locale);
	return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}
