/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToCsvFiles, loadCsvFiles } from '../model/csv';
import { loadJsonText } from '../model/import';
import { formatProblem, loadDataset, type Story } from '../model/load';
import type { DatasetInput } from '../model/schema';
import { stepOfEvent, stepsOf } from './steps';

const TEXT = readFileSync(new URL('../../../data/russia-dprk.json', import.meta.url), 'utf8');

function load(data: unknown): Story {
	const result = loadDataset(data);
	if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
	return result.story;
}

const base = (): DatasetInput => ({
	id: 'mini',
	title: 'Mini',
	sources: [{ id: 's', title: 'S' }],
	actors: [
		{ id: 'a', name: 'A', kind: 'country' },
		{ id: 'b', name: 'B', kind: 'country' }
	],
	events: [
		{ id: 'late', date: '2024-06', title: 'Late', kind: 'other', actors: ['a', 'b'] },
		{ id: 'early', date: '1961-07-06', title: 'Early', kind: 'treaty', actors: ['a'] }
	],
	relations: []
});

describe('stepsOf(story)', () => {
	it('without a story, every event is a step, in date order, its date at its precision', () => {
		const steps = stepsOf(load(base()));
		expect(steps.map((s) => s.title)).toEqual(['Early', 'Late']);
		expect(steps[1]!.date).toBe('June 2024');
		expect(steps[1]!.focus).toEqual(['a', 'b']);
	});

	it('follows the authored steps: caption, title, focus and a step on a moment alone', () => {
		const steps = stepsOf(
			load({
				...base(),
				story: [
					{ event: 'late', caption: 'Say this.', focus: ['b'] },
					{ moment: '2000', title: 'The year 2000' },
					{ event: 'early' }
				]
			})
		);
		expect(steps).toHaveLength(3);
		expect(steps[0]).toMatchObject({ title: 'Late', caption: 'Say this.', focus: ['b'] });
		expect(steps[1]).toMatchObject({ title: 'The year 2000', date: '2000', caption: '' });
		expect(steps[1]!.event).toBeUndefined();
		expect(stepOfEvent(steps, 'early')).toBe(2);
	});
});

describe('the story field is validated like the rest', () => {
	it.each([
		[{ event: 'nope' }, 'story[0].event', "'nope' is not the id of any event"],
		[{ event: 'late', focus: ['a', 'zz'] }, 'story[0].focus[1]', "'zz' is not the id of any actor"],
		[{ caption: 'No anchor' }, 'story[0]', 'a step needs an event or a moment'],
		[{ moment: '2024-02-30' }, 'story[0].moment', 'is not a real date'],
		[{ event: 'late', colour: 'red' }, 'story[0]', "unknown field 'colour'"]
	])('step %j: %s says what is wrong', (step, where, what) => {
		const result = loadDataset({ ...base(), story: [step] });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const lines = result.errors.map(formatProblem);
		expect(lines.some((l) => l.startsWith(`${where}:`) && l.includes(what))).toBe(true);
	});
});

describe('the bundled guided story', () => {
	const result = loadJsonText(TEXT, 'russia-dprk.json');
	const story = result.ok ? result.story : null;

	it('loads cleanly and has 8 to 12 steps, each with a caption, in date order', () => {
		expect(result.ok).toBe(true);
		const steps = stepsOf(story!);
		expect(steps.length).toBeGreaterThanOrEqual(8);
		expect(steps.length).toBeLessThanOrEqual(12);
		for (const step of steps) expect(step.caption.length).toBeGreaterThan(20);
		const moments = steps.map((s) => s.moment);
		expect(moments).toEqual([...moments].sort((a, b) => a - b));
	});

	it('tells the seed article’s moments: 1961, 2000, the veto, 13 and 19 June 2024, entry into force', () => {
		const ids = stepsOf(story!).map((s) => s.event?.id);
		for (const id of [
			'ussr-dprk-treaty-1961',
			'putin-visit-2000',
			'veto-panel-2024',
			'us-ukraine-agreement-2024',
			'treaty-2024',
			'treaty-in-force-2024'
		]) {
			expect(ids).toContain(id);
		}
	});
});

describe('steps.csv', () => {
	const files = ['actors', 'events', 'relations', 'sources', 'story', 'steps'].map((t) => ({
		name: `${t}.csv`,
		text: readFileSync(new URL(`../../../data/templates/${t}.csv`, import.meta.url), 'utf8')
	}));

	it('the template opens with its steps, focus lists split', () => {
		const result = loadCsvFiles(files);
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		if (!result.ok) return;
		const steps = stepsOf(result.story);
		expect(steps.map((s) => s.event?.id)).toEqual(['address-1962', 'withdrawal-1962']);
		expect(steps[0]!.focus).toEqual(['usa', 'kennedy', 'cuba']);
		expect(steps[1]!.caption).toMatch(/^Khrushchev agrees/);
	});

	it('a bad step is told by file, row and column', () => {
		const bad = files.map((f) =>
			f.name === 'steps.csv'
				? { ...f, text: 'event,caption,focus\naddress-1962,Fine,usa\nnope,Bad,usa; nobody\n' }
				: f
		);
		const result = loadCsvFiles(bad);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const lines = result.errors.map(formatProblem);
		expect(lines).toContain("steps.csv row 3, column event: 'nope' is not the id of any event");
		expect(lines).toContain("steps.csv row 3, column focus: 'nobody' is not the id of any actor");
	});

	it('a story with steps is written out as steps.csv and read back the same', () => {
		const result = loadCsvFiles(files);
		if (!result.ok) throw new Error('template');
		const again = loadCsvFiles(datasetToCsvFiles(result.story.data));
		expect(again.ok && again.story.data.story).toEqual(result.story.data.story);
	});
});

describe('an empty steps.csv', () => {
	it('is no guided story: the steps are every event', () => {
		const files = ['actors', 'events', 'sources'].map((t) => ({
			name: `${t}.csv`,
			text: readFileSync(new URL(`../../../data/templates/${t}.csv`, import.meta.url), 'utf8')
		}));
		const result = loadCsvFiles([...files, { name: 'steps.csv', text: 'event,caption\n' }]);
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		if (result.ok) expect(stepsOf(result.story)).toHaveLength(result.story.events.length);
	});
});
