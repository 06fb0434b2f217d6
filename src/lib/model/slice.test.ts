import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, parseDay } from './dates';
import { loadDataset, formatProblem, type Story } from './load';
import { changesAt, eventBefore, eventsOf, graphAt, holdsAt, relationsOf } from './slice';

type Json = Record<string, unknown>;

const cite = [{ source: 'src' }];

function actor(id: string, overrides: Json = {}): Json {
	return { id, name: id.toUpperCase(), kind: 'country', ...overrides };
}

function event(id: string, date: string, actors: string[], overrides: Json = {}): Json {
	return { id, date, title: id, kind: 'other', actors, sources: cite, ...overrides };
}

function relation(id: string, from: string, to: string, since: string, until?: string): Json {
	return {
		id,
		from,
		to,
		kind: 'partnership',
		since,
		...(until === undefined ? {} : { until }),
		sources: cite
	};
}

/** Loads a story of the given actors, events and relations; fails the test if it does not load. */
function loaded({
	actors = [actor('russia'), actor('dprk'), actor('china')],
	events = [event('treaty', '2024-06-19', ['russia', 'dprk'])],
	relations = []
}: {
	actors?: Json[];
	events?: Json[];
	relations?: Json[];
}): Story {
	const result = loadDataset({
		id: 'slice',
		title: 'Slicing',
		sources: [{ id: 'src', title: 'A source' }],
		actors,
		events,
		relations
	});
	if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
	return result.story;
}

/** UTC midnight of a `YYYY-MM-DD` day. */
function day(text: string): number {
	const ms = parseDay(text);
	if (ms === null) throw new Error(`'${text}' is not a day`);
	return ms;
}

function idsInForce(story: Story, text: string): string[] {
	return graphAt(story, day(text)).relations.map((r) => r.id);
}

describe('holdsAt(interval, t)', () => {
	it.each([
		[0, false],
		[10, true],
		[15, true],
		[19, true],
		[20, false]
	])('holdsAt([10, 20), %i) is %s', (t, expected) => {
		expect(holdsAt({ start: 10, end: 20 }, t)).toBe(expected);
	});
});

describe('graphAt(story, t): relations are in force from since up to, not including, until', () => {
	const story = loaded({
		events: [event('treaty', '2024-06-19', ['russia', 'dprk'])],
		relations: [
			relation('dated', 'russia', 'dprk', '2024-06-19', '2024-12-04'),
			relation('by-event', 'russia', 'china', 'treaty'),
			relation('by-month', 'dprk', 'china', '2024-06', '2025')
		]
	});

	it.each([
		['2024-06-18', false],
		['2024-06-19', true],
		['2024-12-03', true],
		['2024-12-04', false]
	])('a relation from 2024-06-19 until 2024-12-04 is in force on %s: %s', (text, expected) => {
		expect(idsInForce(story, text).includes('dated')).toBe(expected);
	});

	it.each([
		['2024-06-18', false],
		['2024-06-19', true],
		['2030-01-01', true],
		['9999-12-31', true]
	])(
		'a relation since the treaty event (2024-06-19), with no until, is in force on %s: %s',
		(text, expected) => {
			expect(idsInForce(story, text).includes('by-event')).toBe(expected);
		}
	);

	it.each([
		['2024-05-31', false],
		['2024-06-01', true],
		['2024-12-31', true],
		['2025-01-01', false]
	])('a relation from 2024-06 until 2025 is in force on %s: %s', (text, expected) => {
		expect(idsInForce(story, text).includes('by-month')).toBe(expected);
	});

	it('a relation that ends on an event ends on that event’s date', () => {
		const ending = loaded({
			events: [
				event('treaty', '2024-06-19', ['russia', 'dprk']),
				event('rupture', '2025-03-01', ['russia', 'dprk'])
			],
			relations: [relation('pact', 'russia', 'dprk', 'treaty', 'rupture')]
		});
		expect(idsInForce(ending, '2025-02-28')).toEqual(['pact']);
		expect(idsInForce(ending, '2025-03-01')).toEqual([]);
	});
});

describe('graphAt(story, t): actors on stage', () => {
	const story = loaded({
		actors: [
			actor('ussr', { active: { from: '1922-12-30', until: '1991-12-26' } }),
			actor('russia', { active: { from: 'dissolution' } }),
			actor('dprk', { active: { from: '1948-09-09' } })
		],
		events: [
			event('dissolution', '1991-12-26', ['ussr', 'russia']),
			event('friendship', '1961-07-06', ['ussr', 'dprk'])
		],
		relations: [
			relation('soviet-alliance', 'ussr', 'dprk', 'friendship'),
			relation('russian-ties', 'russia', 'dprk', '1991-12-26')
		]
	});

	it.each([
		['1922-12-29', []],
		['1950-01-01', ['ussr', 'dprk']],
		['1991-12-25', ['ussr', 'dprk']],
		['1991-12-26', ['russia', 'dprk']],
		['2024-06-19', ['russia', 'dprk']]
	])('graphAt(%s) has the actors %j', (text, ids) => {
		expect(
			graphAt(story, day(text))
				.actors.map((a) => a.id)
				.sort()
		).toEqual([...ids].sort());
	});

	it.each([
		['1961-07-05', []],
		['1961-07-06', ['soviet-alliance']],
		['1991-12-25', ['soviet-alliance']],
		['1991-12-26', ['russian-ties']]
	])('graphAt(%s) has only relations whose two actors are active: %j', (text, ids) => {
		expect(idsInForce(story, text)).toEqual(ids);
	});

	it('graphAt(t) reports the moment it was asked for', () => {
		expect(graphAt(story, day('2000-01-01')).t).toBe(day('2000-01-01'));
	});
});

describe('graphAt(story, t) for any intervals', () => {
	/** A day from 1970 to about 2100, written at day, month or year precision. */
	const moment = fc
		.record({
			days: fc.integer({ min: 0, max: 47_000 }),
			precision: fc.constantFrom('day', 'month', 'year')
		})
		.map(({ days, precision }) => {
			const iso = isoDay(days * 86_400_000);
			const text =
				precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
			const [y, m = 1, d = 1] = text.split('-').map(Number);
			// The first day a partial date stands for, computed independently of dates.ts.
			return { text, first: Date.UTC(y!, m - 1, d) };
		});
	const interval = fc
		.record({ since: moment, until: fc.option(moment, { nil: undefined }) })
		.filter(({ since, until }) => until === undefined || since.first < until.first);

	it('a relation is in graphAt(t) exactly when since ≤ t < until', () => {
		fc.assert(
			fc.property(
				fc.array(interval, { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 0, max: 47_000 }),
				(intervals, tDays) => {
					const t = tDays * 86_400_000;
					const story = loaded({
						actors: [actor('a'), actor('b')],
						events: [event('e', '2000', ['a', 'b'])],
						relations: intervals.map(({ since, until }, i) =>
							relation(`r${i}`, 'a', 'b', since.text, until?.text)
						)
					});
					const expected = intervals
						.map(({ since, until }, i) => ({ id: `r${i}`, since, until }))
						.filter(
							({ since, until }) => since.first <= t && (until === undefined || t < until.first)
						)
						.map(({ id }) => id);
					expect(graphAt(story, t).relations.map((r) => r.id)).toEqual(expected);
				}
			),
			{ numRuns: 500 }
		);
	}, 30_000);
});

describe('changesAt(story, eventId)', () => {
	const story = loaded({
		events: [
			event('treaty', '2024-06-19', ['russia', 'dprk']),
			event('summit', '2023-09-13', ['russia', 'dprk']),
			event('visit', '2024-06-19', ['china'])
		],
		relations: [
			relation('named-start', 'russia', 'dprk', 'treaty'),
			relation('named-end', 'russia', 'dprk', 'summit', 'treaty'),
			relation('same-day', 'dprk', 'china', '2024-06-19'),
			relation('same-day-end', 'russia', 'china', '2023', '2024-06-19'),
			relation('same-day-elsewhere', 'china', 'mongolia', '2024-06-19'),
			relation('other-day', 'russia', 'dprk', '2024-06-20')
		],
		actors: [actor('russia'), actor('dprk'), actor('china'), actor('mongolia')]
	});

	const ids = (list: readonly { id: string }[]) => list.map((r) => r.id).sort();

	it('changesAt(treaty) starts the relations since the treaty or since its day that touch its actors', () => {
		expect(ids(changesAt(story, 'treaty').started)).toEqual(['named-start', 'same-day']);
	});

	it('changesAt(treaty) ends the relations until the treaty or until its day that touch its actors', () => {
		expect(ids(changesAt(story, 'treaty').ended)).toEqual(['named-end', 'same-day-end']);
	});

	it('changesAt(summit) starts what names the summit and ends nothing', () => {
		expect(ids(changesAt(story, 'summit').started)).toEqual(['named-end']);
		expect(changesAt(story, 'summit').ended).toEqual([]);
	});

	it('changesAt(visit) counts a same-day relation of its actor but not one named by another event', () => {
		expect(ids(changesAt(story, 'visit').started)).toEqual(['same-day', 'same-day-elsewhere']);
	});

	it('changesAt(unknown event) is empty', () => {
		expect(changesAt(story, 'no-such-event')).toEqual({ started: [], ended: [] });
	});
});

describe('eventsOf, relationsOf and eventBefore', () => {
	const story = loaded({
		events: [
			event('treaty', '2024-06-19', ['russia', 'dprk']),
			event('summit', '2023-09-13', ['russia', 'dprk']),
			event('beijing', '2024-05-16', ['russia', 'china']),
			event('visit', '2000-07-19', ['russia', 'dprk'])
		],
		relations: [
			relation('pact', 'russia', 'dprk', 'treaty'),
			relation('ties', 'russia', 'china', '2001-07-16'),
			relation('old', 'dprk', 'china', '1961')
		]
	});

	it('eventsOf(dprk) is its events in date order', () => {
		expect(eventsOf(story, 'dprk').map((e) => e.id)).toEqual(['visit', 'summit', 'treaty']);
	});

	it('eventsOf(china) leaves out events it is not in', () => {
		expect(eventsOf(story, 'china').map((e) => e.id)).toEqual(['beijing']);
	});

	it('eventsOf(unknown actor) is empty', () => {
		expect(eventsOf(story, 'nobody')).toEqual([]);
	});

	it('relationsOf(china) is its relations by start', () => {
		expect(relationsOf(story, 'china').map((r) => r.id)).toEqual(['old', 'ties']);
	});

	it.each([
		['1999-12-31', undefined],
		['2000-07-19', 'visit'],
		['2024-06-18', 'beijing'],
		['2024-06-19', 'treaty'],
		['2030-01-01', 'treaty']
	])('eventBefore(%s) is %s', (text, id) => {
		expect(eventBefore(story, day(text))?.id).toBe(id);
	});
});
