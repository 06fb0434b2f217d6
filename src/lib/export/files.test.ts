/// <reference types="node" />
import { loadJsonText } from '../model/import';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Story } from '../model/load';
import { datasetJson, exportName, relationsCsv } from './files';

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

	it('relationsCsv lists the relations in force at the moment, with the 19 June 2024 pact on 20 June', () => {
		const rows = csvParse(relationsCsv(story, june20));
		const pact = rows.find((r) => r.id === 'partnership-2024');
		expect(pact).toMatchObject({ from: 'Russia', to: 'North Korea', since: '19 June 2024' });
		expect(pact?.since_date).toBe('2024-06-19');
		expect(
			csvParse(relationsCsv(story, Date.UTC(2020, 0, 1))).some((r) => r.id === 'partnership-2024')
		).toBe(false);
	});

	it('datasetJson gives back a dataset that loads', () => {
		const again = loadJsonText(datasetJson(story), 'story.json');
		expect(again.ok).toBe(true);
		expect(again.ok && again.story.events.length).toBe(story.events.length);
	});
});
