/**
 * Stories written as spreadsheets: `actors.csv`, `events.csv`, and optionally `relations.csv`,
 * `sources.csv`, `story.csv`, `kinds.csv`, `event-kinds.csv` and `steps.csv`, read with Papa Parse and checked by `loadDataset`.
 * The columns of each table are declared once in csv-spec.ts. Every problem is told as a
 * spreadsheet user finds it: `events.csv row 7, column date`, where the header is row 1 and the
 * first data row is row 2 (a quoted cell with line breaks stays one row). Files saved by European
 * spreadsheets (`;` between cells), with a byte order mark or with CRLF line ends read the same.
 */
import Papa from 'papaparse';
import { formatCsvRows, restoreCell } from './csv-cell';
import {
	CITATION_COLUMN,
	CSV_COLUMNS,
	CSV_SPEC,
	TABLE_SPEC,
	TRANSLATION_COLUMN,
	citationColumns,
	type ColumnSpec,
	type TableName,
	type TableSpec
} from './csv-spec';
import { loadDataset, type LoadResult } from './load';
import { t, tn } from '../i18n/i18n';
import { failed, fileProblem, neverThrows, type PathSegment, type Problem } from './problems';
import { ID_PATTERN, isLanguageTag, type DatasetInput } from './schema';

export { CSV_COLUMNS, CSV_SPEC, REQUIRED_COLUMNS, TABLES } from './csv-spec';
export type { ColumnSpec, ColumnType, TableName, TableSpec } from './csv-spec';

/** A file's name and its text. */
export interface TextFile {
	readonly name: string;
	readonly text: string;
}

/**
 * `shortName`, `Short name`, ` short-name ` → `short_name`; a translation's column keeps its
 * language tag, canonical: `Short name@fr-ca` → `short_name@fr-CA`.
 */
export function normalizeColumn(header: string): string {
	const translation = TRANSLATION_COLUMN.exec(header);
	if (translation) {
		const tag = translation[2]!.trim();
		return `${normalizeColumn(translation[1]!)}@${isLanguageTag(tag) ? Intl.getCanonicalLocales(tag)[0]! : tag}`;
	}
	return header
		.trim()
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

const TABLE_NAME_PATTERN =
	/(stor(?:y|ies)|sources?|actors?|event[-_ ]?kinds?|events?|relations?|steps?|(?:relation[-_ ]?)?kinds?)\.csv$/i;

/** The table a file name stands for: `events.csv`, `cuba-events.csv`, `Event.CSV` → `events`. */
export function tableOfName(name: string): TableName | null {
	const match = TABLE_NAME_PATTERN.exec(name.trim());
	if (!match) return null;
	const word = match[1]!.toLowerCase();
	if (word.startsWith('stor')) return 'story';
	if (word.startsWith('event') && /kinds?$/.test(word)) return 'event-kinds';
	if (word.endsWith('kind') || word.endsWith('kinds')) return 'kinds';
	return (word.endsWith('s') ? word : `${word}s`) as TableName;
}

/** A table guessed from its header, for files named otherwise. */
function tableOfHeader(columns: ReadonlySet<string>): TableName | null {
	if (columns.has('from') && columns.has('to')) return 'relations';
	if (columns.has('caption') || columns.has('focus')) return 'steps';
	if (columns.has('date') && columns.has('title') && columns.has('kind')) return 'events';
	if (columns.has('name') && columns.has('kind')) return 'actors';
	if (columns.has('title') && (columns.has('url') || columns.has('publisher'))) return 'sources';
	if (columns.has('label') && (columns.has('verb') || columns.has('line'))) return 'kinds';
	if (columns.has('label') && columns.has('shape')) return 'event-kinds';
	return null;
}

/** A parsed table: its header and its data rows, with the spreadsheet row number of each. */
interface Table {
	readonly spec: TableSpec;
	readonly file: string;
	/** Normalized column name → the header as the file writes it. */
	readonly header: Map<string, string>;
	/** Normalized column name → its index in a row. */
	readonly index: Map<string, number>;
	readonly rows: { readonly cells: readonly string[]; readonly row: number }[];
	/** The columns that hold translations (`title@fr`): each one's name, language and field. */
	readonly translations: readonly { column: string; tag: string; field: readonly string[] }[];
}

/**
 * Loads a story from CSV files chosen together. Never throws: every problem comes back with the
 * file, row and column it is in.
 *
 * @example loadCsvFiles([{ name: 'actors.csv', text }, { name: 'events.csv', text }])
 */
export function loadCsvFiles(files: readonly TextFile[]): LoadResult {
	return neverThrows(
		() => loadTables(files),
		(problem) => failed([problem]),
		files.map((f) => f.name).join(', ')
	);
}

function loadTables(files: readonly TextFile[]): LoadResult {
	const problems: Problem[] = [];
	const report: Report = (file, message, place = {}, severity = 'error') =>
		problems.push(fileProblem(file, message, place, severity));

	const tables = new Map<TableName, Table>();
	for (const file of files) {
		const table = parseTable(file, report);
		if (!table) continue;
		const other = tables.get(table.spec.name);
		if (other) {
			report(
				file.name,
				t('is a second {table} table (the first is {file}): choose one file per table', {
					table: table.spec.name,
					file: other.file
				})
			);
			continue;
		}
		tables.set(table.spec.name, table);
	}
	// A needed table that no file is named for is missing (a file that is named for it but could
	// not be read has said so already).
	const named = new Set(files.map((f) => tableOfName(f.name)));
	const needed = CSV_SPEC.filter((s) => s.needed).map((s) => `${s.name}.csv`);
	if (files.length === 0) report('CSV', t('no file was given'));
	for (const spec of CSV_SPEC) {
		if (files.length > 0 && spec.needed && !tables.has(spec.name) && !named.has(spec.name)) {
			report(
				`${spec.name}.csv`,
				t(
					'is missing: choose {actors} and {events} together (with relations.csv and sources.csv if you have them)',
					{ actors: needed[0]!, events: needed[1]! }
				)
			);
		}
	}

	// Columns missing from a header are reported once, not again on every row.
	const missing = new Set<string>();
	for (const table of tables.values()) {
		for (const column of table.spec.columns) {
			if (!column.required || table.index.has(column.column)) continue;
			missing.add(`${table.file}|${column.column}`);
			report(
				table.file,
				t("has no column '{column}': the header (row 1) must name it. Columns are: {columns}", {
					column: column.column,
					columns: CSV_COLUMNS[table.spec.name].join(', ')
				}),
				{ row: 1, column: column.column }
			);
		}
	}

	const built = buildDataset(tables, files, report);
	const result = built ? loadDataset(built.dataset) : null;
	const located = (list: readonly Problem[]) => (built ? list.map(built.locate) : []);
	const fromData = result ? (result.ok ? [] : located(result.errors)) : [];
	const errors = [
		...problems.filter((p) => p.severity === 'error'),
		...fromData.filter(
			(p) =>
				!missing.has(`${p.file}|${p.column}`) &&
				// "needs at least one": said already, at the header of the empty table.
				!(p.path.length === 1 && tables.get(p.path[0] as TableName)?.rows.length === 0)
		)
	];
	// Problems read top to bottom: by file as chosen, then by row (sort is stable within a row).
	const order = new Map(files.map((f, i) => [f.name, i]));
	const byPlace = (a: Problem, b: Problem) =>
		(order.get(a.file ?? '') ?? -1) - (order.get(b.file ?? '') ?? -1) ||
		(a.row ?? 0) - (b.row ?? 0);
	const warnings = [
		...problems.filter((p) => p.severity === 'warning'),
		...located(result?.warnings ?? [])
	].sort(byPlace);
	if (errors.length > 0 || !result?.ok) return failed(errors.sort(byPlace), warnings);
	return { ok: true, story: result.story, warnings };
}

type Report = (
	file: string,
	message: string,
	place?: { row?: number; column?: string },
	severity?: Problem['severity']
) => void;

/** The separator of a file: the one of `,`, `;` and tab its header row uses most. */
function delimiterOf(text: string): string {
	const line = text.slice(0, text.search(/\r|\n|$/));
	const count = (c: string) => line.split(c).length;
	return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function quoteMessage(code: string, message: string): string {
	switch (code) {
		case 'MissingQuotes':
			return t(
				'has a quotation mark (") that opens a cell and never closes, so the rest of the file reads as one cell: close it, and write "" for a quotation mark inside a quoted cell'
			);
		case 'InvalidQuotes':
			return t(
				'has text after the closing quotation mark of a cell: quote the whole cell, and write "" for a quotation mark inside it'
			);
		default:
			return message;
	}
}

/** A needed table with no rows, in words for its item. */
function noRows(item: string): string {
	switch (item) {
		case 'actor':
			return t('has no rows below the header: a story needs at least one actor');
		case 'event':
			return t('has no rows below the header: a story needs at least one event');
		default:
			return t('has no rows below the header: a story needs at least one {item}', { item });
	}
}

function parseTable(file: TextFile, report: Report): Table | null {
	const text = file.text.replace(/^\uFEFF/, '');
	if (text.includes('\u0000')) {
		report(file.name, t('is not a text file: save the table as CSV (UTF-8) and choose that'));
		return null;
	}
	if (text.trim() === '') {
		report(
			file.name,
			t('is empty: it needs a header row naming the columns, then one row per item')
		);
		return null;
	}
	const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), header: false });
	// A cell Entente wrote with a leading ' (so no spreadsheet runs it) reads as it was.
	const rows = parsed.data.map((row) => row.map(restoreCell));
	const headerCells = rows[0] ?? [];
	const header = new Map<string, string>();
	const index = new Map<string, number>();
	headerCells.forEach((cell, i) => {
		const column = normalizeColumn(cell);
		if (column === '') return;
		if (index.has(column)) {
			report(file.name, t("names the column '{column}' twice: keep one", { column }), {
				row: 1,
				column: cell.trim()
			});
			return;
		}
		index.set(column, i);
		header.set(column, cell.trim());
	});
	// Papa reports a bad quote twice (invalid, then unclosed) at one row: the first says it.
	const quote = parsed.errors.find((e) => e.type === 'Quotes' && e.row !== undefined);
	if (quote) {
		const cells = rows[quote.row!] ?? [];
		const cell = headerCells[Math.max(0, cells.length - 1)]?.trim();
		report(file.name, quoteMessage(quote.code, quote.message), {
			row: quote.row! + 1,
			...(cell ? { column: cell } : {})
		});
	}
	const name = tableOfName(file.name) ?? tableOfHeader(new Set(index.keys()));
	if (!name) {
		report(
			file.name,
			t("is not one of the story's tables: name it {names} or {last}", {
				names: CSV_SPEC.slice(0, -1)
					.map((spec) => `${spec.name}.csv`)
					.join(', '),
				last: `${CSV_SPEC[CSV_SPEC.length - 1]!.name}.csv`
			})
		);
		return null;
	}
	const spec = TABLE_SPEC[name];
	const columns = CSV_COLUMNS[name];
	const known = new Set<string>(spec.columns.map((c) => c.column));
	const cites = spec.columns.some((c) => c.type === 'citations');
	const translations: Table['translations'][number][] = [];
	for (const [column, written] of header) {
		const translation = TRANSLATION_COLUMN.exec(column);
		const text = translation && spec.columns.find((c) => c.column === translation[1]);
		if (text?.translatable) {
			const tag = translation![2]!;
			if (isLanguageTag(tag)) translations.push({ column, tag, field: text.field });
			else
				report(
					file.name,
					t(
						"has a column '{column}' whose language '{tag}' is not a language tag (BCP 47): write the column's name, @ and a tag such as fr or pt-BR ({example})",
						{ column: written, tag, example: `${text.column}@fr` }
					),
					{ row: 1, column: written }
				);
			continue;
		}
		if (!known.has(column) && !(cites && CITATION_COLUMN.test(column))) {
			report(
				file.name,
				t(
					"has a column '{column}' that Entente does not use, so it is ignored. Columns of {table}.csv are: {columns}",
					{ column: written, table: name, columns: columns.join(', ') }
				),
				{ row: 1, column: written },
				'warning'
			);
		}
	}
	const unnamed = headerCells.some((cell) => normalizeColumn(cell) === '');
	const data: { cells: readonly string[]; row: number }[] = [];
	for (let i = 1; i < rows.length; i++) {
		const cells = rows[i]!;
		const row = i + 1;
		// Spreadsheets add rows of empty cells below the data: skip them.
		if (cells.every((c) => c.trim() === '')) continue;
		if (
			cells.length > headerCells.length &&
			cells.slice(headerCells.length).some((c) => c.trim())
		) {
			report(
				file.name,
				t(
					'has {cells} cells but the header names {columns} columns: a cell with a comma must be quoted ("like, this")',
					{ cells: String(cells.length), columns: String(headerCells.length) }
				),
				{ row }
			);
		}
		if (
			unnamed &&
			cells.some((c, j) => c.trim() !== '' && normalizeColumn(headerCells[j] ?? 'x') === '')
		) {
			report(
				file.name,
				t('has a value in a column without a name in the header, so it is ignored'),
				{ row },
				'warning'
			);
		}
		data.push({ cells, row });
	}
	if (data.length === 0 && (spec.needed || spec.single)) {
		report(
			file.name,
			spec.single
				? t('has no row below the header: add one row with the story title')
				: noRows(spec.item),
			{ row: 1 }
		);
	}
	if (spec.single && data.length > 1) {
		report(
			file.name,
			t('has more than one row: only the first is used'),
			{ row: data[1]!.row },
			'warning'
		);
	}
	return { spec, file: file.name, header, index, rows: data, translations };
}

interface Built {
	readonly dataset: DatasetInput;
	/** Adds the file, row and column to a problem found in the built dataset. */
	locate(problem: Problem): Problem;
}

const split = (value: string | undefined): string[] =>
	value ? value.split(/[;,\s]+/).filter((item) => item !== '') : [];

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
	let object = target;
	for (const key of path.slice(0, -1)) {
		object[key] ??= {};
		object = object[key] as Record<string, unknown>;
	}
	object[path.at(-1)!] = value;
}

function getAt(source: unknown, path: readonly PathSegment[]): unknown {
	let value = source;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[key];
	}
	return value;
}

/** One row as a dataset item, following its table's columns. */
function readRow(table: Table, cells: readonly string[], row: number, report: Report) {
	const cell = (column: string): string | undefined => {
		const i = table.index.get(column);
		const value = i === undefined ? undefined : cells[i]?.trim();
		return value ? value : undefined;
	};
	const out: Record<string, unknown> = {};
	for (const column of table.spec.columns) {
		const value = cell(column.column);
		if (column.type === 'citations') {
			out[column.field[0]!] = readCitations(table, split(value), cell, row, report);
			continue;
		}
		if (column.type === 'list') {
			if (value !== undefined) setAt(out, column.field, split(value));
			continue;
		}
		if (value === undefined) continue;
		setAt(
			out,
			column.field,
			column.type === 'boolean'
				? booleanOrText(value)
				: column.type === 'integer'
					? numberOrText(value)
					: value
		);
	}
	for (const { column, tag, field } of table.translations) {
		const value = cell(column);
		if (value !== undefined) setAt(out, ['translations', tag, ...field], value);
	}
	return out;
}

/** A quote or note beyond the sources the row names. */
function citationProblem(quote: boolean, k: number, ids: number): string {
	if (ids === 0)
		return quote
			? t(
					'has a quote but the row names no source: put the id of the source it comes from in the sources column'
				)
			: t(
					'has a note but the row names no source: put the id of the source it comes from in the sources column'
				);
	const params = { k: String(k), n: String(ids) };
	return quote
		? tn(
				ids,
				'has a quote for source {k} but the row names {n} source in the sources column',
				'has a quote for source {k} but the row names {n} sources in the sources column',
				params
			)
		: tn(
				ids,
				'has a note for source {k} but the row names {n} source in the sources column',
				'has a note for source {k} but the row names {n} sources in the sources column',
				params
			);
}

/** Sources with the quote and note of each: `quote`/`source_note`, then `quote_2`/`source_note_2`… */
function readCitations(
	table: Table,
	ids: readonly string[],
	cell: (column: string) => string | undefined,
	row: number,
	report: Report
) {
	for (const column of table.index.keys()) {
		const match = CITATION_COLUMN.exec(column);
		const k = match ? Number(match[2] ?? 1) : 0;
		if (k > ids.length && cell(column) !== undefined) {
			report(table.file, citationProblem(match![1] === 'quote', k, ids.length), {
				row,
				column: table.header.get(column) ?? column
			});
		}
	}
	return ids.map((source, i) => {
		const suffix = i === 0 ? '' : `_${i + 1}`;
		const quote = cell(`quote${suffix}`);
		const note = cell(`source_note${suffix}`);
		return {
			source,
			...(quote !== undefined ? { quote } : {}),
			...(note !== undefined ? { note } : {})
		};
	});
}

function buildDataset(
	tables: ReadonlyMap<TableName, Table>,
	files: readonly TextFile[],
	report: Report
): Built | null {
	if (CSV_SPEC.some((s) => s.needed && !tables.has(s.name))) return null;
	const dataset: Record<string, unknown> = { sources: [], relations: [] };
	for (const table of tables.values()) {
		const items = table.rows.map(({ cells, row }) => readRow(table, cells, row, report));
		if (table.spec.single) Object.assign(dataset, items[0] ?? {});
		// A steps.csv with only its header is no guided story (the steps fall back to the events).
		else if (table.spec.name === 'steps' && items.length === 0) continue;
		else setAt(dataset, table.spec.path, items);
	}
	dataset.title ??= titleFromNames(files);
	dataset.id ??= idFromTitle(String(dataset.title));

	const locate = (problem: Problem): Problem => {
		const found = placeOf(tables, problem.path);
		if (!found) return problem;
		const { table, row, column } = found;
		return {
			...problem,
			// An absent field is an empty cell in a spreadsheet.
			...(problem.message === t('is required but missing') && column
				? { message: t('is empty, but every row needs one') }
				: {}),
			file: table.file,
			...(row !== undefined ? { row } : {}),
			...(column ? { column: table.header.get(column) ?? column } : {})
		};
	};
	return { dataset: dataset as unknown as DatasetInput, locate };
}

/** The table, row and column that hold the value at a JSON path of the built dataset. */
function placeOf(
	tables: ReadonlyMap<TableName, Table>,
	path: readonly PathSegment[]
): { table: Table; row?: number; column?: string } | null {
	for (const table of tables.values()) {
		const { path: at, single } = table.spec;
		if (single) continue;
		if (!at.every((key, i) => path[i] === key)) continue;
		const index = path[at.length];
		if (typeof index !== 'number') return { table };
		const row = table.rows[index]?.row;
		const column = columnAt(table.spec.columns, path.slice(at.length + 1));
		return { table, ...(row !== undefined ? { row } : {}), ...(column ? { column } : {}) };
	}
	const story = tables.get('story');
	const column = columnAt(TABLE_SPEC.story.columns, path);
	if (story && column && path.length > 0) {
		const row = story.rows[0]?.row;
		return { table: story, ...(row !== undefined ? { row } : {}), column };
	}
	return null;
}

/** The column of a path inside one item: the one whose field it is in, or that is inside it. */
function columnAt(
	columns: readonly ColumnSpec[],
	rest: readonly PathSegment[]
): string | undefined {
	if (rest.length === 0) return undefined;
	// `translations.fr.title`: the column `title@fr`.
	if (rest[0] === 'translations' && typeof rest[1] === 'string') {
		const text = columns.find((c) => c.field.join('.') === rest.slice(2).join('.'));
		return text ? `${text.column}@${rest[1]}` : undefined;
	}
	const within = columns.find((c) => c.field.every((key, i) => rest[i] === key));
	if (within?.type === 'citations') {
		const [, k, field] = rest.slice(within.field.length);
		if (typeof k === 'number' && (field === 'quote' || field === 'note'))
			return `${field === 'note' ? 'source_note' : field}${k === 0 ? '' : `_${k + 1}`}`;
		return within.column;
	}
	return within?.column ?? columns.find((c) => rest.every((key, i) => c.field[i] === key))?.column;
}

function numberOrText(value: string): number | string {
	return /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function booleanOrText(value: string): boolean | string {
	const lower = value.toLowerCase();
	if (['true', 'yes', 'y', '1'].includes(lower)) return true;
	if (['false', 'no', 'n', '0'].includes(lower)) return false;
	return value;
}

/** `cuba-1962-events.csv` and `cuba-1962-actors.csv` → `Cuba 1962`; plain names → `Untitled story`. */
export function titleFromNames(files: readonly TextFile[]): string {
	const prefixes = files.map((f) => {
		const base = f.name.replace(/^.*[\\/]/, '');
		const match = TABLE_NAME_PATTERN.exec(base);
		return (match ? base.slice(0, match.index) : '').replace(/[\s_.-]+$/, '');
	});
	const prefix = prefixes.find((p) => p !== '');
	if (!prefix) return t('Untitled story');
	const words = prefix.replace(/[_-]+/g, ' ').trim().slice(0, 200);
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A valid id from a title: `Cuba 1962` → `cuba-1962`, `Suomi ja Nato` → `suomi-ja-nato`. */
export function idFromTitle(title: string): string {
	const slug = title
		.toLowerCase()
		.normalize('NFC')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^[^\p{L}]+|-+$/gu, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return ID_PATTERN.test(slug) ? slug : 'story';
}

/** A cell as written: lists joined by `; `, flags as true/false. */
function formatCell(value: unknown, column: ColumnSpec): string {
	if (value === undefined || value === null) return '';
	if (column.type === 'list' && Array.isArray(value)) return value.join('; ');
	return String(value);
}

type Citations = readonly { source: string; quote?: string; note?: string }[] | undefined;

/** Tables written only when the story has rows for them. */
const ONLY_WHEN_USED: ReadonlySet<TableName> = new Set(['kinds', 'event-kinds', 'steps']);

/**
 * Writes a dataset as the CSV tables `loadCsvFiles` reads: every table of the spec (kinds.csv and
 * event-kinds.csv only when the story declares such kinds, steps.csv only when it has a guided story), each source's quote and note in its own columns. Fixed
 * graph positions have no column and are left out.
 */
export function datasetToCsvFiles(dataset: DatasetInput, prefix = ''): TextFile[] {
	return CSV_SPEC.flatMap((spec): TextFile[] => {
		const value = getAt(dataset, spec.path);
		const items = (spec.single ? [dataset] : Array.isArray(value) ? value : []) as unknown[];
		if (ONLY_WHEN_USED.has(spec.name) && items.length === 0) return [];
		// As many quote and note columns as the most cited row needs.
		const citing = spec.columns.find((c) => c.type === 'citations');
		const pairs = citing
			? Math.max(1, ...items.map((item) => ((getAt(item, citing.field) as Citations) ?? []).length))
			: 0;
		// A column per translated text and language, after the others: `title@fr`.
		const translated = items.flatMap((item) =>
			Object.entries((item as { translations?: Record<string, object> }).translations ?? {})
		);
		const translations = [...new Set(translated.map(([tag]) => tag))].flatMap((tag) =>
			spec.columns
				.filter((c) => c.translatable)
				.filter((c) => translated.some(([t, texts]) => t === tag && getAt(texts, c.field)))
				.map((c) => ({
					...c,
					column: `${c.column}@${tag}`,
					field: ['translations', tag, ...c.field]
				}))
		);
		const header = [...spec.columns, ...translations].flatMap((c) =>
			c.type === 'citations' ? [c.column, ...citationColumns(pairs)] : [c.column]
		);
		const rows = items.map((item) =>
			[...spec.columns, ...translations].flatMap((c) => {
				const cell = getAt(item, c.field);
				if (c.type !== 'citations') return [formatCell(cell, c)];
				const list = (cell as Citations) ?? [];
				return [
					list.map((s) => s.source).join('; '),
					...Array.from({ length: pairs }, (_, k) => [
						list[k]?.quote ?? '',
						list[k]?.note ?? ''
					]).flat()
				];
			})
		);
		return [{ name: `${prefix}${spec.name}.csv`, text: `${formatCsvRows([header, ...rows])}\n` }];
	});
}
