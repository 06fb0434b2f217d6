/**
 * The bundled story travels packed: the validated dataset once, and for each actor, event and
 * relation only what loading added to it (parsed dates, intervals). `unpackStory` rebuilds the
 * `Story` loadDataset would give, without zod; scripts/bundled-story.ts packs it at build time and
 * checks that unpacking gives back exactly that story.
 */
import { parsePartialDate } from '../model/dates';
import { BUILT_IN_KINDS } from '../model/built-in-kinds';
import { eventKinds } from '../model/event-kinds';
import type { Story } from '../model/load';
import type { Citation, Dataset } from '../model/schema';

/**
 * The quotes and notes of the bundled story's citations, which travel with its sources: by list,
 * the item's index, the citation's index in its `sources`, and the texts.
 */
export type CitationTexts = Readonly<
	Record<
		'events' | 'relations',
		readonly (readonly [item: number, citation: number, texts: Readonly<Partial<Citation>>])[]
	>
>;

/** An item of a list in the dataset (by index) and the fields loading added or changed. */
export type PackedItem = readonly [index: number, extra: Readonly<Record<string, unknown>>];

export interface PackedStory {
	readonly data: Dataset;
	readonly actors: readonly PackedItem[];
	readonly events: readonly PackedItem[];
	readonly relations: readonly PackedItem[];
	/** Every other field of the story, as it is. */
	readonly rest: Readonly<Record<string, unknown>>;
}

const LISTS = ['actors', 'events', 'relations'] as const;
/** The fields `unpackStory` rebuilds; any other field travels in `rest`. */
export const REBUILT_FIELDS: ReadonlySet<string> = new Set([
	'data',
	...LISTS,
	'sources',
	'actorById',
	'eventById',
	'relationById',
	'sourceById',
	'eventKinds'
]);

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
	const map = new Map<string, T>();
	for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
	return map;
}

export function unpackStory(packed: PackedStory): Story {
	const { data } = packed;
	const timed = <T>(list: readonly unknown[], items: readonly PackedItem[]): T[] =>
		items.map(([index, extra]) => ({ ...(list[index] as object), ...extra }) as T);
	// An event's `when` (and `start`) travel only where they are not simply its date, parsed.
	const dated = (list: readonly unknown[], items: readonly PackedItem[]): PackedItem[] =>
		items.map(([index, extra]) => {
			if ('when' in extra) return [index, extra];
			const when = parsePartialDate((list[index] as { date: string }).date);
			return [index, { when, start: when?.start, ...extra }];
		});
	const actors = timed<Story['actors'][number]>(data.actors, packed.actors);
	const events = timed<Story['events'][number]>(data.events, dated(data.events, packed.events));
	const relations = timed<Story['relations'][number]>(data.relations, packed.relations);
	return {
		...(packed.rest as Omit<
			Story,
			| 'data'
			| 'actors'
			| 'events'
			| 'relations'
			| 'sources'
			| 'actorById'
			| 'eventById'
			| 'relationById'
			| 'sourceById'
			| 'eventKinds'
		>),
		data,
		actors,
		events,
		relations,
		sources: data.sources,
		actorById: byId(actors),
		eventById: byId(events),
		relationById: byId(relations),
		sourceById: byId(data.sources),
		eventKinds: eventKinds(data.kinds?.events),
		// A story that declares no relation kinds has the built-in ones, which travel as code.
		relationKinds: (packed.rest.relationKinds as Story['relationKinds']) ?? new Map(BUILT_IN_KINDS)
	};
}

/** The inverse of unpackStory, for a story without duplicate ids (a valid one). */
export function packStory(story: Story): PackedStory {
	const pack = (name: (typeof LISTS)[number]): PackedItem[] => {
		const list = story.data[name] as readonly { readonly id: string }[];
		const index = new Map(list.map((item, i) => [item.id, i]));
		return (story[name] as readonly { readonly id: string }[]).map((item) => {
			const i = index.get(item.id)!;
			const original = list[i] as Record<string, unknown>;
			const extra: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(item)) {
				if (!(key in original) || original[key] !== value) extra[key] = value;
			}
			if (name === 'events') {
				const when = parsePartialDate(original.date as string);
				if (when && sameJson(extra.when, when) && extra.start === when.start) {
					delete extra.when;
					delete extra.start;
				}
			}
			return [i, extra];
		});
	};
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(story)) {
		if (!REBUILT_FIELDS.has(key)) rest[key] = value;
	}
	if ([...story.relationKinds.values()].every((kind) => kind.builtIn)) delete rest.relationKinds;
	return {
		data: story.data,
		actors: pack('actors'),
		events: pack('events'),
		relations: pack('relations'),
		rest
	};
}

/** Whether two plain values (a PartialDate: fields in the order parsePartialDate gives) match. */
function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
