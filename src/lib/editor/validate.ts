/**
 * Live validation: a draft is checked by the model's `loadDataset`, the same rules as import, and
 * each problem is placed on a table, a row and a field of the editor.
 */
import { t } from '../i18n/i18n';
import { formatPath, loadDataset, type LoadResult, type Problem, type Story } from '../model/load';
import { fieldLabel } from './fields';
import { idOf, listOf, TABLE_KEYS, type Draft, type TableKey } from './ops';

/** Where a problem shows in the editor: a row's field, or the story's own fields. */
export interface Place {
	/** `story` for the story's own fields and the story as a whole. */
	readonly table: TableKey | 'meta';
	readonly index: number | null;
	/** The form field the problem is about (`active.from`, `sources`), or null for the row. */
	readonly field: string | null;
}

export interface LocatedProblem extends Problem {
	readonly place: Place;
}

export interface Check {
	readonly result: LoadResult;
	readonly problems: readonly LocatedProblem[];
	/** The story as the views draw it, when the draft has no errors. */
	readonly story: Story | null;
}

/** Places a problem's JSON path on the editor. */
export function placeOf(path: Problem['path']): Place {
	const [head, index, ...rest] = path;
	const table = TABLE_KEYS.find((t) => t === head);
	if (!table) {
		return { table: 'meta', index: null, field: typeof head === 'string' ? head : null };
	}
	if (typeof index !== 'number') return { table, index: null, field: null };
	// Nested values belong to the field that holds them: `sources[0].source` is the citations field.
	const names: string[] = [];
	for (const segment of rest) {
		if (typeof segment === 'number') break;
		names.push(segment);
	}
	return { table, index, field: names.length ? names.join('.') : null };
}

export function checkDraft(draft: Draft): Check {
	const result = loadDataset(draft);
	const all = [...(result.ok ? [] : result.errors), ...result.warnings];
	const problems = all.map((p) => ({ ...p, place: placeOf(p.path) }));
	return { result, problems, story: result.ok ? result.story : null };
}

/** The problems of one row, by field (`''` for the row as a whole). */
export function problemsOfRow(
	problems: readonly LocatedProblem[],
	table: TableKey | 'meta',
	index: number | null
): Map<string, LocatedProblem[]> {
	const out = new Map<string, LocatedProblem[]>();
	for (const p of problems) {
		if (p.place.table !== table || p.place.index !== index) continue;
		const key = p.place.field ?? '';
		out.set(key, [...(out.get(key) ?? []), p]);
	}
	return out;
}

/** A list of the story as a whole, as problem lists name it ("events"). */
function listName(table: TableKey): string {
	switch (table) {
		case 'actors':
			return t('actors');
		case 'events':
			return t('events');
		case 'relations':
			return t('relations');
		case 'sources':
			return t('sources');
		case 'story':
			return t('story');
	}
}

/** A row by its number: "events row 2", "step 3". */
function rowName(table: TableKey, n: number): string {
	switch (table) {
		case 'actors':
			return t('actors row {n}', { n });
		case 'events':
			return t('events row {n}', { n });
		case 'relations':
			return t('relations row {n}', { n });
		case 'sources':
			return t('sources row {n}', { n });
		case 'story':
			return t('step {n}', { n });
	}
}

/**
 * Where, in words: "events row 2 (summit), field Date". A row's field goes by its label; the
 * story's own fields go by their names in the format ("story, field defaultMoment").
 */
export function describePlace(problem: LocatedProblem, draft: Draft): string {
	const { table, index, field } = problem.place;
	if (table === 'meta') return field ? t('story, field {field}', { field }) : t('the story');
	if (index === null) return listName(table);
	const item = listOf(draft, table)[index];
	const id = item ? idOf(item) : '';
	const n = index + 1;
	const row =
		table !== 'story' && id ? t('{row} ({id})', { row: rowName(table, n), id }) : rowName(table, n);
	return field ? t('{row}, field {field}', { row, field: fieldLabel(table, field) }) : row;
}

export { formatPath };
