/**
 * What a JSON Schema cannot say about a story, as a list of small rules. Each reads the data the
 * schema let through (`null` where an item failed it) and the raw input (so that a reference to
 * an item that failed the schema is not also called unknown), and returns its problems.
 */
import { t } from '../i18n/i18n';
import { eventKinds, type EventKindInfo } from './event-kinds';
import { lookAlikes, relationKinds, type RelationKindInfo } from './kinds';
import { parsePartialDate, partialDateProblem } from './dates';
import type { PathSegment, Problem } from './problems';
import type { Dataset } from './schema';
import { dayOf, eventTimes, resolveRef, type RefPart } from './timing';

export type Raw = Record<string, unknown>;

export interface Rule {
	readonly name: string;
	readonly check: (data: Dataset, raw: Raw) => Problem[];
	/** Warnings that would mislead while items fail the schema (they look unmentioned). */
	readonly onlyWhenValid?: boolean;
}

const error = (path: PathSegment[], message: string): Problem => ({
	severity: 'error',
	path,
	message
});
const warning = (path: PathSegment[], message: string): Problem => ({
	severity: 'warning',
	path,
	message
});

/** The items of a raw list as objects (anything else as an empty one). */
function rawItems(raw: Raw, name: string): Record<string, unknown>[] {
	const items = raw[name];
	return Array.isArray(items)
		? items.map((item) =>
				item && typeof item === 'object' ? (item as Record<string, unknown>) : {}
			)
		: [];
}

/** The ids written in a raw list, valid items or not. */
export function rawIds(raw: Raw, name: string): Set<string> {
	return new Set(
		rawItems(raw, name).flatMap((item) => (typeof item.id === 'string' ? [item.id] : []))
	);
}

const LISTS = ['sources', 'actors', 'events', 'relations'] as const;

/** Lists of items with ids, with their paths: the four lists and the declared kinds. */
function idLists(data: Dataset): [PathSegment[], readonly ({ id: string } | null)[]][] {
	return [
		...LISTS.map((name): [PathSegment[], readonly ({ id: string } | null)[]] => [
			[name],
			data[name]
		]),
		[['kinds', 'relations'], data.kinds?.relations ?? []],
		[['kinds', 'events'], data.kinds?.events ?? []]
	];
}

export const uniqueIds: Rule = {
	name: 'ids are unique in their list',
	check: (data) =>
		idLists(data).flatMap(([path, items]) => {
			const name = path.join('.');
			const seen = new Map<string, number>();
			const out: Problem[] = [];
			items.forEach((item, index) => {
				if (!item) return;
				const first = seen.get(item.id);
				if (first === undefined) seen.set(item.id, index);
				else
					out.push(
						error(
							[...path, index, 'id'],
							t("'{id}' is used twice in {list} (first at {list}[{first}]); ids must be unique", {
								id: item.id,
								list: name,
								first: String(first)
							})
						)
					);
			});
			return out;
		})
};

export const eventDates: Rule = {
	name: 'events have real dates and end after they start',
	check: (data) =>
		data.events.flatMap((event, index) => {
			if (!event) return [];
			const when = parsePartialDate(event.date);
			if (!when)
				return [
					error(['events', index, 'date'], partialDateProblem(event.date) ?? t('is not a date'))
				];
			if (event.end === undefined) return [];
			const end = parsePartialDate(event.end);
			if (!end)
				return [
					error(['events', index, 'end'], partialDateProblem(event.end) ?? t('is not a date'))
				];
			return end.end <= when.start
				? [
						error(
							['events', index, 'end'],
							t(
								"'{end}' is before the event's date '{date}': an event cannot end before it starts",
								{
									end: event.end,
									date: event.date
								}
							)
						)
					]
				: [];
		})
};

export const references: Rule = {
	name: 'actors and sources referred to exist',
	check: (_data, raw) => {
		const actors = rawIds(raw, 'actors');
		const sources = rawIds(raw, 'sources');
		const out: Problem[] = [];
		const actor = (value: unknown, path: PathSegment[]) => {
			if (typeof value === 'string' && !actors.has(value))
				out.push(error(path, t("'{id}' is not the id of any actor", { id: value })));
		};
		const citations = (value: unknown, path: PathSegment[]) => {
			if (!Array.isArray(value)) return;
			value.forEach((citation: unknown, i) => {
				const source = (citation as { source?: unknown } | null)?.source;
				if (typeof source === 'string' && !sources.has(source))
					out.push(
						error(
							[...path, 'sources', i, 'source'],
							t("'{id}' is not the id of any entry in sources", { id: source })
						)
					);
			});
		};
		rawItems(raw, 'actors').forEach((item, index) =>
			actor(item.represents, ['actors', index, 'represents'])
		);
		rawItems(raw, 'events').forEach((item, index) => {
			if (Array.isArray(item.actors))
				item.actors.forEach((id: unknown, i) => actor(id, ['events', index, 'actors', i]));
			citations(item.sources, ['events', index]);
		});
		rawItems(raw, 'relations').forEach((item, index) => {
			actor(item.from, ['relations', index, 'from']);
			actor(item.to, ['relations', index, 'to']);
			citations(item.sources, ['relations', index]);
		});
		return out;
	}
};

/**
 * The kinds of one list (`relations` or `events`): declared ids that are not built-in ones,
 * declared kinds that look like another without colour, and uses of kinds nobody declared.
 */
function kindProblems(
	list: 'relations' | 'events',
	kinds: ReadonlyMap<string, RelationKindInfo | EventKindInfo>,
	data: Dataset,
	raw: Raw
): Problem[] {
	const declaredKinds: readonly ({ id: string } | null)[] = data.kinds?.[list] ?? [];
	// A declared kind that failed the schema is reported there, not again at each use.
	const declared = rawIds((raw.kinds ?? {}) as Raw, list);
	const out: Problem[] = [];
	declaredKinds.forEach((kind, index) => {
		if (kind && kinds.get(kind.id)?.builtIn)
			out.push(
				error(
					['kinds', list, index, 'id'],
					t("'{id}' is a built-in kind already: give the declared kind another id", { id: kind.id })
				)
			);
	});
	const index = new Map(declaredKinds.map((k, i) => [k?.id, i]));
	for (const [id, like] of lookAlikes(kinds)) {
		const kind = kinds.get(id)!;
		const field = 'shape' in kind ? 'shape' : 'line';
		const message =
			'shape' in kind
				? t(
						"kind '{id}' would be drawn like '{like}' (a {shape} mark), so the two are told apart only by colour: choose another style.shape",
						{ id, like, shape: kind.shape }
					)
				: t(
						"kind '{id}' would be drawn like '{like}' (a {pattern} line), so the two are told apart only by colour: choose another style.line",
						{ id, like, pattern: kind.style.pattern }
					);
		out.push(warning(['kinds', list, index.get(id) ?? 0, 'style', field], message));
	}
	const names = [...kinds.keys()].map((k) => `'${k}'`).join(', ');
	(data[list] as readonly ({ kind: string } | null)[]).forEach((item, i) => {
		if (item && !kinds.has(item.kind) && !declared.has(item.kind))
			out.push(
				error(
					[list, i, 'kind'],
					t("'{kind}' is not allowed: use one of {names}, or declare it in kinds.{list}", {
						kind: item.kind,
						names,
						list
					})
				)
			);
	});
	return out;
}

export const knownKinds: Rule = {
	name: 'relation kinds are built in or declared, and look different',
	check: (data, raw) => kindProblems('relations', relationKinds(data.kinds?.relations), data, raw)
};

export const knownEventKinds: Rule = {
	name: 'event kinds are built in or declared, and look different',
	check: (data, raw) => kindProblems('events', eventKinds(data.kinds?.events), data, raw)
};

/** Resolves a date or event id to its first day, adding a problem at `path` when it cannot. */
function dayOrProblem(
	times: ReturnType<typeof eventTimes>,
	known: ReadonlySet<string>,
	out: Problem[]
): (ref: string | undefined, path: PathSegment[], what: RefPart) => number | undefined {
	return (ref, path, what) => {
		if (ref === undefined) return undefined;
		const r = resolveRef(ref, times, known, what);
		if ('problem' in r) out.push(error(path, r.problem));
		return 'day' in r ? r.day : undefined;
	};
}

export const activeTimes: Rule = {
	name: "actors' active times resolve and end after they start",
	check: (data, raw) => {
		const times = eventTimes(data);
		const known = rawIds(raw, 'events');
		return data.actors.flatMap((actor, index) => {
			if (!actor?.active) return [];
			const out: Problem[] = [];
			const day = dayOrProblem(times, known, out);
			const from = day(actor.active.from, ['actors', index, 'active', 'from'], 'the start');
			const until = day(actor.active.until, ['actors', index, 'active', 'until'], 'the end');
			if (from !== undefined && until !== undefined && until <= from)
				out.push(
					error(
						['actors', index, 'active', 'until'],
						t("'{until}' is not after '{from}': an actor's active time must end after it starts", {
							until: String(actor.active.until),
							from: String(actor.active.from)
						})
					)
				);
			return out;
		});
	}
};

export const relationTimes: Rule = {
	name: 'relations join two actors and are in force for at least a day',
	check: (data, raw) => {
		const times = eventTimes(data);
		const known = rawIds(raw, 'events');
		return data.relations.flatMap((relation, index) => {
			if (!relation) return [];
			const out: Problem[] = [];
			if (relation.from === relation.to)
				out.push(
					error(
						['relations', index, 'to'],
						t("a relation must join two different actors, not '{id}' with itself", {
							id: relation.to
						})
					)
				);
			const day = dayOrProblem(times, known, out);
			const start = day(relation.since, ['relations', index, 'since'], 'its start');
			const end = day(relation.until, ['relations', index, 'until'], 'its end');
			if (start !== undefined && end !== undefined && end <= start)
				out.push(
					error(
						['relations', index, 'until'],
						end === start
							? t(
									"'{until}' falls on the day the relation starts ('{since}'), so it is never in force",
									{ until: String(relation.until), since: String(relation.since) }
								)
							: t("'{until}' is before '{since}': a relation cannot end before it starts", {
									until: String(relation.until),
									since: String(relation.since)
								})
					)
				);
			return out;
		});
	}
};

export const writtenDates: Rule = {
	name: 'dates that are only shown are real',
	check: (data) => [
		...(data.defaultMoment !== undefined && !parsePartialDate(data.defaultMoment)
			? [error(['defaultMoment'], partialDateProblem(data.defaultMoment) ?? t('is not a date'))]
			: []),
		...data.sources.flatMap((source, index) =>
			source?.date !== undefined && !parsePartialDate(source.date)
				? [error(['sources', index, 'date'], partialDateProblem(source.date) ?? t('is not a date'))]
				: []
		)
	]
};

export const startingView: Rule = {
	name: 'the starting view is a stretch of real dates',
	check: (data) => {
		if (!data.view) return [];
		const from = parsePartialDate(data.view.start);
		const to = parsePartialDate(data.view.end);
		const out = [];
		if (!from)
			out.push(error(['view', 'start'], partialDateProblem(data.view.start) ?? t('is not a date')));
		if (!to)
			out.push(error(['view', 'end'], partialDateProblem(data.view.end) ?? t('is not a date')));
		if (from && to && to.end <= from.start) {
			out.push(
				error(
					['view', 'end'],
					t('the view ends ({end}) before it starts ({start})', {
						end: data.view.end,
						start: data.view.start
					})
				)
			);
		}
		return out;
	}
};

export const cited: Rule = {
	name: 'events and relations cite a source',
	check: (data) => [
		...data.events.flatMap((e, index) =>
			e && e.sources.length === 0
				? [warning(['events', index, 'sources'], t("event '{id}' cites no source", { id: e.id }))]
				: []
		),
		...data.relations.flatMap((r, index) =>
			r && r.sources.length === 0
				? [
						warning(
							['relations', index, 'sources'],
							t("relation '{id}' cites no source", { id: r.id })
						)
					]
				: []
		)
	]
};

export const whileActive: Rule = {
	name: 'relations are in force while their actors are active',
	check: (data) => {
		const times = eventTimes(data);
		const active = new Map(
			data.actors.flatMap((a) =>
				a
					? [
							[
								a.id,
								{
									start: dayOf(a.active?.from, times) ?? -Infinity,
									end: dayOf(a.active?.until, times) ?? Infinity
								}
							] as const
						]
					: []
			)
		);
		return data.relations.flatMap((relation, index) => {
			const start = relation && dayOf(relation.since, times);
			if (!relation || start === undefined) return [];
			const end = dayOf(relation.until, times) ?? Infinity;
			return (['from', 'to'] as const).flatMap((side) => {
				const actor = active.get(relation[side]);
				return actor && (start < actor.start || end > actor.end)
					? [
							warning(
								['relations', index, end > actor.end ? 'until' : 'since'],
								t(
									"relation '{id}' is in force while '{actor}' is not active; it is shown only while both are",
									{ id: relation.id, actor: relation[side] }
								)
							)
						]
					: [];
			});
		});
	}
};

export const mentioned: Rule = {
	name: 'actors and sources are used somewhere',
	onlyWhenValid: true,
	check: (data) => {
		const actors = new Set<string>();
		const sources = new Set<string>();
		for (const e of data.events) {
			e?.actors.forEach((a) => actors.add(a));
			e?.sources.forEach((c) => sources.add(c.source));
		}
		for (const r of data.relations) {
			if (!r) continue;
			actors.add(r.from).add(r.to);
			r.sources.forEach((c) => sources.add(c.source));
		}
		for (const a of data.actors) if (a?.represents) actors.add(a.represents);
		return [
			...data.actors.flatMap((a, index) =>
				a && !actors.has(a.id)
					? [
							warning(
								['actors', index],
								t("actor '{id}' is in no event and no relation, so it never shows", { id: a.id })
							)
						]
					: []
			),
			...data.sources.flatMap((s, index) =>
				s && !sources.has(s.id)
					? [warning(['sources', index], t("source '{id}' is cited nowhere", { id: s.id }))]
					: []
			)
		];
	}
};

export const guidedSteps: Rule = {
	name: "a guided story's steps name events and actors that exist",
	check: (data, raw) => {
		const events = rawIds(raw, 'events');
		const actors = rawIds(raw, 'actors');
		return (data.story ?? []).flatMap((step, index) => {
			if (!step) return [];
			const out: Problem[] = [];
			if (step.event !== undefined && !events.has(step.event)) {
				out.push(
					error(
						['story', index, 'event'],
						t("'{id}' is not the id of any event", { id: step.event })
					)
				);
			}
			step.focus?.forEach((id, i) => {
				if (!actors.has(id))
					out.push(
						error(['story', index, 'focus', i], t("'{id}' is not the id of any actor", { id }))
					);
			});
			return out;
		});
	}
};

/** Every rule, in the order their problems are listed. */
export const RULES: readonly Rule[] = [
	uniqueIds,
	eventDates,
	references,
	knownKinds,
	knownEventKinds,
	activeTimes,
	relationTimes,
	cited,
	whileActive,
	writtenDates,
	guidedSteps,
	startingView,
	mentioned
];

/** Runs the rules; those that need a valid story run only when the others found no error. */
export function checkRules(data: Dataset, raw: Raw, errorsSoFar: number): Problem[] {
	const problems = RULES.filter((r) => !r.onlyWhenValid).flatMap((r) => r.check(data, raw));
	const errors = errorsSoFar + problems.filter((p) => p.severity === 'error').length;
	if (errors > 0) return problems;
	return [...problems, ...RULES.filter((r) => r.onlyWhenValid).flatMap((r) => r.check(data, raw))];
}
