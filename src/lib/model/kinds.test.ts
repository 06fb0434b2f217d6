import { describe, expect, it } from 'vitest';
import { edgeRule } from '../graph/style';
import { BUILT_IN_KINDS, lookAlikes, relationKinds } from './kinds';
import { loadDataset } from './load';
import { formatProblem } from './problems';

/** A line as it looks without colour: its dash pattern and width, as Cytoscape draws it. */
function shape(kind: Parameters<typeof edgeRule>[0]): string {
	const { style } = edgeRule(kind, 'light') as unknown as { style: Record<string, unknown> };
	return JSON.stringify([style.width, style['line-style'], style['line-dash-pattern'] ?? null]);
}

const NATO = {
	id: 'nato',
	title: 'NATO enlargement',
	sources: [{ id: 'nato-site', title: 'NATO' }],
	actors: [
		{ id: 'finland', name: 'Finland', kind: 'country' },
		{ id: 'türkiye', name: 'Türkiye', kind: 'country' },
		{ id: 'nato', name: 'NATO', kind: 'organization' },
		{ id: 'niinistö', name: 'Sauli Niinistö', kind: 'person' }
	],
	events: [
		{
			id: 'application',
			date: '2022-05-18',
			title: 'Finland applies',
			kind: 'membership',
			actors: ['finland', 'nato', 'türkiye', 'niinistö'],
			sources: [{ source: 'nato-site' }]
		}
	],
	kinds: {
		relations: [
			{
				id: 'candidate',
				label: 'candidate for membership',
				verb: 'is a candidate for',
				directed: true
			},
			{ id: 'objects', label: 'objects to', verb: 'objects to', style: { colour: '#aa3377' } }
		]
	},
	relations: [
		{
			id: 'bid',
			from: 'finland',
			to: 'nato',
			kind: 'candidate',
			since: 'application',
			until: '2023-04-04',
			sources: [{ source: 'nato-site' }]
		},
		{
			id: 'veto',
			from: 'türkiye',
			to: 'finland',
			kind: 'objects',
			since: 'application',
			until: '2023-03-30',
			sources: [{ source: 'nato-site' }]
		}
	]
};

describe('declared relation kinds', () => {
	it('loads a story with two declared kinds, with their labels, verbs and directions', () => {
		const result = loadDataset(NATO);
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([]);
		if (!result.ok) return;
		expect(result.story.relationKinds.get('candidate')).toMatchObject({
			label: 'candidate for membership',
			verb: 'is a candidate for',
			directed: true,
			builtIn: false
		});
		expect(result.story.relationById.get('bid')?.directed).toBe(true);
		expect(result.story.relationById.get('veto')?.directed).toBe(false);
	});

	it('draws two declared kinds differently from each other and from every built-in kind, without colour', () => {
		const kinds = relationKinds(NATO.kinds.relations);
		const builtIn = new Set([...BUILT_IN_KINDS.values()].map(shape));
		const candidate = shape(kinds.get('candidate')!);
		const objects = shape(kinds.get('objects')!);
		expect(candidate).not.toBe(objects);
		expect(builtIn.has(candidate)).toBe(false);
		expect(builtIn.has(objects)).toBe(false);
		expect(lookAlikes(kinds)).toEqual([]);
	});

	it('uses the colour and line an author gives, and a grey otherwise', () => {
		const kinds = relationKinds([
			{ id: 'a', label: 'a', style: { line: 'dotted', colour: '#aa3377' } },
			{ id: 'b', label: 'b' }
		]);
		expect(kinds.get('a')!.style).toEqual({
			pattern: 'dotted',
			width: 3,
			light: '#aa3377',
			dark: '#aa3377'
		});
		expect(kinds.get('b')!.style).toMatchObject({
			pattern: 'longdash',
			width: 3,
			light: '#5f5f5f'
		});
		expect(edgeRule(kinds.get('a')!, 'dark')).toMatchObject({
			selector: 'edge.k-declared-0',
			style: { 'line-color': '#aa3377', 'line-dash-pattern': [3, 4.5] }
		});
	});

	it('gives ten declared kinds without a line ten different looks, none of a built-in kind', () => {
		const kinds = relationKinds(
			Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, label: `k${i}` }))
		);
		const shapes = [...kinds.values()].filter((k) => !k.builtIn).map(shape);
		expect(new Set(shapes).size).toBe(10);
		const builtIn = new Set([...BUILT_IN_KINDS.values()].map(shape));
		expect(shapes.filter((s) => builtIn.has(s))).toEqual([]);
	});
});

describe('Unicode ids', () => {
	it('accepts ids in any alphabet: niinistö, türkiye, 日本, москва', () => {
		const story = {
			...NATO,
			actors: [
				...NATO.actors,
				{ id: '日本', name: 'Japan', kind: 'country' },
				{ id: 'москва', name: 'Moscow', kind: 'organization' }
			],
			events: [{ ...NATO.events[0]!, actors: [...NATO.events[0]!.actors, '日本', 'москва'] }]
		};
		const result = loadDataset(story);
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
	});

	it('still refuses an id that starts with a digit or holds a space, saying why', () => {
		const result = loadDataset({
			...NATO,
			actors: [...NATO.actors, { id: '1 finland', name: 'X', kind: 'country' }]
		});
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([
			'actors[4].id: \'1 finland\' must start with a letter and use only letters (of any alphabet), digits, "-" and "_"'
		]);
	});
});
