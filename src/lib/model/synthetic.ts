/**
 * A seeded generator of large, valid stories, for benchmarks and property tests.
 * The same options always give the same dataset.
 */
import { isoDay, DAY_MS } from './dates';
import { EVENT_KINDS, RELATION_KINDS, type DatasetInput } from './schema';
import { random } from '../random';

export { random };

export interface SyntheticOptions {
	readonly events: number;
	readonly actors: number;
	readonly relations: number;
	readonly seed?: number;
	/** First and last year of the story. */
	readonly fromYear?: number;
	readonly toYear?: number;
}

export function syntheticDataset(options: SyntheticOptions): DatasetInput {
	const rand = random(options.seed ?? 1);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
	const from = Date.UTC(options.fromYear ?? 1945, 0, 1);
	const to = Date.UTC(options.toYear ?? 2024, 11, 31);
	const days = Math.floor((to - from) / DAY_MS);
	const day = () => from + Math.floor(rand() * days) * DAY_MS;
	const kinds = ['country', 'country', 'country', 'person', 'organization'] as const;

	const actors = Array.from({ length: options.actors }, (_, i) => ({
		id: `a${i}`,
		name: `Actor ${i}`,
		kind: pick(kinds)
	}));
	const events = Array.from({ length: options.events }, (_, i) => {
		const start = day();
		const precision = rand();
		const text = isoDay(start);
		const date = precision < 0.1 ? text.slice(0, 4) : precision < 0.25 ? text.slice(0, 7) : text;
		return {
			id: `e${i}`,
			date,
			title: `Event ${i}`,
			summary: '',
			kind: pick(EVENT_KINDS),
			actors: [pick(actors).id, pick(actors).id].filter((v, j, all) => all.indexOf(v) === j),
			sources: [{ source: 's0' }],
			importance: 1 + Math.floor(rand() * 5)
		};
	});
	const relations = Array.from({ length: options.relations }, (_, i) => {
		const a = Math.floor(rand() * actors.length);
		let b = Math.floor(rand() * (actors.length - 1));
		if (b >= a) b += 1;
		const start = day();
		const open = rand() < 0.3;
		const end = start + (1 + Math.floor(rand() * (days / 4))) * DAY_MS;
		return {
			id: `r${i}`,
			from: actors[a]!.id,
			to: actors[b]!.id,
			kind: pick(RELATION_KINDS),
			since: isoDay(start),
			...(open ? {} : { until: isoDay(end) }),
			sources: [{ source: 's0' }]
		};
	});
	return {
		id: `synthetic-${options.seed ?? 1}`,
		title: `Synthetic story (${options.events} events)`,
		sources: [{ id: 's0', title: 'Generated' }],
		actors,
		events,
		relations
	};
}
