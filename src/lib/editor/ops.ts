/**
 * The editor's edits: pure functions from a draft to a new draft, and a history of drafts for
 * undo and redo. No DOM, no Svelte. A draft is a dataset as the author is writing it: it has the
 * shape of the format but may break its rules (the model's `loadDataset` says where).
 */
import { language, locale, t, tn } from '../i18n/i18n';
import type { Actor, Dataset, Relation, Source, Step, StoryEvent } from '../model/schema';

/** A story being written. Items keep the format's shape; their values may be wrong. */
export type Draft = Dataset;

/**
 * The lists an author edits as tables, by their names in the format (`story`: the guided story's
 * steps, in order). Another list is one more entry in `TABLE_KEYS`.
 */
export const TABLE_KEYS = ['actors', 'events', 'relations', 'sources', 'story'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];
export interface ItemOf {
	actors: Actor;
	events: StoryEvent;
	relations: Relation;
	sources: Source;
	story: Step;
}
export type Item = ItemOf[TableKey];

/** The story's own fields (not in a list). */
export const META_FIELDS = ['id', 'title', 'description', 'credit', 'defaultMoment'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export type Edit =
	| { readonly type: 'add'; readonly table: TableKey; readonly item: Item; readonly index?: number }
	| {
			readonly type: 'update';
			readonly table: TableKey;
			readonly index: number;
			/** A field name, or a dotted path for nested fields (`active.from`). */
			readonly field: string;
			/** `undefined` or `''` removes an optional field. */
			readonly value: unknown;
	  }
	| { readonly type: 'remove'; readonly table: TableKey; readonly index: number }
	| { readonly type: 'move'; readonly table: TableKey; readonly from: number; readonly to: number }
	| { readonly type: 'meta'; readonly field: MetaField; readonly value: string }
	| { readonly type: 'replace'; readonly draft: Draft };

/** A story with nothing in it yet (its title in the author's language, to write over). */
export function blankDraft(): Draft {
	return {
		id: 'my-story',
		title: t('Untitled story'),
		sources: [],
		actors: [],
		events: [],
		relations: []
	};
}

/** Reads a field of an item by its (possibly dotted) name. */
export function getField(item: object, field: string): unknown {
	let value: unknown = item;
	for (const key of field.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

const isEmpty = (value: unknown) => value === undefined || value === '';

/** Whether two field values are the same (an absent field and an empty one are). */
function same(a: unknown, b: unknown): boolean {
	if (isEmpty(a) && isEmpty(b)) return true;
	return JSON.stringify(a) === JSON.stringify(b);
}

/** A copy of `item` with the field set; an empty value removes it (and an emptied parent). */
export function setField<T extends object>(item: T, field: string, value: unknown): T {
	const [key, ...rest] = field.split('.') as [string, ...string[]];
	const record = item as Record<string, unknown>;
	let next: unknown = value;
	if (rest.length > 0) {
		const parent = record[key];
		const inner = setField(
			parent && typeof parent === 'object' ? (parent as object) : {},
			rest.join('.'),
			value
		);
		next = Object.keys(inner).length === 0 ? undefined : inner;
	}
	const copy = { ...record };
	if (isEmpty(next)) delete copy[key];
	else copy[key] = next;
	return copy as T;
}

function withList<K extends TableKey>(draft: Draft, table: K, list: ItemOf[K][]): Draft {
	// The guided story is optional: with its last step gone, it is gone (and not an empty list).
	if (table === 'story' && list.length === 0) {
		const { story: _gone, ...rest } = draft;
		return rest;
	}
	return { ...draft, [table]: list };
}

/** A list of the draft (empty where the draft has none: a story without guided steps). */
export function listOf<K extends TableKey>(draft: Draft, table: K): ItemOf[K][] {
	return (draft[table] ?? []) as ItemOf[K][];
}

/** An item's id; a step has none. */
export function idOf(item: object): string {
	const id = (item as { id?: unknown }).id;
	return typeof id === 'string' ? id : '';
}

/** Applies one edit. Pure: `draft` is not changed; an edit that does not apply returns it. */
export function applyEdit(draft: Draft, edit: Edit): Draft {
	switch (edit.type) {
		case 'replace':
			return edit.draft;
		case 'meta':
			if (same(draft[edit.field], edit.value)) return draft;
			return setField(draft, edit.field, edit.value);
		case 'add': {
			const list = [...listOf(draft, edit.table)];
			const at = Math.max(0, Math.min(edit.index ?? list.length, list.length));
			list.splice(at, 0, edit.item);
			return withList(draft, edit.table, list);
		}
		case 'update': {
			const list = listOf(draft, edit.table);
			const item = list[edit.index];
			if (!item || same(getField(item, edit.field), edit.value)) return draft;
			const copy = [...list];
			copy[edit.index] = setField(item, edit.field, edit.value);
			return withList(draft, edit.table, copy);
		}
		case 'remove': {
			const list = listOf(draft, edit.table);
			if (!list[edit.index]) return draft;
			return withList(
				draft,
				edit.table,
				list.filter((_, i) => i !== edit.index)
			);
		}
		case 'move': {
			const list = [...listOf(draft, edit.table)];
			if (!list[edit.from] || edit.to < 0 || edit.to >= list.length) return draft;
			const [item] = list.splice(edit.from, 1);
			list.splice(edit.to, 0, item!);
			return withList(draft, edit.table, list);
		}
	}
}

/** Undo and redo as a list of drafts: every step is a whole, immutable draft. */
export interface History {
	readonly past: readonly Draft[];
	readonly present: Draft;
	readonly future: readonly Draft[];
	/** What the last step was, so that typing in one field makes one step, not one per key. */
	readonly lastKey: string | null;
}

export function startHistory(draft: Draft): History {
	return { past: [], present: draft, future: [], lastKey: null };
}

/** The key under which consecutive edits merge into one undo step (typing in one field). */
function mergeKey(edit: Edit): string | null {
	if (edit.type === 'update') return `${edit.table}|${edit.index}|${edit.field}`;
	if (edit.type === 'meta') return `meta|${edit.field}`;
	return null;
}

/**
 * Records an edit. With `merge`, an update of the same field as the step before replaces that
 * step's result instead of adding a step. An edit that changes nothing adds no step.
 */
export function commit(history: History, edit: Edit, merge = false): History {
	const next = applyEdit(history.present, edit);
	if (next === history.present) return history;
	const key = mergeKey(edit);
	if (merge && key !== null && key === history.lastKey && history.past.length > 0) {
		return { past: history.past, present: next, future: [], lastKey: key };
	}
	return { past: [...history.past, history.present], present: next, future: [], lastKey: key };
}

export function undo(history: History): History {
	const previous = history.past.at(-1);
	if (previous === undefined) return history;
	return {
		past: history.past.slice(0, -1),
		present: previous,
		future: [history.present, ...history.future],
		lastKey: null
	};
}

export function redo(history: History): History {
	const [next, ...rest] = history.future;
	if (next === undefined) return history;
	return { past: [...history.past, history.present], present: next, future: rest, lastKey: null };
}

/** Ends a run of merged typing, so that the next edit of the same field is a step of its own. */
export function seal(history: History): History {
	return history.lastKey === null ? history : { ...history, lastKey: null };
}

/** Something that names an item by its id. */
export interface Reference {
	readonly table: TableKey;
	readonly index: number;
	/** The id of the item that refers (a step: "step 3", in the reader's language). */
	readonly id: string;
	readonly field: string;
}

/** Everything in the draft that names the item `id` of `table`. */
export function referencesTo(draft: Draft, table: TableKey, id: string): Reference[] {
	const out: Reference[] = [];
	const add = (from: TableKey, index: number, itemId: string, field: string) =>
		out.push({ table: from, index, id: itemId, field });
	if (table === 'sources') {
		draft.events.forEach((e, i) => {
			if (e.sources?.some((c) => c.source === id)) add('events', i, e.id, 'sources');
		});
		draft.relations.forEach((r, i) => {
			if (r.sources?.some((c) => c.source === id)) add('relations', i, r.id, 'sources');
		});
	} else if (table === 'actors') {
		draft.actors.forEach((a, i) => {
			if (a.represents === id) add('actors', i, a.id, 'represents');
		});
		draft.events.forEach((e, i) => {
			if (e.actors?.includes(id)) add('events', i, e.id, 'actors');
		});
		draft.relations.forEach((r, i) => {
			if (r.from === id) add('relations', i, r.id, 'from');
			else if (r.to === id) add('relations', i, r.id, 'to');
		});
		listOf(draft, 'story').forEach((s, i) => {
			if (s.focus?.includes(id)) add('story', i, t('step {n}', { n: i + 1 }), 'focus');
		});
	} else if (table === 'events') {
		draft.actors.forEach((a, i) => {
			if (a.active?.from === id) add('actors', i, a.id, 'active.from');
			else if (a.active?.until === id) add('actors', i, a.id, 'active.until');
		});
		draft.relations.forEach((r, i) => {
			if (r.since === id) add('relations', i, r.id, 'since');
			else if (r.until === id) add('relations', i, r.id, 'until');
		});
		listOf(draft, 'story').forEach((s, i) => {
			if (s.event === id) add('story', i, t('step {n}', { n: i + 1 }), 'event');
		});
	}
	return out;
}

/** The stem of a new item's id (ids are data: they stay in English whatever the interface). */
const SINGULAR: Record<TableKey, string> = {
	actors: 'actor',
	events: 'event',
	relations: 'relation',
	sources: 'source',
	story: 'step'
};

/** "2 events ('summit', 'treaty')": a count of one table's items and their ids. */
function referrers(table: TableKey, ids: readonly string[]): string {
	const n = ids.length;
	const named = (table === 'story' ? ids : ids.map((id) => `'${id}'`)).join(', ');
	switch (table) {
		case 'actors':
			return tn(n, '{n} actor ({ids})', '{n} actors ({ids})', { ids: named });
		case 'events':
			return tn(n, '{n} event ({ids})', '{n} events ({ids})', { ids: named });
		case 'relations':
			return tn(n, '{n} relation ({ids})', '{n} relations ({ids})', { ids: named });
		case 'sources':
			return tn(n, '{n} source ({ids})', '{n} sources ({ids})', { ids: named });
		case 'story':
			return tn(n, '{n} step ({ids})', '{n} steps ({ids})', { ids: named });
	}
}

/** "a, b and c" as the reader writes a list (in English without a comma before "and"). */
function andList(parts: readonly string[]): string {
	const tag = language() === 'en' ? 'en-GB' : locale();
	return new Intl.ListFormat(tag, { type: 'conjunction' }).format(parts);
}

/** "2 events ('summit', 'treaty') and 1 relation ('pact') cite this source", or null when nothing refers. */
export function describeReferences(table: TableKey, refs: readonly Reference[]): string | null {
	if (refs.length === 0) return null;
	const groups = new Map<TableKey, string[]>();
	for (const ref of refs) {
		const ids = groups.get(ref.table) ?? [];
		if (!ids.includes(ref.id)) ids.push(ref.id);
		groups.set(ref.table, ids);
	}
	const list = andList([...groups].map(([from, ids]) => referrers(from, ids)));
	// The verb agrees with the number of references: one names, several name.
	const n = refs.length;
	switch (table) {
		case 'actors':
			return tn(n, '{list} names this actor', '{list} name this actor', { list });
		case 'events':
			return tn(n, '{list} names this event', '{list} name this event', { list });
		case 'relations':
			return tn(n, '{list} names this relation', '{list} name this relation', { list });
		case 'sources':
			return tn(n, '{list} cites this source', '{list} cite this source', { list });
		case 'story':
			return tn(n, '{list} names this step', '{list} name this step', { list });
	}
}

/** An id not yet used in the list: `actor-1`, `actor-2`… */
export function freshId(draft: Draft, table: TableKey, base: string = SINGULAR[table]): string {
	const used = new Set(listOf(draft, table).map(idOf));
	const stem = /^[A-Za-z]/.test(base) ? base : `${SINGULAR[table]}-${base}`;
	if (!used.has(stem) && stem !== SINGULAR[table]) return stem;
	for (let n = 1; ; n++) {
		const id = `${stem}-${n}`;
		if (!used.has(id)) return id;
	}
}

/** A new item for a table, with the format's defaults filled in so that a download round-trips. */
export function newItem(draft: Draft, table: TableKey): Item {
	const id = freshId(draft, table);
	switch (table) {
		case 'actors':
			return { id, name: '', kind: 'country' };
		case 'events':
			return {
				id,
				date: '',
				title: '',
				summary: '',
				kind: 'other',
				actors: [],
				sources: [],
				importance: 3
			};
		case 'relations':
			return { id, from: '', to: '', kind: 'partnership', since: '', sources: [] };
		case 'sources':
			return { id, title: '' };
		case 'story':
			// A step shows an event; the author picks it (an empty one is a problem on the field).
			return { event: draft.events[0]?.id ?? '' };
	}
}

/** A copy of an item under a fresh id, placed after it. */
export function duplicateEdit(draft: Draft, table: TableKey, index: number): Edit | null {
	const item = listOf(draft, table)[index];
	if (!item) return null;
	const copy =
		table === 'story'
			? structuredClone(item)
			: { ...structuredClone(item), id: freshId(draft, table, idOf(item) || SINGULAR[table]) };
	return { type: 'add', table, item: copy, index: index + 1 };
}
