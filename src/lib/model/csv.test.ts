import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundled from '../../../data/russia-dprk.json';
import example from '../../../data/examples/cuban-missile-crisis.json';
import {
	CSV_COLUMNS,
	datasetToCsvFiles,
	idFromTitle,
	loadCsvFiles,
	normalizeColumn,
	tableOfName,
	titleFromNames,
	type TextFile
} from './csv';
import { describeProblem } from './import';
import { loadDataset, type LoadResult, type Problem } from './load';
import type { DatasetInput } from './schema';

const ACTORS = `id,name,kind
russia,Russia,country
dprk,North Korea,country
`;
const EVENTS = `id,date,title,kind,actors,sources
treaty,2024-06-19,Treaty,treaty,russia;dprk,tass
`;
const SOURCES = `id,title,url
tass,Treaty text,https://example.org/treaty
`;

function files(overrides: Record<string, string> = {}): TextFile[] {
	const base: Record<string, string> = {
		'actors.csv': ACTORS,
		'events.csv': EVENTS,
		'sources.csv': SOURCES,
		...overrides
	};
	return Object.entries(base).map(([name, text]) => ({ name, text }));
}

function errorsOf(result: LoadResult): string[] {
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors.map(describeProblem);
}

function warningsOf(result: LoadResult): string[] {
	return result.warnings.map(describeProblem);
}

function fromDir(dir: string): TextFile[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.csv'))
		.map((name) => ({ name, text: readFileSync(`${dir}/${name}`, 'utf8') }));
}

describe('loadCsvFiles', () => {
	it('loads actors.csv, events.csv and sources.csv into a story', () => {
		const result = loadCsvFiles(files());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.story.events.map((e) => e.id)).toEqual(['treaty']);
		expect(result.story.eventById.get('treaty')?.actors).toEqual(['russia', 'dprk']);
		expect(result.story.eventById.get('treaty')?.sources).toEqual([{ source: 'tass' }]);
		expect(result.story.data.title).toBe('Untitled story');
		expect(result.warnings).toEqual([]);
	});

	it('loads the templates in data/templates as a story without errors or warnings', () => {
		const result = loadCsvFiles(fromDir('data/templates'));
		expect(result.ok ? [] : result.errors.map(describeProblem)).toEqual([]);
		expect(warningsOf(result)).toEqual([]);
		if (result.ok) expect(result.story.data.title).toBe('My story');
	});

	it('loads the example CSV files into the same story as the example JSON', () => {
		const csv = loadCsvFiles(fromDir('data/examples'));
		const json = loadDataset(example);
		expect(csv.ok ? [] : csv.errors.map(describeProblem)).toEqual([]);
		if (!csv.ok || !json.ok) throw new Error('the example does not load');
		const { $schema: _, ...expected } = json.story.data;
		expect(csv.story.data).toEqual(expected);
		expect(csv.warnings).toEqual([]);
	});

	it('loads the CSV example in docs/data-format.md without errors or warnings', () => {
		const doc = readFileSync('docs/data-format.md', 'utf8');
		const blocks = [...doc.matchAll(/\*\*(\w+\.csv)\*\*\n\n```csv\n([\s\S]*?)\n```/g)].map(
			([, name, text]) => ({ name: name!, text: text! })
		);
		expect(blocks.map((b) => b.name)).toEqual([
			'actors.csv',
			'events.csv',
			'relations.csv',
			'sources.csv'
		]);
		const result = loadCsvFiles(blocks);
		expect(result.ok ? [] : result.errors.map(describeProblem)).toEqual([]);
		expect(warningsOf(result)).toEqual([]);
	});

	it('round-trips the bundled story through datasetToCsvFiles', () => {
		const result = loadCsvFiles(datasetToCsvFiles(bundled as DatasetInput));
		expect(result.ok ? [] : result.errors.map(describeProblem)).toEqual([]);
		const original = loadDataset(bundled);
		if (!result.ok || !original.ok) throw new Error('does not load');
		expect(result.story.events.map((e) => [e.id, e.start, e.finish])).toEqual(
			original.story.events.map((e) => [e.id, e.start, e.finish])
		);
		expect(result.story.relations.map((r) => [r.id, r.start, r.end, r.directed])).toEqual(
			original.story.relations.map((r) => [r.id, r.start, r.end, r.directed])
		);
		expect(result.story.data.title).toBe(original.story.data.title);
	});

	it('reads a byte order mark, CRLF line ends and quoted cells with commas, quotes and line breaks', () => {
		const events =
			'\uFEFFid,date,title,summary,kind,actors,sources\r\n' +
			'treaty,2024-06-19,"Treaty, signed","He said ""yes"".\r\nThen left.",treaty,russia,tass\r\n' +
			'visit,2000-07-19,Visit,,visit,russia,tass\r\n';
		const result = loadCsvFiles(files({ 'events.csv': events }));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const treaty = result.story.eventById.get('treaty');
		expect(treaty?.title).toBe('Treaty, signed');
		expect(treaty?.summary).toBe('He said "yes".\r\nThen left.');
		expect(result.story.eventById.get('visit')?.title).toBe('Visit');
	});

	it('numbers rows as a spreadsheet does: the header is row 1, a cell with line breaks stays one row', () => {
		const events = [
			'id,date,title,summary,kind,actors,sources',
			'a,2024-06-19,A,"two',
			'lines",treaty,russia,tass',
			'b,2024-13-01,B,,treaty,russia,tass'
		].join('\n');
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': events })))).toEqual([
			"events.csv row 3, column date: '2024-13-01' is not a real date: there is no month 13"
		]);
	});

	it("says where a date is impossible: events.csv row 7, column date: '2024-02-30' is not a real date", () => {
		const rows = ['id,date,title,kind,actors,sources'];
		for (let i = 0; i < 5; i++) rows.push(`e${i},2024-01-0${i + 1},E${i},vote,russia,tass`);
		rows.push('bad,2024-02-30,Bad,vote,russia,tass');
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': rows.join('\n') })))).toEqual([
			"events.csv row 7, column date: '2024-02-30' is not a real date"
		]);
	});

	it('reports every problem in every file, not just the first, in file and row order', () => {
		const actors = 'id,name,kind\nrussia,Russia,country\ndprk,North Korea,nation\n';
		const events =
			'id,date,title,kind,actors,sources\n' +
			'treaty,2024-06-19,Treaty,treaty,russia;usa,tass\n' +
			'visit,2000-07-19,,visit,russia,tass\n' +
			'summit,2000-07-32,Summit,summit,russia,nowhere\n';
		const relations =
			'id,from,to,kind,since,until,sources\npact,russia,dprk,alliance,treaty,2020,tass\n';
		expect(
			errorsOf(
				loadCsvFiles(
					files({ 'actors.csv': actors, 'events.csv': events, 'relations.csv': relations })
				)
			)
		).toEqual([
			"actors.csv row 3, column kind: 'nation' is not allowed: use one of 'country', 'person', 'organization'",
			"events.csv row 2, column actors: 'usa' is not the id of any actor",
			'events.csv row 3, column title: is empty, but every row needs one',
			"events.csv row 4, column date: '2000-07-32' is not a real date",
			"events.csv row 4, column sources: 'nowhere' is not the id of any entry in sources",
			"relations.csv row 2, column until: '2020' is before 'treaty': a relation cannot end before it starts"
		]);
	});

	it('warns about columns it does not know and names the columns it does', () => {
		const actors =
			'id,name,kind,colour\nrussia,Russia,country,red\ndprk,North Korea,country,blue\n';
		const result = loadCsvFiles(files({ 'actors.csv': actors }));
		expect(result.ok).toBe(true);
		expect(warningsOf(result)).toEqual([
			`actors.csv row 1, column colour: has a column 'colour' that Entente does not use, so it is ignored. Columns of actors.csv are: ${CSV_COLUMNS.actors.join(', ')}`
		]);
	});

	it('names a missing required column once, not again on every row', () => {
		const events = 'id,title,kind,actors,sources\na,A,vote,russia,tass\nb,B,vote,russia,tass\n';
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': events })))).toEqual([
			`events.csv row 1, column date: has no column 'date': the header (row 1) must name it. Columns are: ${CSV_COLUMNS.events.join(', ')}`
		]);
	});

	it('accepts headers written as words or camelCase, and reports them as written', () => {
		expect(normalizeColumn(' Short name ')).toBe('short_name');
		expect(normalizeColumn('shortName')).toBe('short_name');
		expect(normalizeColumn('Active-From')).toBe('active_from');
		const actors = 'ID,Name,Short name,Kind\nrussia,Russia,RU,country\ndprk,North Korea,,country\n';
		const events = 'id,Date,title,kind,actors,sources\na,2024-02-30,A,vote,russia;dprk,tass\n';
		const result = loadCsvFiles(files({ 'actors.csv': actors, 'events.csv': events }));
		expect(errorsOf(result)).toEqual([
			"events.csv row 2, column Date: '2024-02-30' is not a real date"
		]);
		const ok = loadCsvFiles(files({ 'actors.csv': actors }));
		expect(ok.ok && ok.story.actorById.get('russia')?.shortName).toBe('RU');
	});

	it('refuses an empty file, a file that is not text, and a file that is no table of a story', () => {
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': '' })))).toEqual([
			'events.csv: is empty: it needs a header row naming the columns, then one row per item'
		]);
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': 'PK\u0003\u0004\u0000\u0000' })))).toEqual([
			'events.csv: is not a text file: save the table as CSV (UTF-8) and choose that'
		]);
		expect(errorsOf(loadCsvFiles([...files(), { name: 'notes.csv', text: 'a,b\n1,2\n' }]))).toEqual(
			[
				"notes.csv: is not one of the story's tables: name it actors.csv, events.csv, relations.csv, sources.csv, story.csv, kinds.csv, event-kinds.csv or steps.csv"
			]
		);
	});

	it('says which needed table is missing, and refuses two files for one table', () => {
		expect(errorsOf(loadCsvFiles(files().filter((f) => f.name !== 'actors.csv')))).toEqual([
			'actors.csv: is missing: choose actors.csv and events.csv together (with relations.csv and sources.csv if you have them)'
		]);
		expect(errorsOf(loadCsvFiles([...files(), { name: 'more-events.csv', text: EVENTS }]))).toEqual(
			[
				'more-events.csv: is a second events table (the first is events.csv): choose one file per table'
			]
		);
		expect(errorsOf(loadCsvFiles([]))).toEqual(['CSV: no file was given']);
	});

	it('finds a table by its header when the file is named otherwise', () => {
		const result = loadCsvFiles([
			{ name: 'sheet1.csv', text: ACTORS },
			{ name: 'sheet2.csv', text: EVENTS },
			{ name: 'sheet3.csv', text: SOURCES }
		]);
		expect(result.ok).toBe(true);
	});

	it('needs at least one actor and one event below the header', () => {
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': 'id,date,title,kind\n' })))).toEqual([
			'events.csv row 1: has no rows below the header: a story needs at least one event'
		]);
	});

	it('points at a quotation mark that never closes, and at text after a closing one', () => {
		const events =
			'id,date,title,kind,actors,sources\na,2024-06-19,"Open,vote,russia,tass\nb,2024-06-20,B,vote,russia,tass\n';
		const errors = errorsOf(loadCsvFiles(files({ 'events.csv': events })));
		expect(errors[0]).toBe(
			'events.csv row 2, column title: has a quotation mark (") that opens a cell and never closes, so the rest of the file reads as one cell: close it, and write "" for a quotation mark inside a quoted cell'
		);
		const after = 'id,date,title,kind,actors,sources\na,2024-06-19,"Vote"d,vote,russia,tass\n';
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': after })))[0]).toBe(
			'events.csv row 2, column title: has text after the closing quotation mark of a cell: quote the whole cell, and write "" for a quotation mark inside it'
		);
		const fine =
			'id,date,title,kind,actors,sources\na,2024-06-19,"A ""quoted""\ntitle",vote,russia,tass\r\nb,2024-06-20,5" tall,vote,russia,tass\r\n';
		expect(
			errorsOf(loadCsvFiles(files({ 'events.csv': fine, 'actors.csv': 'id,name,kind\n' }))).join(
				'\n'
			)
		).not.toContain('quotation');
	});

	it('reports a row with more cells than the header, the usual sign of an unquoted comma', () => {
		const events =
			'id,date,title,kind,actors,sources\na,2024-06-19,Treaty, signed,treaty,russia,tass\n';
		const errors = errorsOf(loadCsvFiles(files({ 'events.csv': events })));
		expect(errors[0]).toBe(
			'events.csv row 2: has 7 cells but the header names 6 columns: a cell with a comma must be quoted ("like, this")'
		);
	});

	it('skips rows of empty cells, counting them in the row numbers', () => {
		const events =
			'id,date,title,kind,actors,sources\n,,,,,\na,2024-06-19,A,vote,russia,tass\n,,,,,\nb,1999,B,oops,russia,tass\n';
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': events })))).toEqual([
			"events.csv row 5, column kind: 'oops' is not allowed: use one of 'founding', 'visit', 'summit', 'treaty', 'agreement', 'vote', 'veto', 'statement', 'war', 'military', 'sanctions', 'election', 'membership', 'other', or declare it in kinds.events"
		]);
	});

	it('reads lists separated by semicolons (or commas and spaces), yes/no flags and importance', () => {
		const events =
			'id,date,title,kind,actors,sources,quote,importance\na,2024-06-19,A,vote,"russia, dprk",tass,"Quoted, exactly",5\n';
		const relations =
			'id,from,to,kind,directed,since,sources\np,russia,dprk,alliance,yes,a,tass\nq,dprk,russia,support,No,a,tass\n';
		const result = loadCsvFiles(files({ 'events.csv': events, 'relations.csv': relations }));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const a = result.story.eventById.get('a');
		expect(a?.actors).toEqual(['russia', 'dprk']);
		expect(a?.sources).toEqual([{ source: 'tass', quote: 'Quoted, exactly' }]);
		expect(a?.importance).toBe(5);
		expect(result.story.relationById.get('p')?.directed).toBe(true);
		expect(result.story.relationById.get('q')?.directed).toBe(false);
	});

	it('explains a flag, a number or a quote it cannot read', () => {
		const events =
			'id,date,title,kind,actors,sources,quote,importance\na,2024-06-19,A,vote,russia,,A quote,high\n';
		const relations =
			'id,from,to,kind,directed,since,sources\np,russia,dprk,alliance,maybe,a,tass\n';
		expect(
			errorsOf(loadCsvFiles(files({ 'events.csv': events, 'relations.csv': relations })))
		).toEqual([
			'events.csv row 2, column quote: has a quote but the row names no source: put the id of the source it comes from in the sources column',
			"events.csv row 2, column importance: must be a number, not 'high'",
			"relations.csv row 2, column directed: must be true or false, not 'maybe'"
		]);
	});

	it('takes the title and moment from story.csv, and reports its problems there', () => {
		const story = 'title,default_moment,credit\nA treaty,2024-06-19,Me\n';
		const result = loadCsvFiles(files({ 'story.csv': story }));
		expect(result.ok && result.story.data).toMatchObject({
			id: 'a-treaty',
			title: 'A treaty',
			defaultMoment: '2024-06-19',
			credit: 'Me'
		});
		const bad = 'title,default_moment\nA treaty,19/06/2024\n';
		expect(errorsOf(loadCsvFiles(files({ 'story.csv': bad })))).toEqual([
			'story.csv row 2, column default_moment: \'19/06/2024\' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for "circa"'
		]);
	});

	it('loads 50,000 event rows', () => {
		const rows = ['id,date,title,kind,actors,sources'];
		for (let i = 0; i < 50_000; i++) {
			rows.push(
				`e${i},${1950 + (i % 70)}-0${1 + (i % 9)}-1${i % 10},"Event ${i}, with a comma",vote,russia;dprk,tass`
			);
		}
		const result = loadCsvFiles(files({ 'events.csv': rows.join('\n') }));
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.story.events).toHaveLength(50_000);
	});

	it('locates problems of 50,000 bad rows, each at its own row', () => {
		const rows = ['id,date,title,kind,actors,sources'];
		for (let i = 0; i < 50_000; i++) rows.push(`e${i},2023-02-29,E,vote,russia,tass`);
		const result = loadCsvFiles(files({ 'events.csv': rows.join('\n') }));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(50_000);
		expect(result.errors.every((p: Problem, i) => p.row === i + 2 && p.column === 'date')).toBe(
			true
		);
	});
});

describe('file names', () => {
	it.each([
		['events.csv', 'events'],
		['Cuba-1962-Events.CSV', 'events'],
		['actor.csv', 'actors'],
		['my_relations.csv', 'relations'],
		['story.csv', 'story'],
		['sources.csv.txt', null],
		['events.json', null]
	])('tableOfName(%s) is %s', (name, table) => {
		expect(tableOfName(name)).toBe(table);
	});

	it('takes a title from a common prefix of the file names', () => {
		expect(titleFromNames([{ name: 'cuba_1962-events.csv', text: '' }])).toBe('Cuba 1962');
		expect(titleFromNames([{ name: 'events.csv', text: '' }])).toBe('Untitled story');
		expect(idFromTitle('Cuba 1962')).toBe('cuba-1962');
		expect(idFromTitle('1962: Cuba!')).toBe('cuba');
		expect(idFromTitle('日本')).toBe('日本');
		expect(idFromTitle('Suomi ja Niinistö')).toBe('suomi-ja-niinistö');
		expect(idFromTitle('1962!')).toBe('story');
	});
});

describe('CSV from other spreadsheets', () => {
	it('opens a set saved by a European spreadsheet: ; separators, BOM, CRLF, quoted newlines, columns reordered', () => {
		const crlf = (lines: string[]) => `\uFEFF${lines.join('\r\n')}\r\n`;
		const european = [
			{
				name: 'actors.csv',
				text: crlf([
					'kind;name;id',
					'country;"Russland; Russische Föderation";russia',
					'country;Nordkorea;dprk'
				])
			},
			{
				name: 'events.csv',
				text: crlf([
					'sources;title;kind;date;id;actors;summary',
					'tass;Vertrag;treaty;2024-06-19;treaty;"russia; dprk";"Erste Zeile,\r\nzweite Zeile"'
				])
			},
			{
				name: 'sources.csv',
				text: crlf(['url;title;id', 'https://example.org/treaty;Treaty text;tass'])
			}
		];
		const result = loadCsvFiles(european);
		expect(result.ok ? [] : result.errors.map(describeProblem)).toEqual([]);
		expect(warningsOf(result)).toEqual([]);
		if (!result.ok) return;
		expect(result.story.actorById.get('russia')?.name).toBe('Russland; Russische Föderation');
		expect(result.story.eventById.get('treaty')).toMatchObject({
			actors: ['russia', 'dprk'],
			summary: 'Erste Zeile,\r\nzweite Zeile'
		});
	});

	it('names the file, row and column of an unclosed quote in a ; separated file', () => {
		const events =
			'id;date;title;kind;actors;sources\r\na;2024-06-19;A;vote;russia;tass\r\nb;2024-06-20;"Open;vote;russia;tass\r\n';
		expect(errorsOf(loadCsvFiles(files({ 'events.csv': events })))[0]).toBe(
			'events.csv row 3, column title: has a quotation mark (") that opens a cell and never closes, so the rest of the file reads as one cell: close it, and write "" for a quotation mark inside a quoted cell'
		);
	});
});

describe('citations in CSV', () => {
	const relations = (header: string, row: string) =>
		files({
			'sources.csv': `${SOURCES}kcna,KCNA,https://example.org/kcna\n`,
			'relations.csv': `id,from,to,kind,since,sources,${header}\np,russia,dprk,alliance,treaty,tass; kcna,${row}\n`
		});

	it('reads a quote and a note for every source of a row', () => {
		const result = loadCsvFiles(
			relations(
				'quote,source_note,quote_2,source_note_2',
				'Article 4,The text,"Mutual aid",Reported'
			)
		);
		expect(result.ok && result.story.relationById.get('p')?.sources).toEqual([
			{ source: 'tass', quote: 'Article 4', note: 'The text' },
			{ source: 'kcna', quote: 'Mutual aid', note: 'Reported' }
		]);
	});

	it('says when a quote is for a source the row does not name', () => {
		expect(errorsOf(loadCsvFiles(relations('quote_3', 'Lost')))).toEqual([
			'relations.csv row 2, column quote_3: has a quote for source 3 but the row names 2 sources in the sources column'
		]);
	});

	it('writes the quote and note of every source, and reads them back', () => {
		const input = {
			...(bundled as DatasetInput),
			relations: [
				{
					id: 'p',
					from: 'russia',
					to: 'dprk',
					kind: 'alliance',
					since: '2024-06-19',
					sources: [
						{ source: 'tass', note: 'first' },
						{ source: 'kcna', quote: '"Exact", it said' }
					]
				}
			]
		};
		const written = datasetToCsvFiles(input).find((f) => f.name === 'relations.csv')!;
		expect(written.text.split('\n')[0]).toBe(
			'id,from,to,kind,directed,since,until,label,note,sources,quote,source_note,quote_2,source_note_2'
		);
		expect(written.text.split('\n')[1]).toBe(
			'p,russia,dprk,alliance,,2024-06-19,,,,tass; kcna,,first,"""Exact"", it said",'
		);
	});
});

describe('kinds.csv', () => {
	it('declares relation kinds that relations.csv uses, located by row and column', () => {
		const kinds =
			'id,label,verb,directed,line,colour\nbid,candidate for membership,is a candidate for,yes,,#aa3377\n';
		const relations = 'id,from,to,kind,since,sources\np,russia,dprk,bid,treaty,tass\n';
		const result = loadCsvFiles(files({ 'kinds.csv': kinds, 'relations.csv': relations }));
		expect(result.ok ? [] : result.errors.map(describeProblem)).toEqual([]);
		if (!result.ok) return;
		expect(result.story.relationKinds.get('bid')).toMatchObject({
			label: 'candidate for membership',
			verb: 'is a candidate for',
			directed: true
		});
		expect(result.story.relationById.get('p')?.directed).toBe(true);
		const bad = 'id,label,line\nbid,candidate,zigzag\n';
		expect(errorsOf(loadCsvFiles(files({ 'kinds.csv': bad, 'relations.csv': relations })))).toEqual(
			[
				"kinds.csv row 2, column line: 'zigzag' is not allowed: use one of 'solid', 'dashed', 'dotted', 'dashdot', 'longdash', 'dashdotdot'"
			]
		);
	});
});

describe('event-kinds.csv', () => {
	it('declares event kinds that events.csv uses, located by row and column', () => {
		const kinds = 'id,label,shape,colour\ntalks,ceasefire talks,,#aa3377\n';
		const events = `${EVENTS}talks,2024-07-01,Talks,talks,russia;dprk,tass\n`;
		const result = loadCsvFiles(files({ 'cuba-event-kinds.csv': kinds, 'events.csv': events }));
		expect(result.ok ? [] : result.errors.map(describeProblem)).toEqual([]);
		if (!result.ok) return;
		expect(result.story.eventKinds.get('talks')).toMatchObject({
			label: 'ceasefire talks',
			shape: 'hexagon',
			light: '#aa3377'
		});
		const bad = 'id,label,shape\ntalks,talks,blob\n';
		expect(errorsOf(loadCsvFiles(files({ 'event-kinds.csv': bad, 'events.csv': events })))).toEqual(
			[
				"event-kinds.csv row 2, column shape: 'blob' is not allowed: use one of 'square', 'circle', 'triangle', 'diamond', 'star', 'small-circle', 'hexagon', 'triangle-down', 'sparkle', 'pentagon'"
			]
		);
	});
});
