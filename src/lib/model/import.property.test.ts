/**
 * Property tests: thousands of malformed datasets and CSV tables. Whatever comes in, loading never
 * throws, a failure always comes with problems, and every problem says where it is: a JSON path
 * that exists in the input, or a file and (for CSV) a row that exists in that file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCsvFiles, type TextFile } from './csv';
import { openSource, type OpenSource } from '../import/open';
import { ship, Unshipping } from '../import/shipping';
import { loadJsonText, locationOf, type ImportResult } from './import';
import { loadDataset, type LoadResult, type PathSegment, type Problem } from './load';

const TEMPLATES: TextFile[] = readdirSync('data/templates')
	.filter((name) => name.endsWith('.csv'))
	.map((name) => ({ name, text: readFileSync(`data/templates/${name}`, 'utf8') }));
const BASE = (() => {
	const result = loadCsvFiles(TEMPLATES);
	if (!result.ok) throw new Error('the templates do not load');
	return JSON.parse(JSON.stringify(result.story.data)) as unknown;
})();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings that tend to break things: bad dates, markup, ids, quotes, separators, huge text. */
const nasty = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.constantFrom(
		'',
		' ',
		'2024-02-30',
		'2024-13',
		'0000',
		'1995~',
		'19/06/2024',
		'russia',
		'usa',
		'address-1962',
		'withdrawal-1962',
		'1',
		'-',
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'data:text/html,x',
		'https://example.org/',
		'"',
		'""',
		',',
		'a,b',
		'line\nbreak',
		'cr\r\nlf',
		';',
		'true',
		'maybe',
		'__proto__',
		'constructor',
		'\u0000',
		'\uFEFF',
		'x'.repeat(5000)
	)
);
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
	{ weight: 3, arbitrary: nasty },
	{ weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
	{ weight: 1, arbitrary: fc.constantFrom<Json>(null, true, 0, -1, 3.5, 6, 1e308, [], {}) }
);

/** Every path to a value in a JSON tree. */
function paths(
	value: unknown,
	prefix: PathSegment[] = [],
	out: PathSegment[][] = []
): PathSegment[][] {
	out.push(prefix);
	if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
	}
	return out;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
	let value = root;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PathSegment, unknown>)[segment];
	}
	return value;
}

type Mutation = {
	pick: number;
	kind: 'delete' | 'replace' | 'duplicate' | 'add';
	value: Json;
	key: string;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
	pick: fc.nat(),
	kind: fc.constantFrom('delete', 'replace', 'replace', 'duplicate', 'add'),
	value: jsonValue,
	key: fc.oneof(
		fc.constantFrom('id', 'date', 'since', 'until', 'sources', 'actors', 'extra'),
		fc.string({ maxLength: 8 })
	)
});

function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
	let root = structuredClone(base);
	for (const m of mutations) {
		const all = paths(root);
		const path = all[m.pick % all.length]!;
		if (path.length === 0) {
			if (m.kind === 'replace') root = m.value;
			else if (m.kind === 'add' && root && typeof root === 'object' && !Array.isArray(root)) {
				(root as Record<string, unknown>)[m.key] = structuredClone(m.value);
			}
			continue;
		}
		const parent = valueAt(root, path.slice(0, -1)) as Record<PathSegment, unknown> | unknown[];
		const last = path.at(-1)!;
		if (m.kind === 'delete') {
			if (Array.isArray(parent)) parent.splice(Number(last), 1);
			else delete parent[last];
		} else if (m.kind === 'replace') {
			(parent as Record<PathSegment, unknown>)[last] = structuredClone(m.value);
		} else if (m.kind === 'duplicate' && Array.isArray(parent)) {
			parent.splice(Number(last), 0, structuredClone(parent[Number(last)]));
		} else {
			const target = (parent as Record<PathSegment, unknown>)[last];
			// A copy: fc.constantFrom hands out the same [] or {} each time, and inserting one object
			// twice, the second time inside itself, would make a cycle no JSON text can hold.
			const value = structuredClone(m.value);
			if (target && typeof target === 'object' && !Array.isArray(target)) {
				(target as Record<string, unknown>)[m.key] = value;
			} else (parent as Record<PathSegment, unknown>)[last] = value;
		}
	}
	return root;
}

/**
 * What the story loader's worker runs (openSource), sent as it sends its answer to the page (in
 * slices, each copied as postMessage copies it) and put back together as the page does: the
 * suites below go through the same path as a story a reader opens.
 */
function throughWorker(source: OpenSource): ImportResult {
	const unshipping = new Unshipping();
	const rest = ship(openSource(source), (list, items) =>
		unshipping.add(list, structuredClone(items))
	);
	return unshipping.result(structuredClone(rest));
}

/** A loud failure for a result that is not of the promised shape. */
function checkShape(result: LoadResult): readonly Problem[] {
	expect(Array.isArray(result.warnings)).toBe(true);
	if (result.ok) {
		expect(result.story.events.length).toBeGreaterThan(0);
		return [];
	}
	expect(result.errors.length).toBeGreaterThan(0);
	for (const p of result.errors) {
		// "could not be read (…)" is how an exception inside the loader is reported: a bug.
		expect(p.message).not.toMatch(/could not be read \(/);
		expect(p.message.length).toBeGreaterThan(0);
		expect(locationOf(p).length).toBeGreaterThan(0);
	}
	return result.errors;
}

/** Every problem of a JSON dataset points at a place that exists in the input (or at all of it). */
function expectPathsExist(problems: readonly Problem[], input: unknown): void {
	for (const p of problems) {
		if (p.path.length === 0) continue;
		const parent = valueAt(input, p.path.slice(0, -1));
		expect(parent !== null && typeof parent === 'object', `${locationOf(p)} is in the input`).toBe(
			true
		);
	}
}

describe('malformed datasets', () => {
	it('5,000 mutated datasets: loading never throws and every problem is located', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					{
						weight: 9,
						arbitrary: fc
							.array(mutation, { minLength: 1, maxLength: 6 })
							.map((ms) => mutate(BASE, ms))
					},
					{ weight: 1, arbitrary: jsonValue as fc.Arbitrary<unknown> }
				),
				(input) => {
					const direct = loadDataset(input);
					expectPathsExist(checkShape(direct), input);
					expectPathsExist(direct.warnings, input);
					const text = JSON.stringify(input) ?? 'undefined';
					// As the story loader's worker opens a file, and as its answer reaches the page.
					const viaText = throughWorker({
						kind: 'files',
						files: [{ name: 'story.json', bytes: new TextEncoder().encode(text) }]
					});
					for (const p of [...checkShape(viaText), ...viaText.warnings])
						expect(p.file).toBe('story.json');
					expect(viaText.ok).toBe(direct.ok);
				}
			),
			{ numRuns: 5_000 }
		);
		// Thousands of loads: minutes on a busy two-core machine (speed is for the benchmarks).
	}, 240_000);

	it('500 truncated or corrupted JSON texts: a syntax error says its line and column', () => {
		const text = JSON.stringify(BASE, null, '\t');
		fc.assert(
			fc.property(
				fc.nat(text.length - 1),
				fc.constantFrom('', '}', ',', '"', 'x', '\n'),
				(cut, insert) => {
					const broken = text.slice(0, cut) + insert;
					const result = loadJsonText(broken, 'story.json');
					const errors = checkShape(result);
					if (!result.ok && errors[0]!.message.startsWith('is not valid JSON')) {
						expect(errors[0]!.message).toMatch(/at line \d+, column \d+$/);
					}
				}
			),
			{ numRuns: 500 }
		);
	});
});

type Table = string[][];
type CsvMutation =
	| { kind: 'cell'; file: number; row: number; column: number; value: string }
	| { kind: 'drop-column' | 'rename-column'; file: number; column: number; value: string }
	| { kind: 'drop-row' | 'copy-row' | 'extra-cell'; file: number; row: number; value: string }
	| { kind: 'raw'; file: number; at: number; value: string }
	| { kind: 'truncate'; file: number; at: number }
	| { kind: 'bom' | 'crlf' | 'empty' | 'drop-file' | 'binary'; file: number }
	| { kind: 'rename-file'; file: number; value: string };

const csvMutation: fc.Arbitrary<CsvMutation> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			kind: fc.constant('cell' as const),
			file: fc.nat(),
			row: fc.nat(),
			column: fc.nat(),
			value: nasty
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constantFrom('drop-column' as const, 'rename-column' as const),
			file: fc.nat(),
			column: fc.nat(),
			value: nasty
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constantFrom('drop-row' as const, 'copy-row' as const, 'extra-cell' as const),
			file: fc.nat(),
			row: fc.nat(),
			value: nasty
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('raw' as const),
			file: fc.nat(),
			at: fc.nat(),
			value: fc.constantFrom('"', ',', '\n', '\r', '""', '\u0000', 'x')
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() })
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constantFrom(
				'bom' as const,
				'crlf' as const,
				'empty' as const,
				'drop-file' as const,
				'binary' as const
			),
			file: fc.nat()
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('rename-file' as const),
			file: fc.nat(),
			value: fc.constantFrom('notes.csv', 'events.csv', 'Actors.CSV', 'story.json', 'data.txt', 'x')
		})
	}
);

interface CsvFile {
	name: string;
	text: string;
	binary?: boolean;
}

function mutateCsv(mutations: readonly CsvMutation[]): CsvFile[] {
	let files: CsvFile[] = TEMPLATES.map((f) => ({ ...f }));
	for (const m of mutations) {
		if (files.length === 0) break;
		const file = files[m.file % files.length]!;
		const table = (): Table => csvParseRows(file.text);
		const write = (t: Table) => (file.text = `${csvFormatRows(t)}\n`);
		switch (m.kind) {
			case 'cell': {
				const t = table();
				if (t.length === 0) break;
				const row = t[m.row % t.length]!;
				row[m.column % Math.max(1, row.length)] = m.value;
				write(t);
				break;
			}
			case 'drop-column':
			case 'rename-column': {
				const t = table();
				const width = t[0]?.length ?? 0;
				if (width === 0) break;
				const c = m.column % width;
				if (m.kind === 'drop-column') t.forEach((row) => row.splice(c, 1));
				else t[0]![c] = m.value;
				write(t);
				break;
			}
			case 'drop-row':
			case 'copy-row':
			case 'extra-cell': {
				const t = table();
				if (t.length === 0) break;
				const r = m.row % t.length;
				if (m.kind === 'drop-row') t.splice(r, 1);
				else if (m.kind === 'copy-row') t.splice(r, 0, [...t[r]!]);
				else t[r]!.push(m.value || 'extra');
				write(t);
				break;
			}
			case 'raw':
				file.text =
					file.text.slice(0, m.at % (file.text.length + 1)) +
					m.value +
					file.text.slice(m.at % (file.text.length + 1));
				break;
			case 'truncate':
				file.text = file.text.slice(0, m.at % (file.text.length + 1));
				break;
			case 'bom':
				file.text = `\uFEFF${file.text}`;
				break;
			case 'crlf':
				file.text = file.text.replace(/\n/g, '\r\n');
				break;
			case 'empty':
				file.text = '';
				break;
			case 'binary':
				file.binary = true;
				break;
			case 'drop-file':
				files = files.filter((f) => f !== file);
				break;
			case 'rename-file':
				file.name = m.value;
				break;
		}
	}
	return files;
}

/** Problems about a whole file, which have no row. */
const FILE_LEVEL = [
	/^is empty/,
	/^is not a text file/,
	/^is not one of the story's tables/,
	/^is a second \w+ table/,
	/^is missing/,
	/^was chosen with other files/,
	/^none was chosen/,
	/^no file was given/,
	/^is not UTF-8 text/
];
/** JSON problems, for a file that is read as a dataset JSON (a file renamed to .json). */
const isJsonFile = (name: string) => /\.json$/i.test(name);

describe('malformed CSV tables', () => {
	it('5,000 mutated sets of CSV files: loading never throws and every problem has a file and a row', () => {
		const encoder = new TextEncoder();
		fc.assert(
			fc.property(fc.array(csvMutation, { minLength: 1, maxLength: 6 }), (mutations) => {
				const files = mutateCsv(mutations);
				// Lines per file name (two files may share one: the larger bounds both). A spreadsheet
				// row is at least one line, so no problem can be below the last line.
				const rows = new Map<string, number>();
				for (const f of files) {
					const n = f.text.split(/\r\n|\r|\n/).length;
					rows.set(f.name, Math.max(n, rows.get(f.name) ?? 0));
				}
				const raw = files.map((f) => ({
					name: f.name,
					bytes: f.binary ? new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]) : encoder.encode(f.text)
				}));
				const result = throughWorker({ kind: 'files', files: raw });
				const problems = [...checkShape(result), ...result.warnings];
				const json = files.some((f) => isJsonFile(f.name));
				for (const p of problems) {
					expect(p.file, `${locationOf(p)}: ${p.message} names its file`).toBeDefined();
					if (json) continue;
					if (p.row === undefined) {
						expect(
							FILE_LEVEL.some((pattern) => pattern.test(p.message)),
							`${p.file}: ${p.message} has a row`
						).toBe(true);
					} else {
						expect(p.row).toBeGreaterThanOrEqual(1);
						expect(p.row).toBeLessThanOrEqual(Math.max(1, rows.get(p.file!) ?? 1));
					}
				}
				// The same tables given as text load the same way.
				if (!files.some((f) => f.binary) && !json) {
					expect(loadCsvFiles(files).ok).toBe(result.ok);
				}
			}),
			{ numRuns: 5_000 }
		);
		// Thousands of loads: minutes on a busy two-core machine (speed is for the benchmarks).
	}, 240_000);
});
