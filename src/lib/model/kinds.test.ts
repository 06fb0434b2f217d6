import { describe, expect, it } from 'vitest';
import { edgeRule } from '../graph/style';
import { shapePath } from '../timeline/marks';
import { MARK_SHAPES } from './constants';
import { BUILT_IN_EVENT_KINDS, eventKinds } from './event-kinds';
import { eventKind } from './event-kinds';
import { BUILT_IN_KINDS, lookAlikes, relationKinds } from './kinds';
import { NATO } from './kinds.fixture';
import { loadDataset } from './load';
import { formatProblem } from './problems';

/** A line as it looks without colour: its dash pattern and width, as Cytoscape draws it. */
function shape(kind: Parameters<typeof edgeRule>[0]): string {
	const { style } = edgeRule(kind, 'light') as unknown as { style: Record<string, unknown> };
	return JSON.stringify([style.width, style['line-style'], style['line-dash-pattern'] ?? null]);
}

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

/** The fixture with its declared event kinds replaced, and one event of each kind in `uses`. */
function withEventKinds(declared: unknown[], uses: string[] = []) {
	return {
		...NATO,
		kinds: { ...NATO.kinds, events: declared },
		events: [
			NATO.events[0]!,
			...uses.map((kind, i) => ({ ...NATO.events[1]!, id: `use-${i}`, kind }))
		]
	};
}

describe('declared event kinds', () => {
	it('loads a story with two declared event kinds, named as declared, without a problem', () => {
		const result = loadDataset(NATO);
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([]);
		if (!result.ok) return;
		expect(eventKind(result.story, 'talks')).toMatchObject({
			label: 'accession talks',
			builtIn: false
		});
		expect(eventKind(result.story, 'memorandum')).toMatchObject({
			label: 'trilateral memorandum',
			light: '#aa3377',
			dark: '#aa3377'
		});
		expect(eventKind(result.story, 'treaty')).toMatchObject({ label: 'treaty', builtIn: true });
	});

	it.each([
		[
			'an event of an undeclared kind',
			withEventKinds([{ id: 'talks', label: 'talks' }], ['talks', 'ceasefire']),
			[
				"events[2].kind: 'ceasefire' is not allowed: use one of 'founding', 'visit', 'summit', 'treaty', 'agreement', 'vote', 'veto', 'statement', 'war', 'military', 'sanctions', 'election', 'membership', 'other', 'talks', or declare it in kinds.events"
			]
		],
		[
			'a declared kind with a built-in id',
			withEventKinds([{ id: 'treaty', label: 'my treaty' }], ['treaty']),
			["kinds.events[0].id: 'treaty' is a built-in kind already: give the declared kind another id"]
		],
		[
			'two declared kinds with one id',
			withEventKinds(
				[
					{ id: 'talks', label: 'talks' },
					{ id: 'talks', label: 'more talks' }
				],
				['talks']
			),
			[
				"kinds.events[1].id: 'talks' is used twice in kinds.events (first at kinds.events[0]); ids must be unique"
			]
		],
		[
			'a shape that is no mark',
			withEventKinds([{ id: 'talks', label: 'talks', style: { shape: 'blob' } }], []),
			[
				"kinds.events[0].style.shape: 'blob' is not allowed: use one of 'square', 'circle', 'triangle', 'diamond', 'star', 'small-circle', 'hexagon', 'triangle-down', 'sparkle', 'pentagon'"
			]
		]
	])('refuses %s, saying where', (_, story, errors) => {
		const result = loadDataset(story);
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual(errors);
	});

	it.each([
		[
			'two declared kinds given one shape',
			[
				{ id: 'talks', label: 'talks', style: { shape: 'pentagon', colour: '#aa3377' } },
				{ id: 'memo', label: 'memo', style: { shape: 'pentagon' } }
			],
			[
				"kinds.events[1].style.shape: kind 'memo' would be drawn like 'talks' (a pentagon mark), so the two are told apart only by colour: choose another style.shape"
			]
		],
		[
			'a declared kind given the shape of a built-in one',
			[{ id: 'talks', label: 'talks', style: { shape: 'square' } }],
			[
				"kinds.events[0].style.shape: kind 'talks' would be drawn like 'treaty' (a square mark), so the two are told apart only by colour: choose another style.shape"
			]
		],
		[
			'two declared kinds without shapes',
			[
				{ id: 'talks', label: 'talks' },
				{ id: 'memo', label: 'memo' }
			],
			[]
		]
	])('warns about %s', (_, declared, warnings) => {
		const result = loadDataset(withEventKinds(declared, ['talks']));
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem).filter((w) => w.startsWith('kinds.'))).toEqual(
			warnings
		);
	});

	it('gives declared kinds without a shape marks no other kind has, in order', () => {
		const kinds = eventKinds([
			{ id: 'a', label: 'a' },
			{ id: 'b', label: 'b', style: { shape: 'hexagon' } },
			{ id: 'c', label: 'c' },
			{ id: 'd', label: 'd' }
		]);
		expect(['a', 'b', 'c', 'd'].map((id) => kinds.get(id)!.shape)).toEqual([
			'triangle-down',
			'hexagon',
			'sparkle',
			'pentagon'
		]);
		expect(lookAlikes(kinds)).toEqual([]);
	});

	it('draws two declared kinds differently from each other and from every built-in kind, without colour', () => {
		const kinds = eventKinds(NATO.kinds.events);
		const path = (id: string) => shapePath(kinds.get(id)!.shape);
		const builtIn = new Set([...BUILT_IN_EVENT_KINDS.values()].map((k) => shapePath(k.shape)));
		expect(path('talks')).not.toBe(path('memorandum'));
		expect(builtIn.has(path('talks'))).toBe(false);
		expect(builtIn.has(path('memorandum'))).toBe(false);
		// Every shape an author may choose is drawn, and no two alike.
		const paths = MARK_SHAPES.map((shape) => shapePath(shape));
		expect(paths.every((d) => /^M[-\d.,]+.*Z$/.test(d))).toBe(true);
		expect(new Set(paths).size).toBe(MARK_SHAPES.length);
	});

	it('keeps the built-in kinds first and the declared ones in the order written', () => {
		const kinds = eventKinds(NATO.kinds.events);
		expect([...kinds.keys()].slice(-3)).toEqual(['other', 'talks', 'memorandum']);
		expect(kinds.get('talks')).toMatchObject({ light: '#5f5f5f', dark: '#b4b4b4' });
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
