import fc from 'fast-check';
import { loadJsonText } from './import';
import { describe, expect, it } from 'vitest';
import { formatPath, loadDataset, type LoadResult, type Problem } from './load';

type Json = Record<string, unknown>;

function source(overrides: Json = {}): Json {
	return { id: 'tass', title: 'Treaty text', url: 'https://example.org/treaty', ...overrides };
}

function actor(id: string, overrides: Json = {}): Json {
	return { id, name: id.toUpperCase(), kind: 'country', ...overrides };
}

/** Three actors: two countries and a person who represents the first. */
function actors(): Json[] {
	return [
		actor('russia'),
		actor('dprk'),
		actor('putin', { kind: 'person', represents: 'russia', role: 'President' })
	];
}

function event(overrides: Json = {}): Json {
	return {
		id: 'treaty',
		date: '2024-06-19',
		title: 'Treaty on Comprehensive Strategic Partnership',
		kind: 'treaty',
		actors: ['russia', 'dprk', 'putin'],
		sources: [{ source: 'tass' }],
		...overrides
	};
}

function relation(overrides: Json = {}): Json {
	return {
		id: 'pact',
		from: 'russia',
		to: 'dprk',
		kind: 'alliance',
		since: 'treaty',
		sources: [{ source: 'tass' }],
		...overrides
	};
}

/** A small valid story, with any top-level field replaced. It loads with no warnings. */
function story(overrides: Json = {}): Json {
	const base = {
		id: 'test-story',
		title: 'A test story',
		sources: [source()],
		actors: actors(),
		events: [
			event(),
			event({ id: 'visit', date: '2000-07-19', kind: 'visit', title: 'Putin visits Pyongyang' })
		],
		relations: [relation()]
	};
	return { ...base, ...overrides };
}

function without(data: Json, key: string): Json {
	const copy = { ...data };
	delete copy[key];
	return copy;
}

function errorsOf(result: LoadResult): readonly Problem[] {
	return result.ok ? [] : result.errors;
}

/** Problems as `where: what` lines, which read well in a failed assertion. */
function lines(problems: readonly Problem[]): string[] {
	return problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe('loadDataset(valid story)', () => {
	it('loadDataset(story()) is ok, with no warnings', () => {
		const result = loadDataset(story());
		expect(lines(errorsOf(result))).toEqual([]);
		expect(result.ok).toBe(true);
		expect(lines(result.warnings)).toEqual([]);
	});

	it('loadDataset orders story.events chronologically, not in file order', () => {
		const result = loadDataset(story());
		if (!result.ok) throw new Error('the fixture should load');
		expect(result.story.events.map((e) => e.id)).toEqual(['visit', 'treaty']);
	});

	it('loadDataset keeps file order for events on the same start day', () => {
		const result = loadDataset(
			story({
				events: [
					event({ id: 'treaty', date: '2024-06-19' }),
					event({ id: 'a-month', date: '2024-06' }),
					event({ id: 'c-visit', date: '2024-06-19' }),
					event({ id: 'd-early', date: '2024-06-01' })
				]
			})
		);
		if (!result.ok) throw new Error(lines(result.errors).join('\n'));
		expect(result.story.events.map((e) => e.id)).toEqual([
			'a-month',
			'd-early',
			'treaty',
			'c-visit'
		]);
	});

	it('loadDataset fills in defaults: importance 3, empty summary, empty actor list', () => {
		const result = loadDataset(story({ events: [without(event(), 'actors')] }));
		if (!result.ok) throw new Error(lines(result.errors).join('\n'));
		const [only] = result.story.events;
		expect(only).toMatchObject({ importance: 3, summary: '', actors: [] });
	});

	it('loadDataset dates a relation whose since is an event id from that event', () => {
		const result = loadDataset(story());
		if (!result.ok) throw new Error('the fixture should load');
		const pact = result.story.relationById.get('pact');
		expect(pact?.start).toBe(Date.UTC(2024, 5, 19));
		expect(pact?.end).toBe(Infinity);
	});

	it.each([
		['alliance', undefined, false],
		['support', undefined, true],
		['sanctions', undefined, true],
		['alliance', true, true],
		['support', false, false]
	] as const)(
		'a %s relation with directed %s is drawn directed: %s',
		(kind, directed, expected) => {
			const result = loadDataset(
				story({ relations: [relation(directed === undefined ? { kind } : { kind, directed })] })
			);
			if (!result.ok) throw new Error(lines(result.errors).join('\n'));
			expect(result.story.relations[0]?.directed).toBe(expected);
		}
	);

	it('loadDataset spans the story from the first event to the day after the last ends', () => {
		const result = loadDataset(
			story({
				events: [
					event(),
					event({ id: 'war', date: '2022-02-24', end: '2024-07', kind: 'war' }),
					event({ id: 'visit', date: '2000-07-19' })
				]
			})
		);
		if (!result.ok) throw new Error(lines(result.errors).join('\n'));
		expect(result.story.span).toEqual({ start: Date.UTC(2000, 6, 19), end: Date.UTC(2024, 7, 1) });
	});
});

describe('loadDataset(broken story) reports where and what', () => {
	it.each([
		{
			what: 'a missing title',
			data: without(story(), 'title'),
			at: 'title',
			says: 'required but missing'
		},
		{
			what: 'a title that is a number',
			data: story({ title: 42 }),
			at: 'title',
			says: 'must be text, not the number 42'
		},
		{
			what: 'events that is not a list',
			data: story({ events: 'none', relations: [] }),
			at: 'events',
			says: 'must be a list'
		},
		{
			what: 'an unknown field on an event',
			data: story({ events: [event({ colour: 'red' })] }),
			at: 'events[0]',
			says: "unknown field 'colour'"
		},
		{
			what: 'an unknown field at the top',
			data: story({ author: 'me' }),
			at: 'the dataset',
			says: "unknown field 'author'"
		},
		{
			what: 'an importance that is not a whole number',
			data: story({ events: [event({ importance: 2.5 }), event({ id: 'visit' })] }),
			at: 'events[0].importance',
			says: 'must be a whole number, not the number 2.5'
		},
		{
			what: 'an importance above 5',
			data: story({ events: [event({ importance: 9 }), event({ id: 'visit' })] }),
			at: 'events[0].importance',
			says: 'must be at most 5'
		},
		{
			what: 'an event kind that is not in the list',
			data: story({ events: [event({ kind: 'meeting' })] }),
			at: 'events[0].kind',
			says: "'meeting' is not allowed"
		},
		{
			what: 'an impossible event date',
			data: story({ events: [event({ date: '2024-02-30' })] }),
			at: 'events[0].date',
			says: "'2024-02-30' is not a real date"
		},
		{
			what: 'an impossible default moment',
			data: story({ defaultMoment: '2024-02-30' }),
			at: 'defaultMoment',
			says: "'2024-02-30' is not a real date"
		},
		{
			what: 'a starting view that ends before it starts',
			data: story({ view: { start: '2024', end: '2000-07' } }),
			at: 'view.end',
			says: 'the view ends (2000-07) before it starts (2024)'
		},
		{
			what: 'an impossible publication date of a source',
			data: story({ sources: [source({ date: '2023-02-29' })] }),
			at: 'sources[0].date',
			says: "'2023-02-29' is not a real date"
		},
		{
			what: 'a date written without zero padding',
			data: story({ events: [event({ date: '2024-6-1' })] }),
			at: 'events[0].date',
			says: 'YYYY-MM-DD'
		},
		{
			what: 'no events at all',
			data: story({ events: [], relations: [] }),
			at: 'events',
			says: 'at least one event'
		},
		{
			what: 'a duplicate actor id',
			data: story({ actors: [...actors(), actor('russia')] }),
			at: 'actors[3].id',
			says: "'russia' is used twice"
		},
		{
			what: 'an event naming an unknown actor',
			data: story({ events: [event({ actors: ['russia', 'kosovo', 'dprk', 'putin'] })] }),
			at: 'events[0].actors[1]',
			says: "'kosovo' is not the id of any actor"
		},
		{
			what: 'a relation from an unknown actor',
			data: story({ relations: [relation({ from: 'ussr' })] }),
			at: 'relations[0].from',
			says: "'ussr' is not the id of any actor"
		},
		{
			what: 'a relation joining an actor with itself',
			data: story({ relations: [relation({ to: 'russia' })] }),
			at: 'relations[0].to',
			says: 'two different actors'
		},
		{
			what: 'a citation of an unknown source',
			data: story({ events: [event({ sources: [{ source: 'tass' }, { source: 'kcna' }] })] }),
			at: 'events[0].sources[1].source',
			says: "'kcna' is not the id of any entry in sources"
		},
		{
			what: 'a relation that ends before it starts',
			data: story({ relations: [relation({ since: '2024-06-19', until: '2024-01-01' })] }),
			at: 'relations[0].until',
			says: 'cannot end before it starts'
		},
		{
			what: 'a relation that ends the day it starts',
			data: story({ relations: [relation({ since: 'treaty', until: '2024-06-19' })] }),
			at: 'relations[0].until',
			says: 'never in force'
		},
		{
			what: 'a relation from a month to that month’s first day',
			data: story({ relations: [relation({ since: '2024-06', until: '2024-06-01' })] }),
			at: 'relations[0].until',
			says: 'never in force'
		},
		{
			what: 'a relation since an unknown event',
			data: story({ relations: [relation({ since: 'summit-2030' })] }),
			at: 'relations[0].since',
			says: "'summit-2030' is neither a date"
		},
		{
			what: 'a relation since an impossible date',
			data: story({ relations: [relation({ since: '2023-02-29' })] }),
			at: 'relations[0].since',
			says: "'2023-02-29' is not a real date"
		},
		{
			what: 'a javascript: source url',
			data: story({ sources: [source({ url: 'javascript:alert(1)' })] }),
			at: 'sources[0].url',
			says: 'must be a web address'
		},
		{
			what: 'a data: source url',
			data: story({ sources: [source({ url: 'data:text/html,<script>alert(1)</script>' })] }),
			at: 'sources[0].url',
			says: 'must be a web address'
		},
		{
			what: 'a file: source url',
			data: story({ sources: [source({ url: 'file:///etc/passwd' })] }),
			at: 'sources[0].url',
			says: 'must be a web address'
		},
		{
			what: 'an event that ends before its date',
			data: story({ events: [event({ end: '2024-06-18' })] }),
			at: 'events[0].end',
			says: 'cannot end before it starts'
		},
		{
			what: 'a person representing an unknown actor',
			data: story({
				actors: [actor('russia'), actor('dprk'), actor('putin', { represents: 'ussr' })]
			}),
			at: 'actors[2].represents',
			says: "'ussr' is not the id of any actor"
		},
		{
			what: 'an actor whose active time ends before it starts',
			data: story({
				actors: [
					actor('russia', { active: { from: '1991-12-26', until: '1991' } }),
					actor('dprk'),
					actor('putin')
				]
			}),
			at: 'actors[0].active.until',
			says: 'must end after it starts'
		}
	])('$what is one error at $at', ({ data, at, says }) => {
		const result = loadDataset(data);
		expect(result.ok).toBe(false);
		const errors = errorsOf(result);
		expect(lines(errors)).toEqual([expect.stringContaining(says)]);
		expect(formatPath(errors[0]!.path)).toBe(at);
		expect(errors[0]!.severity).toBe('error');
	});

	it('loadDataset reports every error of a dataset, not just the first', () => {
		const result = loadDataset(
			story({
				sources: [source({ url: 'javascript:alert(1)' })],
				actors: [...actors(), actor('russia')],
				events: [
					event({ date: '2024-02-30' }),
					event({ id: 'visit', kind: 'meeting' }),
					event({ id: 'summit', actors: ['russia', 'kosovo'] })
				],
				relations: [relation({ since: 'summit-2030', sources: [{ source: 'kcna' }] })]
			})
		);
		expect(result.ok).toBe(false);
		expect(errorsOf(result).map((e) => formatPath(e.path))).toEqual(
			expect.arrayContaining([
				'sources[0].url',
				'actors[3].id',
				'events[0].date',
				'events[1].kind',
				'events[2].actors[1]',
				'relations[0].since',
				'relations[0].sources[0].source'
			])
		);
	});

	it('loadDataset checks every field of an item that fails on one of them', () => {
		const result = loadDataset(
			story({
				events: [
					event({
						title: '',
						date: '2024-02-30',
						actors: ['kosovo'],
						sources: [{ source: 'nowhere' }]
					})
				]
			})
		);
		expect(errorsOf(result).map((e) => formatPath(e.path))).toEqual(
			expect.arrayContaining([
				'events[0].title',
				'events[0].date',
				'events[0].actors[0]',
				'events[0].sources[0].source'
			])
		);
	});

	it('loadDataset does not also call an item with a bad field unknown when it is referred to', () => {
		const result = loadDataset(
			story({ actors: [...actors().slice(0, 2), actor('putin', { kind: 'tsar' })] })
		);
		expect(lines(errorsOf(result))).toEqual([expect.stringMatching(/^actors\[2\]\.kind: /)]);
	});
});

describe('loadDataset(suspicious story) warns but loads', () => {
	it.each([
		{
			what: 'an event with no sources',
			data: story({ events: [event({ sources: [] })] }),
			at: 'events[0].sources',
			says: "event 'treaty' cites no source"
		},
		{
			what: 'a relation with no sources',
			data: story({ relations: [relation({ sources: [] })] }),
			at: 'relations[0].sources',
			says: "relation 'pact' cites no source"
		},
		{
			what: 'an actor mentioned nowhere',
			data: story({ actors: [...actors(), actor('china')] }),
			at: 'actors[3]',
			says: "actor 'china' is in no event and no relation"
		},
		{
			what: 'a source cited nowhere',
			data: story({ sources: [source(), source({ id: 'unused' })] }),
			at: 'sources[1]',
			says: "source 'unused' is cited nowhere"
		}
	])('$what is one warning at $at', ({ data, at, says }) => {
		const result = loadDataset(data);
		expect(lines(errorsOf(result))).toEqual([]);
		expect(result.ok).toBe(true);
		expect(lines(result.warnings)).toEqual([expect.stringContaining(says)]);
		expect(formatPath(result.warnings[0]!.path)).toBe(at);
		expect(result.warnings[0]!.severity).toBe('warning');
	});
});

describe('loadDataset(not an object)', () => {
	it.each([
		[null, 'null'],
		[42, 'the number 42'],
		['x', "'x'"],
		[[], 'a list'],
		[undefined, 'nothing'],
		[true, 'true']
	])('loadDataset(%j) is one error at the dataset saying it is not %s', (input, described) => {
		let result: LoadResult | undefined;
		expect(() => (result = loadDataset(input))).not.toThrow();
		expect(result?.ok).toBe(false);
		const errors = errorsOf(result!);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.path).toEqual([]);
		expect(errors[0]!.message).toContain('must be a JSON object');
		expect(errors[0]!.message).toContain(`not ${described}`);
	});
});

describe('loadJsonText(text)', () => {
	it.each(['{"title": ', "{'id': 'x'}", '{"a": 1,}'])(
		'loadJsonText(%j) is one error saying it is not valid JSON',
		(text) => {
			const result = loadJsonText(text, 'story.json');
			expect(result.ok).toBe(false);
			const errors = errorsOf(result);
			expect(errors).toHaveLength(1);
			expect(errors[0]!.path).toEqual([]);
			expect(errors[0]!.message).toContain('JSON');
		}
	);

	it('loadJsonText accepts a leading byte order mark', () => {
		const result = loadJsonText('\uFEFF' + JSON.stringify(story()), 'story.json');
		expect(lines(errorsOf(result))).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('loadJsonText reports dataset problems like loadDataset does', () => {
		const text = JSON.stringify(story({ events: [event({ date: '2024-02-30' })] }));
		expect(lines(errorsOf(loadJsonText(text, 'story.json')))).toEqual(
			lines(errorsOf(loadDataset(JSON.parse(text))))
		);
	});
});

describe('formatPath(path)', () => {
	it.each([
		[[], 'the dataset'],
		[['title'], 'title'],
		[['events', 3, 'date'], 'events[3].date'],
		[['events', 0, 'sources', 1, 'source'], 'events[0].sources[1].source']
	] as const)('formatPath(%j) is %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});

/** Every path to a value inside `value`, the empty path (the root) excluded. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [];
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value as Json);
	return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}

function mutate(
	root: Json,
	path: (string | number)[],
	change: { delete: boolean; value: unknown }
) {
	const copy = structuredClone(root);
	let parent: Record<string | number, unknown> = copy;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const last = path[path.length - 1]!;
	if (change.delete && Array.isArray(parent)) parent.splice(last as number, 1);
	else if (change.delete) delete parent[last];
	else parent[last] = change.value;
	return copy;
}

/** Loading is total: a result, never an exception, and problems an author can act on. */
function expectWellFormed(result: LoadResult) {
	for (const problem of [...errorsOf(result), ...result.warnings]) {
		expect(Array.isArray(problem.path)).toBe(true);
		for (const segment of problem.path) expect(['string', 'number']).toContain(typeof segment);
		expect(typeof problem.message).toBe('string');
		expect(problem.message.trim()).not.toBe('');
		// The loader's safety net: reached only when the model itself crashed.
		expect(problem.message).not.toMatch(/^could not be read/);
	}
	if (result.ok) {
		// A story that loads has every reference resolved.
		const { story } = result;
		for (const e of story.events) {
			for (const a of e.actors) expect(story.actorById.has(a)).toBe(true);
			for (const c of e.sources) expect(story.sourceById.has(c.source)).toBe(true);
			expect(e.start).toBeLessThan(e.finish);
		}
		for (const r of story.relations) {
			expect(story.actorById.has(r.from)).toBe(true);
			expect(story.actorById.has(r.to)).toBe(true);
			expect(r.start).toBeLessThan(r.end);
		}
	} else {
		expect(result.errors.length).toBeGreaterThan(0);
	}
}

describe('loadDataset(anything)', () => {
	it('loadDataset never throws on arbitrary values and reports well-formed problems', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expectWellFormed(loadDataset(value));
			}),
			{ numRuns: 1000 }
		);
	}, 30_000);

	it('loadJsonText never throws on arbitrary JSON text', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expectWellFormed(loadJsonText(JSON.stringify(value), 'story.json'));
			}),
			{ numRuns: 1000 }
		);
	}, 30_000);

	it('loadDataset never throws on the valid story with a field changed or deleted', () => {
		const valid = story({
			relations: [relation(), relation({ id: 'ended', since: '2000-07', until: 'treaty' })]
		});
		const paths = pathsIn(valid);
		// Values that are meaningful here, so that the cross-checks run, not only the schema.
		const plausible = fc.constantFrom(
			'treaty',
			'visit',
			'russia',
			'dprk',
			'tass',
			'2024-02-30',
			'2024-06-19',
			'2024-06',
			'2000',
			'1995~',
			'',
			'javascript:alert(1)',
			'__proto__',
			'constructor'
		);
		const change = fc.record({
			delete: fc.boolean(),
			value: fc.oneof(plausible, fc.jsonValue(), fc.anything())
		});
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...paths), change), { minLength: 1, maxLength: 3 }),
				(changes) => {
					let data = valid;
					for (const [path, c] of changes) {
						// An earlier change may have removed or replaced the parent of this path.
						try {
							data = mutate(data, path, c);
						} catch {
							continue;
						}
					}
					expectWellFormed(loadDataset(data));
				}
			),
			{ numRuns: 2000 }
		);
	}, 60_000);
});
