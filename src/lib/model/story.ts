/**
 * The indexed story every view reads, built from data the rules have checked: dates resolved to
 * days, lists indexed by id, events in chronological order, kinds with their words and drawing,
 * and the leadership a person's `represents`, `role` and `active` imply.
 */
import { eventKinds, type EventKindInfo } from './event-kinds';
import { relationKinds, type RelationKindInfo } from './kinds';
import type { PartialDate } from './dates';
import type { ShownTexts } from './text-lang';
import type { Actor, Dataset, Relation, Source, StoryEvent } from './schema';
import { dayOf, eventTime, eventTimes } from './timing';

/**
 * An event with its dates parsed: it covers the days `[start, finish)`. Its `kind` is a built-in
 * kind or one the story declares (`eventKind(story, kind)` gives its name and mark).
 */
export type TimedEvent = StoryEvent & {
	readonly when: PartialDate;
	/** The parsed `end`, for an event that spans time. */
	readonly last?: PartialDate;
	readonly start: number;
	readonly finish: number;
};

/** A relation with its interval resolved: in force on days `t` with `start ≤ t < end`. */
export type TimedRelation = Relation & {
	readonly directed: boolean;
	readonly start: number;
	/** `Infinity` when the relation has no end. */
	readonly end: number;
	/** Not written in the data: implied by a person's `represents`, `role` and `active`. */
	readonly derived?: true;
};

/** An actor with its active interval resolved: `[start, end)`, unbounded where absent. */
export type TimedActor = Actor & { readonly start: number; readonly end: number };

/** A validated, indexed dataset: what every view reads. */
export interface Story {
	readonly data: Dataset;
	readonly actors: readonly TimedActor[];
	/** In chronological order (start, then the order in the file). */
	readonly events: readonly TimedEvent[];
	/** As written, then those implied by people's offices. */
	readonly relations: readonly TimedRelation[];
	readonly sources: readonly Source[];
	readonly actorById: ReadonlyMap<string, TimedActor>;
	readonly eventById: ReadonlyMap<string, TimedEvent>;
	readonly relationById: ReadonlyMap<string, TimedRelation>;
	readonly sourceById: ReadonlyMap<string, Source>;
	/** Built-in and declared relation kinds: names, verbs and drawing. */
	readonly relationKinds: ReadonlyMap<string, RelationKindInfo>;
	/** Built-in and declared event kinds: names and marks. */
	readonly eventKinds: ReadonlyMap<string, EventKindInfo>;
	/** The first day of the first event and the day after the last one ends. */
	readonly span: { readonly start: number; readonly end: number };
	/**
	 * Set when the story is shown in the reader's language (`localiseStory` in localise.ts): the
	 * dataset as written, translations and all, which the editor and the exports use; `data` and
	 * the lists then hold the texts shown.
	 */
	readonly original?: Dataset;
	/** Set with `original`: the language of each text shown (see `textLang`). */
	readonly texts?: ShownTexts;
}

const first = <T extends { id: string }>(items: readonly T[]): Map<string, T> => {
	const out = new Map<string, T>();
	for (const item of items) if (!out.has(item.id)) out.set(item.id, item);
	return out;
};

/**
 * The sources of a dataset and their index by id, built as they come: a story's 46,000 sources
 * can be indexed slice by slice as they reach the page (src/lib/import/shipping.ts).
 */
export class SourceIndex {
	readonly sources: Source[] = [];
	readonly byId = new Map<string, Source>();

	add(items: readonly (Source | null)[]): this {
		for (const item of items) {
			if (!item) continue;
			this.sources.push(item);
			if (!this.byId.has(item.id)) this.byId.set(item.id, item);
		}
		return this;
	}
}

/**
 * Builds the story. Items that failed the schema are `null` in `data` and left out. `sources`,
 * when given, is the index of `data.sources` already built.
 */
export function buildStory(data: Dataset, sources = new SourceIndex().add(data.sources)): Story {
	const times = eventTimes(data);
	const kinds = relationKinds(data.kinds?.relations);
	const timedEvents = data.events.flatMap((event): TimedEvent[] => {
		const time = event && eventTime(event);
		return event && time ? [{ ...event, ...time }] : [];
	});
	const actors = data.actors.filter(Boolean).map((actor): TimedActor => ({
		...actor,
		start: dayOf(actor.active?.from, times) ?? -Infinity,
		end: dayOf(actor.active?.until, times) ?? Infinity
	}));
	const written = data.relations.flatMap((relation): TimedRelation[] => {
		const start = relation && dayOf(relation.since, times);
		if (!relation || start === undefined) return [];
		return [
			{
				...relation,
				directed: relation.directed ?? kinds.get(relation.kind)?.directed ?? false,
				start,
				end: dayOf(relation.until, times) ?? Infinity
			}
		];
	});
	const relations = [...written, ...impliedLeadership(actors, written)];
	const events = timedEvents
		.map((event, order) => ({ event, order }))
		.sort((a, b) => a.event.start - b.event.start || a.order - b.order)
		.map(({ event }) => event);
	return {
		data,
		actors,
		events,
		relations,
		sources: sources.sources,
		actorById: first(actors),
		eventById: first(timedEvents),
		relationById: first(relations),
		sourceById: sources.byId,
		relationKinds: kinds,
		eventKinds: eventKinds(data.kinds?.events),
		span: events.length
			? { start: events[0]!.start, end: Math.max(...events.map((e) => e.finish)) }
			: { start: 0, end: 0 }
	};
}

/**
 * A person who `represents` an actor with a `role` and an `active` time that starts leads it
 * for that time, unless a `leads` relation between the two is written (that one wins).
 */
function impliedLeadership(
	actors: readonly TimedActor[],
	written: readonly TimedRelation[]
): TimedRelation[] {
	const ids = new Set(written.map((r) => r.id));
	const led = new Set(written.filter((r) => r.kind === 'leads').map((r) => `${r.from}|${r.to}`));
	const known = new Set(actors.map((a) => a.id));
	return actors.flatMap((person): TimedRelation[] => {
		const to = person.represents;
		const since = person.active?.from;
		if (person.kind !== 'person' || !to || !person.role || !since) return [];
		if (!known.has(to) || to === person.id || led.has(`${person.id}|${to}`)) return [];
		let id = `${person.id}-leads-${to}`;
		while (ids.has(id)) id += '-role';
		ids.add(id);
		return [
			{
				id,
				from: person.id,
				to,
				kind: 'leads',
				since,
				...(person.active?.until !== undefined ? { until: person.active.until } : {}),
				label: person.role,
				sources: [],
				directed: true,
				start: person.start,
				end: person.end,
				derived: true
			}
		];
	});
}
