/** A small story for the graph's unit tests: loads it, or fails the test with the problems. */
import { parseDay } from '../model/dates';
import { formatProblem, loadDataset, type Story } from '../model/load';

type Json = Record<string, unknown>;
const cite = [{ source: 'src' }];

export function actor(id: string, overrides: Json = {}): Json {
	return { id, name: id.toUpperCase(), kind: 'country', ...overrides };
}

export function event(id: string, date: string, actors: string[]): Json {
	return { id, date, title: `Event ${id}`, kind: 'treaty', actors, sources: cite };
}

export function relation(
	id: string,
	from: string,
	to: string,
	kind: string,
	since: string,
	until?: string
): Json {
	return { id, from, to, kind, since, ...(until === undefined ? {} : { until }), sources: cite };
}

export function loaded(parts: { actors: Json[]; events: Json[]; relations: Json[] }): Story {
	const result = loadDataset({
		id: 'graph-test',
		title: 'Graph test',
		sources: [{ id: 'src', title: 'A source' }],
		...parts
	});
	if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
	return result.story;
}

/** UTC midnight of a `YYYY-MM-DD` day. */
export function day(text: string): number {
	const ms = parseDay(text);
	if (ms === null) throw new Error(`'${text}' is not a day`);
	return ms;
}

/**
 * Russia, North Korea, the Soviet Union, Putin and the UN Security Council: two treaties between
 * the same pair, a state that ends, a leader, sanctions, and an actor with a fixed position.
 */
export function miniStory(): Story {
	return loaded({
		actors: [
			actor('russia', { name: 'Russia', active: { from: '1991-12-26' } }),
			actor('dprk', { name: 'North Korea', shortName: 'DPRK' }),
			actor('ussr', { name: 'Soviet Union', shortName: 'USSR', active: { until: '1991-12-26' } }),
			actor('putin', {
				name: 'Vladimir Putin',
				shortName: 'Putin',
				kind: 'person',
				represents: 'russia',
				active: { from: '1999-12-31' }
			}),
			actor('unsc', {
				name: 'UN Security Council',
				shortName: 'UNSC',
				kind: 'organization',
				position: { x: 400, y: -300 }
			})
		],
		events: [
			event('treaty-1961', '1961-07-06', ['ussr', 'dprk']),
			event('friendship-2000', '2000-02-09', ['russia', 'dprk']),
			event('treaty-2024', '2024-06-19', ['russia', 'dprk']),
			event('in-force-2024', '2024-12-04', ['russia', 'dprk'])
		],
		relations: [
			relation('alliance-1961', 'ussr', 'dprk', 'alliance', 'treaty-1961', '1991-12-26'),
			relation('friendship', 'russia', 'dprk', 'partnership', 'friendship-2000', 'in-force-2024'),
			relation('partnership-2024', 'russia', 'dprk', 'partnership', 'treaty-2024'),
			relation('defence-2024', 'russia', 'dprk', 'alliance', 'in-force-2024'),
			relation('putin-leads', 'putin', 'russia', 'leads', '2000-05-07'),
			relation('sanctions', 'unsc', 'dprk', 'sanctions', '2006-10-14')
		]
	});
}
