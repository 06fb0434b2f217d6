/**
 * The CSV tables of a story, declared once: each column's name, the dataset field it fills and
 * how its cells read. Reading (`loadCsvFiles`), writing (`datasetToCsvFiles`), the templates'
 * headers and the place of every problem (`events.csv row 7, column date`) all follow this list,
 * and whether a column is required is read from the zod schema. Adding a column is one line.
 */
import type { z } from 'zod';
import {
	ActorSchema,
	DatasetSchema,
	EventKindSchema,
	EventSchema,
	RelationKindSchema,
	RelationSchema,
	SourceSchema,
	StepSchema
} from './schema';

/**
 * How a cell reads: `text` as written; `date` is text that must be a partial date; `list` splits
 * on `;`, `,` or spaces; `boolean` takes yes/no/true/false/1/0; `integer` a whole number;
 * `citations` is a list of source ids whose quotes and notes are in the `quote`, `note`,
 * `source_note`, `quote_2`, `source_note_2`, … columns (one pair per source of the row, in order).
 */
export type ColumnType = 'text' | 'date' | 'list' | 'boolean' | 'integer' | 'citations';

export interface ColumnSpec {
	/** The column's name in the header (snake_case; headers are matched loosely). */
	readonly column: string;
	/** The field it fills, as a path inside one row's item: `['active', 'from']`. */
	readonly field: readonly string[];
	readonly type: ColumnType;
	/** A header without this column is refused; read from the zod shape of the item. */
	readonly required: boolean;
	/** Its text may be translated: a column `title@fr` holds its French (the item's `translations`). */
	readonly translatable: boolean;
}

export interface TableSpec {
	readonly name: TableName;
	/** Where the rows go in the dataset: a list (`['events']`), or the dataset itself (`[]`). */
	readonly path: readonly string[];
	readonly columns: readonly ColumnSpec[];
	/** A story cannot be opened without it. */
	readonly needed: boolean;
	/** What one row is, for messages: `actor`. */
	readonly item: string;
	/** A table of one row (the story's own fields), not a list. */
	readonly single?: boolean;
}

export type TableName =
	'story' | 'sources' | 'actors' | 'events' | 'relations' | 'kinds' | 'event-kinds' | 'steps';

type Shape = Record<string, z.ZodType>;
type Column = [column: string, type?: ColumnType, field?: string];

/** The fields an item's `translations` may hold (its schema's `translations` record). */
function translatableFields(shape: Shape): ReadonlySet<string> {
	const translations = shape.translations as
		z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject>> | undefined;
	return new Set(Object.keys(translations?.unwrap().valueType.shape ?? {}));
}

/** A column of `shape`; required when the item's schema refuses it absent. */
function columns(shape: Shape, list: readonly Column[], optional: readonly string[] = []) {
	const translatable = translatableFields(shape);
	return list.map(([column, type = 'text', field = column]): ColumnSpec => {
		const path = field.split('.');
		const required = !optional.includes(column) && !shape[path[0]!]!.safeParse(undefined).success;
		return { column, field: path, type, required, translatable: translatable.has(field) };
	});
}

/** The tables, in the order they are listed; each column in the order the templates use. */
export const CSV_SPEC: readonly TableSpec[] = [
	{
		name: 'actors',
		path: ['actors'],
		needed: true,
		item: 'actor',
		columns: columns(ActorSchema.shape, [
			['id'],
			['name'],
			['short_name', 'text', 'shortName'],
			['kind'],
			['represents'],
			['role'],
			['active_from', 'date', 'active.from'],
			['active_until', 'date', 'active.until'],
			['description']
		])
	},
	{
		name: 'events',
		path: ['events'],
		needed: true,
		item: 'event',
		columns: columns(EventSchema.shape, [
			['id'],
			['date', 'date'],
			['end', 'date'],
			['title'],
			['summary'],
			['kind'],
			['actors', 'list'],
			['place'],
			['sources', 'citations'],
			['importance', 'integer']
		])
	},
	{
		name: 'relations',
		path: ['relations'],
		needed: false,
		item: 'relation',
		columns: columns(RelationSchema.shape, [
			['id'],
			['from'],
			['to'],
			['kind'],
			['directed', 'boolean'],
			['since', 'date'],
			['until', 'date'],
			['label'],
			['note'],
			['sources', 'citations']
		])
	},
	{
		name: 'sources',
		path: ['sources'],
		needed: false,
		item: 'source',
		columns: columns(SourceSchema.shape, [
			['id'],
			['title'],
			['publisher'],
			['url'],
			['date', 'date']
		])
	},
	{
		name: 'story',
		path: [],
		needed: false,
		item: 'story',
		single: true,
		// The id can be made from the title, and the title from the file names.
		columns: columns(
			DatasetSchema.shape,
			[
				['id'],
				['title'],
				['description'],
				['credit'],
				['default_moment', 'date', 'defaultMoment'],
				['lang']
			],
			['id']
		)
	},
	{
		name: 'kinds',
		path: ['kinds', 'relations'],
		needed: false,
		item: 'relation kind',
		columns: columns(RelationKindSchema.shape, [
			['id'],
			['label'],
			['verb'],
			['directed', 'boolean'],
			['line', 'text', 'style.line'],
			['colour', 'text', 'style.colour']
		])
	},
	{
		name: 'event-kinds',
		path: ['kinds', 'events'],
		needed: false,
		item: 'event kind',
		columns: columns(EventKindSchema.shape, [
			['id'],
			['label'],
			['shape', 'text', 'style.shape'],
			['colour', 'text', 'style.colour']
		])
	},
	{
		// A guided story, one row per step in order: the dataset's `story`.
		name: 'steps',
		path: ['story'],
		needed: false,
		item: 'step',
		columns: columns(StepSchema.shape, [
			['event'],
			['moment', 'date'],
			['title'],
			['caption'],
			['focus', 'list']
		])
	}
];

export const TABLE_SPEC = Object.fromEntries(CSV_SPEC.map((t) => [t.name, t])) as Record<
	TableName,
	TableSpec
>;

/** The tables of a story, in the order they are listed. */
export const TABLES: readonly TableName[] = CSV_SPEC.map((t) => t.name);

/** The companion columns of a `citations` column: `quote`, `source_note` for the first source, then `quote_2`, `source_note_2`… */
export function citationColumns(count: number): string[] {
	const out: string[] = [];
	for (let k = 1; k <= Math.max(1, count); k++) {
		const suffix = k === 1 ? '' : `_${k}`;
		out.push(`quote${suffix}`, `source_note${suffix}`);
	}
	return out;
}

export const CITATION_COLUMN = /^(quote|source_note)(?:_([1-9]\d?))?$/;

/** A translation's column: a text column, `@` and a language tag (`title@fr`, `name@pt-BR`). */
export const TRANSLATION_COLUMN = /^([^@]+)@(.*)$/;

/** The header of each table, in template order (with one quote and note per row's sources). */
export const CSV_COLUMNS = Object.fromEntries(
	CSV_SPEC.map((t) => [
		t.name,
		t.columns.flatMap((c) =>
			c.type === 'citations' ? [c.column, ...citationColumns(1)] : [c.column]
		)
	])
) as unknown as Record<TableName, readonly string[]>;

/** Columns a table cannot do without. */
export const REQUIRED_COLUMNS = Object.fromEntries(
	CSV_SPEC.map((t) => [t.name, t.columns.filter((c) => c.required).map((c) => c.column)])
) as unknown as Record<TableName, readonly string[]>;
