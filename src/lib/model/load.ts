/**
 * Loading a dataset never throws: it returns the story, or every problem found, each located by
 * its JSON path and told in a sentence a dataset author understands.
 */
import type { z } from 'zod';
import {
	ActorSchema,
	DatasetSchema,
	DIRECTED_BY_DEFAULT,
	EventSchema,
	ID_PATTERN,
	PARTIAL_DATE_PATTERN,
	RelationSchema,
	SourceSchema,
	type Actor,
	type Citation,
	type Dataset,
	type Relation,
	type Source,
	type StoryEvent
} from './schema';
import { parsePartialDate, partialDateProblem, type PartialDate } from './dates';

export type PathSegment = string | number;

/** One thing wrong (error) or suspicious (warning) in a dataset, with where it is. */
export interface Problem {
	readonly severity: 'error' | 'warning';
	/** JSON path of the offending value, e.g. `['events', 3, 'date']`. */
	readonly path: readonly PathSegment[];
	readonly message: string;
	/** For data that came from a file: its name, and for CSV the 1-based row and the column. */
	readonly file?: string;
	readonly row?: number;
	readonly column?: string;
}

/** An event with its dates parsed: it covers the days `[start, finish)`. */
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
};

/** An actor with its active interval resolved: `[start, end)`, unbounded where absent. */
export type TimedActor = Actor & { readonly start: number; readonly end: number };

/** A validated, indexed dataset: what every view reads. */
export interface Story {
	readonly data: Dataset;
	readonly actors: readonly TimedActor[];
	/** In chronological order (start, then the order in the file). */
	readonly events: readonly TimedEvent[];
	readonly relations: readonly TimedRelation[];
	readonly sources: readonly Source[];
	readonly actorById: ReadonlyMap<string, TimedActor>;
	readonly eventById: ReadonlyMap<string, TimedEvent>;
	readonly relationById: ReadonlyMap<string, TimedRelation>;
	readonly sourceById: ReadonlyMap<string, Source>;
	/** The first day of the first event and the day after the last one ends. */
	readonly span: { readonly start: number; readonly end: number };
}

export type LoadResult =
	| { readonly ok: true; readonly story: Story; readonly warnings: readonly Problem[] }
	| {
			readonly ok: false;
			readonly errors: readonly Problem[];
			readonly warnings: readonly Problem[];
	  };

/** `events[3].date` */
export function formatPath(path: readonly PathSegment[]): string {
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else out += out ? `.${segment}` : segment;
	}
	return out || 'the dataset';
}

/** Where a problem is, for people: `events.csv row 7, column date` or `story.json at events[3].date`. */
export function formatLocation(problem: Problem): string {
	if (problem.row !== undefined) {
		const column = problem.column ? `, column ${problem.column}` : '';
		return `${problem.file ?? 'file'} row ${problem.row}${column}`;
	}
	const path = formatPath(problem.path);
	return problem.file ? `${problem.file} at ${path}` : path;
}

/** A problem as one line: where, then what. */
export function formatProblem(problem: Problem): string {
	return `${formatLocation(problem)}: ${problem.message}`;
}

const LIST_SCHEMAS = {
	sources: SourceSchema,
	actors: ActorSchema,
	events: EventSchema,
	relations: RelationSchema
} as const;
type ListName = keyof typeof LIST_SCHEMAS;

/** Validates and indexes a parsed JSON value. Never throws. */
export function loadDataset(input: unknown): LoadResult {
	try {
		return load(input);
	} catch (error) {
		// A bug of ours must not cost the user their story: report it as a problem instead.
		const message = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			errors: [{ severity: 'error', path: [], message: `could not be read (${message})` }],
			warnings: []
		};
	}
}

/** Parses JSON text and loads it. Never throws; a syntax error is reported with its position. */
export function loadDatasetText(text: string): LoadResult {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			errors: [{ severity: 'error', path: [], message: `is not valid JSON (${detail})` }],
			warnings: []
		};
	}
	return loadDataset(value);
}

function load(input: unknown): LoadResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return {
			ok: false,
			errors: [
				{
					severity: 'error',
					path: [],
					message: `must be a JSON object with "title", "actors", "events", "relations" and "sources", not ${describeType(input)}`
				}
			],
			warnings: []
		};
	}
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const parsed = DatasetSchema.safeParse(input);
	let data: Dataset;
	if (parsed.success) {
		data = parsed.data;
	} else {
		for (const issue of parsed.error.issues) errors.push(issueToProblem(issue, input));
		data = salvage(input as Record<string, unknown>);
	}
	const raw = input as Record<string, unknown>;
	const story = check(data, raw, errors, warnings);
	if (errors.length > 0) return { ok: false, errors: dedupe(errors), warnings };
	return { ok: true, story, warnings };
}

/** The items of each list that are valid on their own, so that cross-checks can still run. */
function salvage(raw: Record<string, unknown>): Dataset {
	const lists = {} as { [K in ListName]: unknown[] };
	for (const name of Object.keys(LIST_SCHEMAS) as ListName[]) {
		const items = Array.isArray(raw[name]) ? (raw[name] as unknown[]) : [];
		lists[name] = items.map((item) => {
			const result = LIST_SCHEMAS[name].safeParse(item);
			return result.success ? result.data : null;
		});
	}
	return {
		id: 'story',
		title: typeof raw.title === 'string' ? raw.title : 'Untitled',
		...(lists as unknown as Pick<Dataset, ListName>)
	} as Dataset;
}

/** The ids written in a raw list, valid items or not, so that a bad item is not also "unknown". */
function rawIds(raw: Record<string, unknown>, name: ListName): Set<string> {
	const ids = new Set<string>();
	const items = raw[name];
	if (!Array.isArray(items)) return ids;
	for (const item of items) {
		if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') {
			ids.add((item as { id: string }).id);
		}
	}
	return ids;
}

function check(
	data: Dataset,
	raw: Record<string, unknown>,
	errors: Problem[],
	warnings: Problem[]
): Story {
	const error = (path: PathSegment[], message: string) =>
		errors.push({ severity: 'error', path, message });
	const warn = (path: PathSegment[], message: string) =>
		warnings.push({ severity: 'warning', path, message });

	const known = {
		actors: rawIds(raw, 'actors'),
		events: rawIds(raw, 'events'),
		sources: rawIds(raw, 'sources')
	};

	// Duplicate ids, per list.
	for (const name of Object.keys(LIST_SCHEMAS) as ListName[]) {
		const seen = new Map<string, number>();
		(data[name] as ({ id: string } | null)[]).forEach((item, index) => {
			if (!item) return;
			const first = seen.get(item.id);
			if (first !== undefined) {
				error(
					[name, index, 'id'],
					`'${item.id}' is used twice in ${name} (first at ${name}[${first}]); ids must be unique`
				);
			} else seen.set(item.id, index);
		});
	}

	const sourceById = new Map<string, Source>();
	data.sources.forEach((s) => s && !sourceById.has(s.id) && sourceById.set(s.id, s));

	// Events first: relations and actors may refer to their dates.
	const timedEvents: TimedEvent[] = [];
	const eventById = new Map<string, TimedEvent>();
	data.events.forEach((event, index) => {
		if (!event) return;
		const when = parsePartialDate(event.date);
		if (!when) {
			error([`events`, index, 'date'], partialDateProblem(event.date) ?? 'is not a date');
			return;
		}
		let last: PartialDate | undefined;
		if (event.end !== undefined) {
			const parsedEnd = parsePartialDate(event.end);
			if (!parsedEnd) {
				error(['events', index, 'end'], partialDateProblem(event.end) ?? 'is not a date');
			} else if (parsedEnd.end <= when.start) {
				error(
					['events', index, 'end'],
					`'${event.end}' is before the event's date '${event.date}': an event cannot end before it starts`
				);
			} else last = parsedEnd;
		}
		const timed: TimedEvent = {
			...event,
			when,
			...(last ? { last } : {}),
			start: when.start,
			finish: last ? last.end : when.end
		};
		timedEvents.push(timed);
		if (!eventById.has(event.id)) eventById.set(event.id, timed);
	});

	/** A date or an event id, resolved to the first day it means. */
	const resolve = (
		ref: string | undefined,
		path: PathSegment[],
		what: string
	): number | undefined => {
		if (ref === undefined) return undefined;
		if (PARTIAL_DATE_PATTERN.test(ref)) {
			const date = parsePartialDate(ref);
			if (date) return date.start;
			error(path, partialDateProblem(ref) ?? 'is not a date');
			return undefined;
		}
		if (ID_PATTERN.test(ref)) {
			const event = eventById.get(ref);
			if (event) return event.start;
			if (!known.events.has(ref)) {
				error(
					path,
					`'${ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the id of an event, so ${what} is unknown`
				);
			}
			return undefined;
		}
		error(path, `'${ref}' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor an event id`);
		return undefined;
	};

	const checkCitations = (citations: readonly Citation[], path: PathSegment[], what: string) => {
		if (citations.length === 0) warn([...path, 'sources'], `${what} cites no source`);
	};

	checkReferences(raw, known, error);

	const timedActors: TimedActor[] = [];
	const actorById = new Map<string, TimedActor>();
	data.actors.forEach((actor, index) => {
		if (!actor) return;
		const from = resolve(actor.active?.from, ['actors', index, 'active', 'from'], 'the start');
		const until = resolve(actor.active?.until, ['actors', index, 'active', 'until'], 'the end');
		if (from !== undefined && until !== undefined && until <= from) {
			error(
				['actors', index, 'active', 'until'],
				`'${actor.active?.until}' is not after '${actor.active?.from}': an actor's active time must end after it starts`
			);
		}
		const timed: TimedActor = { ...actor, start: from ?? -Infinity, end: until ?? Infinity };
		timedActors.push(timed);
		if (!actorById.has(actor.id)) actorById.set(actor.id, timed);
	});

	data.events.forEach((event, index) => {
		if (!event) return;
		checkCitations(event.sources, ['events', index], `event '${event.id}'`);
	});

	const timedRelations: TimedRelation[] = [];
	data.relations.forEach((relation, index) => {
		if (!relation) return;
		if (relation.from === relation.to) {
			error(
				['relations', index, 'to'],
				`a relation must join two different actors, not '${relation.to}' with itself`
			);
		}
		checkCitations(relation.sources, ['relations', index], `relation '${relation.id}'`);
		const start = resolve(relation.since, ['relations', index, 'since'], 'its start');
		const end = resolve(relation.until, ['relations', index, 'until'], 'its end');
		if (start !== undefined && end !== undefined && end <= start) {
			error(
				['relations', index, 'until'],
				end === start
					? `'${relation.until}' falls on the day the relation starts ('${relation.since}'), so it is never in force`
					: `'${relation.until}' is before '${relation.since}': a relation cannot end before it starts`
			);
		}
		if (start === undefined) return;
		const timed: TimedRelation = {
			...relation,
			directed: relation.directed ?? DIRECTED_BY_DEFAULT.has(relation.kind),
			start,
			end: end ?? Infinity
		};
		timedRelations.push(timed);
		for (const side of ['from', 'to'] as const) {
			const actor = actorById.get(relation[side]);
			if (actor && (start < actor.start || timed.end > actor.end)) {
				warn(
					['relations', index, timed.end > actor.end ? 'until' : 'since'],
					`relation '${relation.id}' is in force while '${actor.id}' is not active; it is shown only while both are`
				);
			}
		}
	});

	checkSteps(data, known, error);

	// Dates that are only written down, never resolved, must still be real.
	if (data.defaultMoment !== undefined && !parsePartialDate(data.defaultMoment)) {
		error(['defaultMoment'], partialDateProblem(data.defaultMoment) ?? 'is not a date');
	}
	data.sources.forEach((source, index) => {
		if (source?.date !== undefined && !parsePartialDate(source.date)) {
			error(['sources', index, 'date'], partialDateProblem(source.date) ?? 'is not a date');
		}
	});

	// Actors and sources nothing mentions are allowed but probably a slip. While there are errors,
	// items that failed to parse would look unmentioned, so these warnings wait until there are none.
	const mentioned = new Set<string>();
	const cited = new Set<string>();
	for (const e of data.events) {
		if (!e) continue;
		e.actors.forEach((a) => mentioned.add(a));
		e.sources.forEach((c) => cited.add(c.source));
	}
	for (const r of data.relations) {
		if (!r) continue;
		mentioned.add(r.from);
		mentioned.add(r.to);
		r.sources.forEach((c) => cited.add(c.source));
	}
	for (const a of data.actors) if (a?.represents) mentioned.add(a.represents);
	data.actors.forEach((actor, index) => {
		if (errors.length === 0 && actor && !mentioned.has(actor.id)) {
			warn(
				['actors', index],
				`actor '${actor.id}' is in no event and no relation, so it never shows`
			);
		}
	});
	data.sources.forEach((source, index) => {
		if (errors.length === 0 && source && !cited.has(source.id))
			warn(['sources', index], `source '${source.id}' is cited nowhere`);
	});

	const events = timedEvents
		.map((event, order) => ({ event, order }))
		.sort((a, b) => a.event.start - b.event.start || a.order - b.order)
		.map(({ event }) => event);
	const span = events.length
		? { start: events[0]!.start, end: Math.max(...events.map((e) => e.finish)) }
		: { start: 0, end: 0 };
	return {
		data,
		actors: timedActors,
		events,
		relations: timedRelations,
		sources: data.sources.filter(Boolean),
		actorById,
		eventById,
		relationById: new Map(timedRelations.map((r) => [r.id, r])),
		sourceById,
		span
	};
}

/**
 * References to actors and sources, checked on the raw input so that an item which fails the
 * schema for one field still has its other references checked.
 */
function checkReferences(
	raw: Record<string, unknown>,
	known: { actors: Set<string>; sources: Set<string> },
	error: (path: PathSegment[], message: string) => void
): void {
	const list = (name: string): Record<string, unknown>[] =>
		Array.isArray(raw[name])
			? (raw[name] as unknown[]).map((item) =>
					item && typeof item === 'object' ? (item as Record<string, unknown>) : {}
				)
			: [];
	const actor = (value: unknown, path: PathSegment[]) => {
		if (typeof value === 'string' && !known.actors.has(value)) {
			error(path, `'${value}' is not the id of any actor`);
		}
	};
	const citations = (value: unknown, path: PathSegment[]) => {
		if (!Array.isArray(value)) return;
		value.forEach((citation: unknown, i) => {
			const source = (citation as { source?: unknown } | null)?.source;
			if (typeof source === 'string' && !known.sources.has(source)) {
				error(
					[...path, 'sources', i, 'source'],
					`'${source}' is not the id of any entry in sources`
				);
			}
		});
	};
	list('actors').forEach((item, index) => actor(item.represents, ['actors', index, 'represents']));
	list('events').forEach((item, index) => {
		if (Array.isArray(item.actors)) {
			item.actors.forEach((id: unknown, i) => actor(id, ['events', index, 'actors', i]));
		}
		citations(item.sources, ['events', index]);
	});
	list('relations').forEach((item, index) => {
		actor(item.from, ['relations', index, 'from']);
		actor(item.to, ['relations', index, 'to']);
		citations(item.sources, ['relations', index]);
	});
}

/** A guided story's steps refer to events and actors that exist. */
function checkSteps(
	data: Dataset,
	known: { actors: Set<string>; events: Set<string> },
	error: (path: PathSegment[], message: string) => void
): void {
	data.story?.forEach((step, index) => {
		if (!step) return;
		if (step.event !== undefined && !known.events.has(step.event)) {
			error(['story', index, 'event'], `'${step.event}' is not the id of any event`);
		}
		step.focus?.forEach((id, i) => {
			if (!known.actors.has(id)) {
				error(['story', index, 'focus', i], `'${id}' is not the id of any actor`);
			}
		});
	});
}

function dedupe(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${formatPath(p.path)}|${p.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return `${value}`;
	if (value === undefined) return 'nothing';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
	let value: unknown = root;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[segment];
	}
	return value;
}

const EXPECTED_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object'
};

/** A zod issue in an author's words. */
function issueToProblem(issue: z.core.$ZodIssue, root: unknown): Problem {
	const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
	const value = valueAt(root, path);
	let message: string;
	switch (issue.code) {
		case 'invalid_type':
			message =
				value === undefined
					? 'is required but missing'
					: `must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, not ${describeType(value)}`;
			break;
		case 'unrecognized_keys':
			message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
				.map((k) => `'${k}'`)
				.join(', ')}: check the spelling against the format`;
			break;
		case 'invalid_value':
			message = `${describeType(value)} is not allowed: use one of ${issue.values
				.map((v) => `'${String(v)}'`)
				.join(', ')}`;
			break;
		case 'invalid_format':
		case 'custom':
			message =
				typeof value === 'string' && issue.message.startsWith('must')
					? `${describeType(value)} ${issue.message}`
					: issue.message;
			break;
		case 'too_small':
			message =
				issue.origin === 'array'
					? issue.message.startsWith('Too small')
						? `needs at least ${String(issue.minimum)} item(s)`
						: issue.message
					: issue.origin === 'string'
						? 'must not be empty'
						: `must be at least ${String(issue.minimum)}`;
			break;
		case 'too_big':
			message =
				issue.origin === 'string'
					? `is too long (at most ${String(issue.maximum)} characters)`
					: `must be at most ${String(issue.maximum)}`;
			break;
		default:
			message = issue.message;
	}
	return { severity: 'error', path, message };
}
