/**
 * Time slicing: what holds at a moment, and what an event changed.
 *
 * The boundary rule: a relation (or an actor's active time) is in force from the first day of
 * `since` up to, but not including, the first day of `until`: in force on the day it starts, not
 * on the day it ends. A partial date stands for its first day ("2024-06" → 1 June 2024), and an
 * event id for the first day of that event.
 */
import { parsePartialDate, type PartialDate } from './dates';
import type { Story, TimedActor, TimedEvent, TimedRelation } from './load';

export interface GraphState {
	/** The moment, as UTC milliseconds of a day. */
	readonly t: number;
	readonly actors: readonly TimedActor[];
	/** Relations in force at `t` whose two actors are both active at `t`. */
	readonly relations: readonly TimedRelation[];
}

/** Whether `[start, end)` contains `t`. */
export function holdsAt(
	interval: { readonly start: number; readonly end: number },
	t: number
): boolean {
	return interval.start <= t && t < interval.end;
}

/** The actors active and the relations in force at moment `t`. */
export function graphAt(story: Story, t: number): GraphState {
	const actors = story.actors.filter((a) => holdsAt(a, t));
	const active = new Set(actors.map((a) => a.id));
	const relations = story.relations.filter(
		(r) => holdsAt(r, t) && active.has(r.from) && active.has(r.to)
	);
	return { t, actors, relations };
}

export interface Changes {
	readonly started: readonly TimedRelation[];
	readonly ended: readonly TimedRelation[];
}

/**
 * The relations an event started and ended: those whose `since` (or `until`) names the event, and
 * those dated to the event's first day that join one of its actors.
 */
export function changesAt(story: Story, eventId: string): Changes {
	const event = story.eventById.get(eventId);
	if (!event) return { started: [], ended: [] };
	const involved = new Set(event.actors);
	const touches = (r: TimedRelation) => involved.has(r.from) || involved.has(r.to);
	const started = story.relations.filter(
		(r) =>
			r.since === eventId ||
			(!story.eventById.has(r.since) && r.start === event.start && touches(r))
	);
	const ended = story.relations.filter(
		(r) =>
			r.until !== undefined &&
			(r.until === eventId ||
				(!story.eventById.has(r.until) && r.end === event.start && touches(r)))
	);
	return { started, ended };
}

/** The events an actor takes part in, in chronological order. */
export function eventsOf(story: Story, actorId: string): TimedEvent[] {
	return story.events.filter((e) => e.actors.includes(actorId));
}

/** The relations an actor takes part in at any time, by start. */
export function relationsOf(story: Story, actorId: string): TimedRelation[] {
	return story.relations
		.filter((r) => r.from === actorId || r.to === actorId)
		.sort((a, b) => a.start - b.start);
}

/** The event nearest before or at `t`, for "where are we in the story". */
export function eventBefore(story: Story, t: number): TimedEvent | undefined {
	let found: TimedEvent | undefined;
	for (const event of story.events) {
		if (event.start <= t) found = event;
		else break;
	}
	return found;
}

/** The date a `since`/`until`/`from` reference means: a partial date, or an event's date. */
export function refDate(story: Story, ref: string | undefined): PartialDate | undefined {
	if (ref === undefined) return undefined;
	const event = story.eventById.get(ref);
	return event ? event.when : (parsePartialDate(ref) ?? undefined);
}
