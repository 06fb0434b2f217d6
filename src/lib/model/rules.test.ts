import { describe, expect, it } from 'vitest';
import { formatPath } from './problems';
import {
	activeTimes,
	cited,
	eventDates,
	knownKinds,
	mentioned,
	references,
	relationTimes,
	uniqueIds,
	whileActive,
	writtenDates,
	startingView,
	type Rule
} from './rules';
import { DatasetSchema, type Dataset, type DatasetInput } from './schema';

/** A valid story that every rule passes, with fields replaced. */
function story(overrides: Partial<DatasetInput> = {}): Dataset {
	return DatasetSchema.parse({
		id: 's',
		title: 'S',
		sources: [{ id: 'tass', title: 'TASS' }],
		actors: [
			{ id: 'russia', name: 'Russia', kind: 'country' },
			{ id: 'dprk', name: 'North Korea', kind: 'country' }
		],
		events: [
			{
				id: 'treaty',
				date: '2024-06-19',
				title: 'Treaty',
				kind: 'treaty',
				actors: ['russia', 'dprk'],
				sources: [{ source: 'tass' }]
			}
		],
		relations: [
			{
				id: 'pact',
				from: 'russia',
				to: 'dprk',
				kind: 'alliance',
				since: 'treaty',
				sources: [{ source: 'tass' }]
			}
		],
		...overrides
	});
}

const base = story();
const relation = { ...base.relations[0]!, sources: [{ source: 'tass' }] };
const event = base.events[0]!;

/** What a rule finds, as `path: message` lines. */
function run(rule: Rule, data: Dataset, raw: unknown = data): string[] {
	return rule
		.check(data, raw as Record<string, unknown>)
		.map((p) => `${p.severity} ${formatPath(p.path)}: ${p.message}`);
}

const cases: [Rule, string, Dataset, string[]][] = [
	[
		uniqueIds,
		'a relation id used twice',
		story({ relations: [relation, relation] }),
		[
			"error relations[1].id: 'pact' is used twice in relations (first at relations[0]); ids must be unique"
		]
	],
	[
		uniqueIds,
		'a declared kind id used twice',
		story({
			kinds: {
				relations: [
					{ id: 'bid', label: 'a' },
					{ id: 'bid', label: 'b' }
				]
			}
		}),
		[
			"error kinds.relations[1].id: 'bid' is used twice in kinds.relations (first at kinds.relations[0]); ids must be unique"
		]
	],
	[
		eventDates,
		'an event that ends before it starts',
		story({ events: [{ ...event, end: '2024-06-01' }] }),
		[
			"error events[0].end: '2024-06-01' is before the event's date '2024-06-19': an event cannot end before it starts"
		]
	],
	[
		references,
		'a relation to an unknown actor',
		story({ relations: [{ ...relation, to: 'china' }] }),
		["error relations[0].to: 'china' is not the id of any actor"]
	],
	[
		references,
		'a citation of an unknown source',
		story({ events: [{ ...event, sources: [{ source: 'kcna' }] }] }),
		["error events[0].sources[0].source: 'kcna' is not the id of any entry in sources"]
	],
	[
		knownKinds,
		'a relation of a kind neither built in nor declared',
		story({ relations: [{ ...relation, kind: 'rivalry' }] }),
		[
			"error relations[0].kind: 'rivalry' is not allowed: use one of 'alliance', 'partnership', 'support', 'war', 'opposition', 'sanctions', 'membership', 'leads', or declare it in kinds.relations"
		]
	],
	[
		knownKinds,
		'a declared kind used by a relation',
		story({
			kinds: { relations: [{ id: 'rivalry', label: 'rivalry' }] },
			relations: [{ ...relation, kind: 'rivalry' }]
		}),
		[]
	],
	[
		knownKinds,
		'a declared kind with the id of a built-in one',
		story({ kinds: { relations: [{ id: 'war', label: 'war' }] } }),
		[
			"error kinds.relations[0].id: 'war' is a built-in kind already: give the declared kind another id"
		]
	],
	[
		knownKinds,
		'two declared kinds given the same line',
		story({
			kinds: {
				relations: [
					{ id: 'bid', label: 'bid', style: { line: 'longdash' } },
					{ id: 'dispute', label: 'dispute', style: { line: 'longdash', colour: '#aa0000' } }
				]
			}
		}),
		[
			"warning kinds.relations[1].style.line: kind 'dispute' would be drawn like 'bid' (a longdash line), so the two are told apart only by colour: choose another style.line"
		]
	],
	[
		knownKinds,
		'a declared kind drawn like a built-in one',
		story({ kinds: { relations: [{ id: 'aid', label: 'aid', style: { line: 'dashed' } }] } }),
		[
			"warning kinds.relations[0].style.line: kind 'aid' would be drawn like 'support' (a dashed line), so the two are told apart only by colour: choose another style.line"
		]
	],
	[
		activeTimes,
		'an actor active until before it starts',
		story({
			actors: [{ ...base.actors[0]!, active: { from: '2000', until: '1990' } }, base.actors[1]!]
		}),
		[
			"error actors[0].active.until: '1990' is not after '2000': an actor's active time must end after it starts"
		]
	],
	[
		activeTimes,
		'an actor active from an unknown event',
		story({ actors: [{ ...base.actors[0]!, active: { from: 'coup' } }, base.actors[1]!] }),
		[
			"error actors[0].active.from: 'coup' is neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the id of an event, so the start is unknown"
		]
	],
	[
		relationTimes,
		'a relation of an actor with itself, ending the day it starts',
		story({ relations: [{ ...relation, to: 'russia', until: '2024-06-19' }] }),
		[
			"error relations[0].to: a relation must join two different actors, not 'russia' with itself",
			"error relations[0].until: '2024-06-19' falls on the day the relation starts ('treaty'), so it is never in force"
		]
	],
	[
		writtenDates,
		'a default moment that is not in the calendar',
		// The schema refuses it too; the rule holds for data that skipped the schema.
		{ ...base, defaultMoment: '2023-02-29' },
		[expect.stringMatching(/^error defaultMoment: /) as unknown as string]
	],
	[
		startingView,
		'a starting view that ends before it starts',
		{ ...base, view: { start: '2024', end: '2000-07' } },
		['error view.end: the view ends (2000-07) before it starts (2024)']
	],
	[
		cited,
		'a relation that cites nothing',
		story({ relations: [{ ...relation, sources: [] }] }),
		["warning relations[0].sources: relation 'pact' cites no source"]
	],
	[
		whileActive,
		'a relation in force before its actor exists',
		story({ actors: [{ ...base.actors[0]!, active: { from: '2025' } }, base.actors[1]!] }),
		[
			"warning relations[0].since: relation 'pact' is in force while 'russia' is not active; it is shown only while both are"
		]
	],
	[
		mentioned,
		'an actor and a source nothing mentions',
		story({
			actors: [...base.actors, { id: 'china', name: 'China', kind: 'country' }],
			sources: [...base.sources, { id: 'kcna', title: 'KCNA' }]
		}),
		[
			"warning actors[2]: actor 'china' is in no event and no relation, so it never shows",
			"warning sources[1]: source 'kcna' is cited nowhere"
		]
	]
];

describe('validation rules', () => {
	it.each(cases.map(([rule, what, data, found]) => [rule.name, what, rule, data, found] as const))(
		'rule "%s" finds %s',
		(_name, _what, rule, data, expected) => {
			expect(run(rule, data)).toEqual(expected);
		}
	);

	it.each([...new Set(cases.map(([rule]) => rule))].map((rule) => [rule.name, rule] as const))(
		'rule "%s" finds nothing in the valid story',
		(_name, rule) => {
			expect(run(rule, base)).toEqual([]);
		}
	);

	it('references does not call an item unknown when it only failed the schema', () => {
		const raw = { ...base, actors: [...base.actors, { id: 'china', kind: 'planet' }] };
		const data = story({ relations: [{ ...relation, to: 'china' }] });
		expect(run(references, data, raw)).toEqual([]);
	});
});
