import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	decodeText,
	describeProblem,
	findJsonError,
	jsonErrorDetail,
	kindOfFile,
	loadFiles,
	loadJsonText,
	loadPastedText,
	locationOf,
	MAX_FILES_BYTES,
	nameOfFiles,
	type RawFile
} from './import';
import type { LoadResult } from './load';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string): RawFile => ({ name, bytes: encode(text) });
const EXAMPLE = readFileSync('data/examples/cuban-missile-crisis.json', 'utf8');
const EXAMPLE_CSV = ['actors', 'events', 'relations', 'sources', 'story'].map((t) =>
	file(
		`cuban-missile-crisis-${t}.csv`,
		readFileSync(`data/examples/cuban-missile-crisis-${t}.csv`, 'utf8')
	)
);

function errorsOf(result: LoadResult): string[] {
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors.map(describeProblem);
}

describe('decodeText', () => {
	it('reads UTF-8 with and without a byte order mark', () => {
		expect(decodeText('a.csv', encode('id,name\nx,Çuba'))).toEqual({
			ok: true,
			text: 'id,name\nx,Çuba'
		});
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('id')]);
		expect(decodeText('a.csv', bom)).toEqual({ ok: true, text: 'id' });
	});

	it('reads UTF-16 with a byte order mark, as spreadsheets save "Unicode text"', () => {
		const text = 'id,name\nx,Ça';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
		expect(decodeText('a.csv', bytes)).toEqual({ ok: true, text });
	});

	it('reads text that is not UTF-8 as Windows-1252, with a warning', () => {
		const latin = new Uint8Array([...encode('id,name\nx,'), 0xc7, 0x75, 0x62, 0x61]);
		const decoded = decodeText('actors.csv', latin);
		expect(decoded.ok && decoded.text).toBe('id,name\nx,Çuba');
		expect(decoded.ok && decoded.warning && describeProblem(decoded.warning)).toBe(
			'actors.csv: is not UTF-8 text, so it was read as Windows-1252: check that accented letters look right, or save it as UTF-8'
		);
	});

	it('refuses an empty file and bytes that are not text', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const controls = new Uint8Array(1000).map((_, i) => (i % 7 === 0 ? 3 : 65));
		for (const [bytes, message] of [
			[new Uint8Array(0), 'x.json: is empty: there is nothing to open'],
			[
				png,
				'x.json: is not a text file: choose a dataset JSON or CSV tables saved as text (UTF-8)'
			],
			[
				controls,
				'x.json: is not a text file: choose a dataset JSON or CSV tables saved as text (UTF-8)'
			]
		] as const) {
			const decoded = decodeText('x.json', bytes);
			expect(decoded.ok ? 'decoded' : describeProblem(decoded.problem)).toBe(message);
		}
	});
});

describe('kindOfFile', () => {
	it.each([
		['story.json', 'x', 'json'],
		['events.CSV', '{', 'csv'],
		['pasted', '  {"title": 1}', 'json'],
		['pasted', '\uFEFF[1]', 'json'],
		['data', 'id,name', 'csv']
	] as const)('kindOfFile(%s, %s) is %s', (name, text, kind) => {
		expect(kindOfFile(name, text)).toBe(kind);
	});
});

describe('loadFiles', () => {
	it('opens one dataset JSON', () => {
		const result = loadFiles([file('cuban-missile-crisis.json', EXAMPLE)]);
		expect(result.ok && result.story.data.title).toBe('The Cuban Missile Crisis, 1962');
		expect(result.name).toBe('cuban-missile-crisis.json');
	});

	it('opens CSV tables chosen together, into the same story', () => {
		const result = loadFiles(EXAMPLE_CSV);
		expect(result.ok && result.story.events.length).toBe(19);
	});

	it('names the file in every problem of a JSON dataset', () => {
		const data = JSON.parse(EXAMPLE) as { events: { date: string }[] };
		data.events[2]!.date = '1961-02-29';
		expect(errorsOf(loadFiles([file('story.json', JSON.stringify(data))]))).toEqual([
			"story.json at events[2].date: '1961-02-29' is not a real date"
		]);
	});

	it('refuses JSON chosen with other files, and two JSON files', () => {
		const both = errorsOf(loadFiles([file('a.json', EXAMPLE), EXAMPLE_CSV[0]!]));
		expect(both).toHaveLength(2);
		expect(both[0]).toMatch(/^a\.json: was chosen with other files: choose one dataset JSON alone/);
		expect(errorsOf(loadFiles([file('a.json', EXAMPLE), file('b.json', EXAMPLE)]))).toHaveLength(2);
	});

	it('reports an unreadable table once, not also as missing', () => {
		const bytes = new Uint8Array([0, 1, 2, 3]);
		const files = [EXAMPLE_CSV[0]!, { name: 'events.csv', bytes }];
		expect(errorsOf(loadFiles(files))).toEqual([
			'events.csv: is not a text file: choose a dataset JSON or CSV tables saved as text (UTF-8)'
		]);
	});

	it('refuses files larger than the limit before reading them', () => {
		const huge = { name: 'big.json', bytes: new Uint8Array(MAX_FILES_BYTES + 1) };
		expect(errorsOf(loadFiles([huge]))).toEqual([
			'big.json: is too large (20.1 MB; at most 20 MB can be opened)'
		]);
	});

	it('refuses nothing chosen', () => {
		expect(errorsOf(loadFiles([]))).toEqual(['files: none was chosen']);
	});
});

describe('JSON text', () => {
	it('places a syntax error by line and column', () => {
		expect(errorsOf(loadPastedText('{\n  "title": "x",\n  "actors": [}\n'))).toEqual([
			"the pasted text: is not valid JSON: expected a value but found '}' at line 3, column 14"
		]);
		expect(errorsOf(loadPastedText(''))).toEqual([
			'the pasted text: is empty: there is nothing to open'
		]);
	});

	it.each([
		['{"a": 1,}', "expected a name in double quotes but found '}'", 9],
		['[1, 2', "expected ',' or ']' but found the end of the text", 6],
		['{"a" 1}', "expected ':' but found '1'", 6],
		['{"a": "b\nc"}', 'a line break inside a string must be written \\n', 9],
		['"\\x"', "'\\x' is not an escape JSON knows", 2],
		['{} x', "expected the end of the text but found 'x'", 4],
		['[01]', "expected ',' or ']' but found '1'", 3],
		['"open', 'a string is not closed with "', 1],
		['[1,,2]', "expected a value but found ','", 4],
		['{"a": 1 // no\n}', 'JSON has no comments: remove the // or /* */ text', 9],
		['"\\u12"', 'a \\u escape needs four hex digits', 2],
		['[1.]', "'1.' is not a number JSON knows", 2]
	])('findJsonError(%j) finds "%s" at column %i', (text, message, column) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(findJsonError(text)).toEqual({ at: column - 1, message });
	});

	it('finds no error in JSON that parses', () => {
		for (const text of [EXAMPLE, '{}', '[]', '0', '-1.5e+3', '"\\u00e9"', ' null ', '[[[]]]']) {
			expect(findJsonError(text)).toBeNull();
		}
	});

	it('keeps the engine’s words when the parser finds no error', () => {
		expect(jsonErrorDetail(new Error('odd'), '{}')).toBe('odd');
	});

	it('loads the top level of a dataset: a list is not a dataset', () => {
		expect(errorsOf(loadJsonText('[1, 2]', 'x.json'))[0]).toMatch(
			/^x\.json: must be a JSON object with "title"/
		);
	});
});

describe('nameOfFiles', () => {
	it('names one, a few, or many files', () => {
		const named = (...names: string[]) => nameOfFiles(names.map((name) => ({ name })));
		expect(named('a.json')).toBe('a.json');
		expect(named('actors.csv', 'events.csv')).toBe('actors.csv and events.csv');
		expect(named('a', 'b', 'c')).toBe('a, b and c');
		expect(named('a', 'b', 'c', 'd', 'e')).toBe('a, b and 3 more files');
	});
});

describe('locationOf', () => {
	it('places a problem at a row, a path, or the whole file', () => {
		const base = { severity: 'error', message: 'm' } as const;
		expect(locationOf({ ...base, path: [], file: 'events.csv', row: 7, column: 'date' })).toBe(
			'events.csv row 7, column date'
		);
		expect(locationOf({ ...base, path: ['events', 3, 'date'], file: 'story.json' })).toBe(
			'story.json at events[3].date'
		);
		expect(locationOf({ ...base, path: [], file: 'story.json' })).toBe('story.json');
		expect(locationOf({ ...base, path: [] })).toBe('the dataset');
	});
});
