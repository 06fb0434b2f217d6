/**
 * Stories written as spreadsheets: `actors.csv`, `events.csv`, `relations.csv`, and optionally
 * `sources.csv`, `story.csv` and `steps.csv` (a guided story), read with d3-dsv and checked by `loadDataset`. Every problem is
 * told as a spreadsheet user finds it: `events.csv row 7, column date`, where the header is row 1
 * and the first data row is row 2 (a quoted cell with line breaks stays one row).
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { ID_PATTERN, type DatasetInput } from './schema';
import { loadDataset, type LoadResult, type PathSegment, type Problem } from './load';

/** A file's name and its text. */
export interface TextFile {
	readonly name: string;
	readonly text: string;
}

export type TableName = 'story' | 'sources' | 'actors' | 'events' | 'relations' | 'steps';

/** The columns of each table, in the order the templates use. */
export const CSV_COLUMNS = {
	story: ['id', 'title', 'description', 'credit', 'default_moment'],
	sources: ['id', 'title', 'publisher', 'url', 'date'],
	actors: [
		'id',
		'name',
		'short_name',
		'kind',
		'represents',
		'role',
		'active_from',
		'active_until',
		'description'
	],
	events: [
		'id',
		'date',
		'end',
		'title',
		'summary',
		'kind',
		'actors',
		'place',
		'sources',
		'quote',
		'importance'
	],
	relations: [
		'id',
		'from',
		'to',
		'kind',
		'directed',
		'since',
		'until',
		'label',
		'note',
		'sources',
		'quote'
	],
	/** A guided story, one row per step in order: the dataset's `story`. */
	steps: ['event', 'moment', 'title', 'caption', 'focus']
} as const satisfies Record<TableName, readonly string[]>;

/** Columns a table cannot do without. */
export const REQUIRED_COLUMNS: Record<TableName, readonly string[]> = {
	story: ['title'],
	sources: ['id', 'title'],
	actors: ['id', 'name', 'kind'],
	events: ['id', 'date', 'title', 'kind'],
	relations: ['id', 'from', 'to', 'kind', 'since'],
	steps: []
};

/** The tables of a story, in the order they are listed; actors and events are needed. */
export const TABLES: readonly TableName[] = [
	'actors',
	'events',
	'relations',
	'sources',
	'story',
	'steps'
];
const NEEDED_TABLES: readonly TableName[] = ['actors', 'events'];

/** Which JSON field each column fills, where the names differ. */
const FIELD_OF_COLUMN: Record<string, string> = {
	short_name: 'shortName',
	default_moment: 'defaultMoment'
};

/** `shortName`, `Short name`, ` short-name ` → `short_name`. */
export function normalizeColumn(header: string): string {
	return header
		.trim()
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

const TABLE_NAME_PATTERN = /(stor(?:y|ies)|sources?|actors?|events?|relations?|steps?)\.csv$/i;

/** The table a file name stands for: `events.csv`, `cuba-events.csv`, `Event.CSV` → `events`. */
export function tableOfName(name: string): TableName | null {
	const match = TABLE_NAME_PATTERN.exec(name.trim());
	if (!match) return null;
	const word = match[1]!.toLowerCase();
	if (word.startsWith('stor')) return 'story';
	return (word.endsWith('s') ? word : `${word}s`) as TableName;
}

/** A table guessed from its header, for files named otherwise. */
function tableOfHeader(columns: ReadonlySet<string>): TableName | null {
	if (columns.has('from') && columns.has('to')) return 'relations';
	if (columns.has('caption') || columns.has('focus')) return 'steps';
	if (columns.has('date') && columns.has('title') && columns.has('kind')) return 'events';
	if (columns.has('name') && columns.has('kind')) return 'actors';
	if (columns.has('title') && (columns.has('url') || columns.has('publisher'))) return 'sources';
	return null;
}

/** A parsed table: its header and its data rows, with the spreadsheet row number of each. */
interface Table {
	readonly name: TableName;
	readonly file: string;
	/** Normalized column name → the header as the file writes it. */
	readonly header: Map<string, string>;
	/** Normalized column name → its index in a row. */
	readonly index: Map<string, number>;
	readonly rows: { readonly cells: readonly string[]; readonly row: number }[];
}

/**
 * Loads a story from CSV files chosen together. Never throws: every problem comes back with the
 * file, row and column it is in.
 *
 * @example loadCsvFiles([{ name: 'actors.csv', text }, { name: 'events.csv', text }])
 */
export function loadCsvFiles(files: readonly TextFile[]): LoadResult {
	try {
		return loadTables(files);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			errors: [
				{
					severity: 'error',
					path: [],
					file: files.map((f) => f.name).join(', '),
					message: `could not be read (${message})`
				}
			],
			warnings: []
		};
	}
}

function loadTables(files: readonly TextFile[]): LoadResult {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const fileError = (file: string, message: string, row?: number, column?: string) =>
		errors.push({
			severity: 'error',
			path: [],
			file,
			message,
			...(row !== undefined ? { row } : {}),
			...(column !== undefined ? { column } : {})
		});
	const fileWarning = (file: string, message: string, row?: number, column?: string) =>
		warnings.push({
			severity: 'warning',
			path: [],
			file,
			message,
			...(row !== undefined ? { row } : {}),
			...(column !== undefined ? { column } : {})
		});

	const tables = new Map<TableName, Table>();
	for (const file of files) {
		const table = parseTable(file, fileError, fileWarning);
		if (!table) continue;
		const other = tables.get(table.name);
		if (other) {
			fileError(
				file.name,
				`is a second ${table.name} table (the first is ${other.file}): choose one file per table`
			);
			continue;
		}
		tables.set(table.name, table);
	}
	// A needed table that no file is named for is missing (a file that is named for it but could
	// not be read has said so already).
	const named = new Set(files.map((f) => tableOfName(f.name)));
	if (files.length === 0) fileError('CSV', 'no file was given');
	else {
		for (const name of NEEDED_TABLES) {
			if (!tables.has(name) && !named.has(name)) {
				fileError(
					`${name}.csv`,
					`is missing: choose ${NEEDED_TABLES.map((n) => `${n}.csv`).join(' and ')} together (with relations.csv and sources.csv if you have them)`
				);
			}
		}
	}

	// Columns missing from a header are reported once, not again on every row.
	const missing = new Set<string>();
	for (const table of tables.values()) {
		for (const column of REQUIRED_COLUMNS[table.name]) {
			if (!table.index.has(column)) {
				missing.add(`${table.file}|${column}`);
				fileError(
					table.file,
					`has no column '${column}': the header (row 1) must name it. Columns are: ${CSV_COLUMNS[table.name].join(', ')}`,
					1,
					column
				);
			}
		}
	}

	// Problems read top to bottom: by file as chosen, then by row (sort is stable within a row).
	const fileOrder = new Map(files.map((f, i) => [f.name, i]));
	const byPlace = (a: Problem, b: Problem) =>
		(fileOrder.get(a.file ?? '') ?? -1) - (fileOrder.get(b.file ?? '') ?? -1) ||
		(a.row ?? 0) - (b.row ?? 0);
	const built = buildDataset(tables, files, errors);
	if (!built) return { ok: false, errors, warnings };
	const result = loadDataset(built.dataset);
	const locate = (problem: Problem) => built.locate(problem);
	const located = {
		errors: result.ok ? [] : result.errors.map(locate),
		warnings: result.warnings.map(locate)
	};
	const allErrors = [
		...errors,
		...located.errors.filter(
			(p) =>
				!missing.has(`${p.file}|${p.column}`) &&
				// "needs at least one": said already, at the header of the empty table.
				!(p.path.length === 1 && tables.get(p.path[0] as TableName)?.rows.length === 0)
		)
	];
	const allWarnings = [...warnings, ...located.warnings].sort(byPlace);
	allErrors.sort(byPlace);
	if (allErrors.length > 0 || !result.ok) {
		return { ok: false, errors: allErrors, warnings: allWarnings };
	}
	return { ok: true, story: result.story, warnings: allWarnings };
}

type Report = (file: string, message: string, row?: number, column?: string) => void;

function parseTable(file: TextFile, error: Report, warning: Report): Table | null {
	const text = file.text.replace(/^\uFEFF/, '');
	if (text.includes('\u0000')) {
		error(file.name, 'is not a text file: save the table as CSV (UTF-8) and choose that');
		return null;
	}
	if (text.trim() === '') {
		error(file.name, 'is empty: it needs a header row naming the columns, then one row per item');
		return null;
	}
	const quote = quoteProblem(text);
	if (quote) error(file.name, quote.message, quote.row);
	const rows = csvParseRows(text);
	const headerCells = rows[0] ?? [];
	const header = new Map<string, string>();
	const index = new Map<string, number>();
	headerCells.forEach((cell, i) => {
		const column = normalizeColumn(cell);
		if (column === '') return;
		if (index.has(column)) {
			error(file.name, `names the column '${column}' twice: keep one`, 1, cell.trim());
			return;
		}
		index.set(column, i);
		header.set(column, cell.trim());
	});
	const name = tableOfName(file.name) ?? tableOfHeader(new Set(index.keys()));
	if (!name) {
		error(
			file.name,
			`is not one of the story's tables: name it actors.csv, events.csv, relations.csv, sources.csv, story.csv or steps.csv`
		);
		return null;
	}
	const known = new Set<string>(CSV_COLUMNS[name]);
	for (const [column, written] of header) {
		if (!known.has(column)) {
			warning(
				file.name,
				`has a column '${written}' that Entente does not use, so it is ignored. Columns of ${name}.csv are: ${CSV_COLUMNS[name].join(', ')}`,
				1,
				written
			);
		}
	}
	const unnamed = headerCells.findIndex((cell) => normalizeColumn(cell) === '');
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
			error(
				file.name,
				`has ${cells.length} cells but the header names ${headerCells.length} columns: a cell with a comma must be quoted ("like, this")`,
				row
			);
		}
		if (
			unnamed >= 0 &&
			cells.some((c, j) => c.trim() !== '' && normalizeColumn(headerCells[j] ?? 'x') === '')
		) {
			warning(
				file.name,
				'has a value in a column without a name in the header, so it is ignored',
				row
			);
		}
		data.push({ cells, row });
	}
	if (data.length === 0 && name !== 'relations' && name !== 'sources') {
		error(
			file.name,
			name === 'story'
				? 'has no row below the header: add one row with the story title'
				: `has no rows below the header: a story needs at least one ${name === 'actors' ? 'actor' : 'event'}`,
			1
		);
	}
	if (name === 'story' && data.length > 1) {
		warning(file.name, 'has more than one row: only the first is used', data[1]!.row);
	}
	return { name, file: file.name, header, index, rows: data };
}

/**
 * Finds a quotation mark that opens a cell and never closes (the rest of the file would become
 * one cell), or text after a closing quotation mark. Returns the row where it starts.
 */
export function quoteProblem(text: string): { row: number; message: string } | null {
	let row = 1;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (fieldStart && c === 34) {
			const openRow = row;
			let j = i + 1;
			for (;;) {
				if (j >= text.length) {
					return {
						row: openRow,
						message:
							'has a quotation mark (") that opens a cell and never closes, so the rest of the file reads as one cell: close it, and write "" for a quotation mark inside a quoted cell'
					};
				}
				const d = text.charCodeAt(j);
				if (d === 34) {
					if (text.charCodeAt(j + 1) === 34) j += 2;
					else break;
				} else {
					// Line breaks inside a quoted cell belong to the same row.
					j += 1;
				}
			}
			i = j;
			const next = text.charCodeAt(i + 1);
			if (i + 1 < text.length && next !== 44 && next !== 10 && next !== 13) {
				return {
					row: openRow,
					message:
						'has text after the closing quotation mark of a cell: quote the whole cell, and write "" for a quotation mark inside it'
				};
			}
			fieldStart = false;
			continue;
		}
		if (c === 44) fieldStart = true;
		else if (c === 10) {
			row += 1;
			fieldStart = true;
		} else if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) i += 1;
			row += 1;
			fieldStart = true;
		} else fieldStart = false;
	}
	return null;
}

interface Built {
	readonly dataset: DatasetInput;
	/** Adds the file, row and column to a problem found in the built dataset. */
	locate(problem: Problem): Problem;
}

function buildDataset(
	tables: ReadonlyMap<TableName, Table>,
	files: readonly TextFile[],
	errors: Problem[]
): Built | null {
	const actors = tables.get('actors');
	const events = tables.get('events');
	if (!actors || !events) return null;

	const cell = (table: Table, cells: readonly string[], column: string): string | undefined => {
		const i = table.index.get(column);
		if (i === undefined) return undefined;
		const value = cells[i]?.trim();
		return value ? value : undefined;
	};
	/** A plain object of the row's non-empty cells, named by field. */
	const fields = (table: Table, cells: readonly string[], columns: readonly string[]) => {
		const out: Record<string, unknown> = {};
		for (const column of columns) {
			const value = cell(table, cells, column);
			if (value !== undefined) out[FIELD_OF_COLUMN[column] ?? column] = value;
		}
		return out;
	};
	const list = (value: string | undefined): string[] =>
		value ? value.split(/[;,\s]+/).filter((item) => item !== '') : [];
	const citations = (table: Table, cells: readonly string[], row: number) => {
		const ids = list(cell(table, cells, 'sources'));
		const quote = cell(table, cells, 'quote');
		if (quote !== undefined && ids.length === 0) {
			errors.push({
				severity: 'error',
				path: [],
				file: table.file,
				row,
				column: table.header.get('quote') ?? 'quote',
				message:
					'has a quote but the row names no source: put the id of the source it comes from in the sources column'
			});
		}
		return ids.map((source, i) =>
			i === 0 && quote !== undefined ? { source, quote } : { source }
		);
	};

	const sources = tables.get('sources');
	const relations = tables.get('relations');
	const steps = tables.get('steps');
	const story = tables.get('story');
	const storyRow = story?.rows[0];
	const head = story && storyRow ? fields(story, storyRow.cells, CSV_COLUMNS.story) : {};
	const title = typeof head.title === 'string' ? head.title : titleFromNames(files);
	const id = typeof head.id === 'string' ? head.id : idFromTitle(title);

	const dataset = {
		...head,
		id,
		title,
		sources: (sources?.rows ?? []).map(({ cells }) => fields(sources!, cells, CSV_COLUMNS.sources)),
		actors: actors.rows.map(({ cells }) => {
			const out = fields(actors, cells, [
				'id',
				'name',
				'short_name',
				'kind',
				'represents',
				'role',
				'description'
			]);
			const from = cell(actors, cells, 'active_from');
			const until = cell(actors, cells, 'active_until');
			if (from !== undefined || until !== undefined) {
				out.active = { ...(from ? { from } : {}), ...(until ? { until } : {}) };
			}
			return out;
		}),
		events: events.rows.map(({ cells, row }) => {
			const out = fields(events, cells, ['id', 'date', 'end', 'title', 'summary', 'kind', 'place']);
			const importance = cell(events, cells, 'importance');
			if (importance !== undefined) out.importance = numberOrText(importance);
			out.actors = list(cell(events, cells, 'actors'));
			out.sources = citations(events, cells, row);
			return out;
		}),
		relations: (relations?.rows ?? []).map(({ cells, row }) => {
			const out = fields(relations!, cells, [
				'id',
				'from',
				'to',
				'kind',
				'since',
				'until',
				'label',
				'note'
			]);
			const directed = cell(relations!, cells, 'directed');
			if (directed !== undefined) out.directed = booleanOrText(directed);
			out.sources = citations(relations!, cells, row);
			return out;
		}),
		...(steps && steps.rows.length > 0
			? {
					story: steps.rows.map(({ cells }) => {
						const out = fields(steps, cells, ['event', 'moment', 'title', 'caption']);
						const focus = list(cell(steps, cells, 'focus'));
						if (focus.length > 0) out.focus = focus;
						return out;
					})
				}
			: {})
	} as unknown as DatasetInput;

	const locate = (problem: Problem): Problem => {
		const [first, index, field, ...rest] = problem.path;
		if (typeof first !== 'string') return problem;
		// The dataset's `story` (its steps) is steps.csv; story.csv holds the story's own fields.
		const list = first === 'story' ? 'steps' : first;
		const table = tables.get(list as TableName);
		if (!table || typeof index !== 'number') {
			if (list in FIELD_OF_TOP || list === 'title' || list === 'id') {
				// A field of the story itself: story.csv's first row, when there is one.
				const column = columnOfField(list);
				if (story && storyRow) {
					return {
						...problem,
						file: story.file,
						row: storyRow.row,
						column: written(story, column)
					};
				}
			}
			const whole = tables.get(list as TableName);
			return whole ? { ...problem, file: whole.file } : problem;
		}
		const row = table.rows[index]?.row;
		const column = columnOf(list as TableName, field, rest);
		return {
			...problem,
			// An absent field is an empty cell in a spreadsheet.
			...(problem.message === 'is required but missing' && column
				? { message: 'is empty, but every row needs one' }
				: {}),
			file: table.file,
			...(row !== undefined ? { row } : {}),
			...(column ? { column: written(table, column) } : {})
		};
	};
	return { dataset, locate };
}

const FIELD_OF_TOP: Record<string, string> = {
	description: 'description',
	credit: 'credit',
	defaultMoment: 'default_moment'
};

function columnOfField(field: string): string {
	return FIELD_OF_TOP[field] ?? field;
}

/** The column holding the value at a JSON path inside one row. */
function columnOf(
	table: TableName,
	field: PathSegment | undefined,
	rest: readonly PathSegment[]
): string | undefined {
	if (typeof field !== 'string') return undefined;
	if (field === 'shortName') return 'short_name';
	if (field === 'active') {
		return rest[0] === 'from'
			? 'active_from'
			: rest[0] === 'until'
				? 'active_until'
				: 'active_from';
	}
	if (field === 'sources' && (table === 'events' || table === 'relations')) {
		return rest[1] === 'quote' ? 'quote' : 'sources';
	}
	return field;
}

/** The column name as the file writes it (the canonical name when the file lacks it). */
function written(table: Table, column: string): string {
	return table.header.get(column) ?? column;
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
	if (!prefix) return 'Untitled story';
	const words = prefix.replace(/[_-]+/g, ' ').trim().slice(0, 200);
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A valid id from a title: `Cuba 1962` → `cuba-1962`. */
export function idFromTitle(title: string): string {
	const slug = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^[^a-z]+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return ID_PATTERN.test(slug) ? slug : 'story';
}

/**
 * Writes a dataset as the CSV tables `loadCsvFiles` reads (a quote goes with the first source of
 * a row; notes of citations and fixed graph positions have no column and are left out).
 */
export function datasetToCsvFiles(dataset: DatasetInput, prefix = ''): TextFile[] {
	const text = (value: unknown): string =>
		value === undefined || value === null ? '' : String(value);
	const cites = (sources: readonly { source: string; quote?: string }[] | undefined) => [
		(sources ?? []).map((s) => s.source).join('; '),
		text(sources?.[0]?.quote)
	];
	const table = (name: TableName, rows: string[][]): TextFile => ({
		name: `${prefix}${name}.csv`,
		text: `${csvFormatRows([[...CSV_COLUMNS[name]], ...rows])}\n`
	});
	return [
		table(
			'actors',
			dataset.actors.map((a) => [
				a.id,
				a.name,
				text(a.shortName),
				a.kind,
				text(a.represents),
				text(a.role),
				text(a.active?.from),
				text(a.active?.until),
				text(a.description)
			])
		),
		table(
			'events',
			dataset.events.map((e) => [
				e.id,
				e.date,
				text(e.end),
				e.title,
				text(e.summary),
				e.kind,
				(e.actors ?? []).join('; '),
				text(e.place),
				...cites(e.sources),
				text(e.importance)
			])
		),
		table(
			'relations',
			(dataset.relations ?? []).map((r) => [
				r.id,
				r.from,
				r.to,
				r.kind,
				text(r.directed),
				r.since,
				text(r.until),
				text(r.label),
				text(r.note),
				...cites(r.sources)
			])
		),
		table(
			'sources',
			dataset.sources.map((s) => [s.id, s.title, text(s.publisher), text(s.url), text(s.date)])
		),
		table('story', [
			[
				dataset.id,
				dataset.title,
				text(dataset.description),
				text(dataset.credit),
				text(dataset.defaultMoment)
			]
		]),
		...(dataset.story
			? [
					table(
						'steps',
						dataset.story.map((step) => [
							text(step.event),
							text(step.moment),
							text(step.title),
							text(step.caption),
							(step.focus ?? []).join('; ')
						])
					)
				]
			: [])
	];
}
