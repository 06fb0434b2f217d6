/**
 * When things hold: the days an event covers, and what a date-or-event-id reference means.
 * Shared by the validation rules (which report what does not resolve) and by the step that
 * builds the indexed story (which uses what does).
 */
import { t } from '../i18n/i18n';
import { ID_PATTERN } from './constants';
import {
	PARTIAL_DATE_PATTERN,
	parsePartialDate,
	partialDateProblem,
	type PartialDate
} from './dates';
import type { Dataset } from './schema';

export interface EventTime {
	readonly when: PartialDate;
	readonly last?: PartialDate;
	readonly start: number;
	readonly finish: number;
}

/** A reference resolved to its first day, or why it cannot be. */
export type Resolved =
	| { readonly day: number }
	| { readonly problem: string }
	/** An event id whose event is invalid: said elsewhere. */
	| { readonly unresolved: true };

const cache = new WeakMap<Dataset, ReadonlyMap<string, EventTime>>();

/** The times of the events whose dates parse (the first event of an id wins). */
export function eventTimes(data: Dataset): ReadonlyMap<string, EventTime> {
	const cached = cache.get(data);
	if (cached) return cached;
	const times = new Map<string, EventTime>();
	for (const event of data.events) {
		if (!event || times.has(event.id)) continue;
		const time = eventTime(event);
		if (time) times.set(event.id, time);
	}
	cache.set(data, times);
	return times;
}

/** An event's days; an end that is not after the date is ignored (a rule reports it). */
export function eventTime(event: { date: string; end?: string | undefined }): EventTime | null {
	const when = parsePartialDate(event.date);
	if (!when) return null;
	const end = event.end === undefined ? null : parsePartialDate(event.end);
	const last = end && end.end > when.start ? end : undefined;
	return { when, ...(last ? { last } : {}), start: when.start, finish: last ? last.end : when.end };
}

/** A partial date or an event id, resolved to the first day it means. */
/** Which end of a time a reference gives: the words of its problem depend on it. */
export type RefPart = 'the start' | 'the end' | 'its start' | 'its end';

function unknownRef(ref: string, what: RefPart): string {
	const params = { ref };
	switch (what) {
		case 'the start':
			return t(
				"'{ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the id of an event, so the start is unknown",
				params
			);
		case 'the end':
			return t(
				"'{ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the id of an event, so the end is unknown",
				params
			);
		case 'its start':
			return t(
				"'{ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the id of an event, so its start is unknown",
				params
			);
		case 'its end':
			return t(
				"'{ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the id of an event, so its end is unknown",
				params
			);
	}
}

export function resolveRef(
	ref: string,
	times: ReadonlyMap<string, EventTime>,
	knownEvents: ReadonlySet<string>,
	what: RefPart
): Resolved {
	if (PARTIAL_DATE_PATTERN.test(ref)) {
		const date = parsePartialDate(ref);
		return date ? { day: date.start } : { problem: partialDateProblem(ref) ?? t('is not a date') };
	}
	if (ID_PATTERN.test(ref)) {
		const event = times.get(ref);
		if (event) return { day: event.start };
		if (knownEvents.has(ref)) return { unresolved: true };
		return { problem: unknownRef(ref, what) };
	}
	return {
		problem: t("'{ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor an event id", { ref })
	};
}

/** The first day a reference means, when it resolves. */
export function dayOf(
	ref: string | undefined,
	times: ReadonlyMap<string, EventTime>
): number | undefined {
	if (ref === undefined) return undefined;
	const resolved = resolveRef(ref, times, new Set(), 'the start');
	return 'day' in resolved ? resolved.day : undefined;
}
