import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToCsvFiles, loadCsvFiles } from './csv';
import { formatProblem } from './problems';
import { loadDataset } from './load';
import {
	EVENT_KINDS,
	LINE_PATTERNS,
	MARK_SHAPES,
	RELATION_KINDS,
	type DatasetInput
} from './schema';

/** Text as a cell keeps it: no space at either end, not empty; commas, quotes and line breaks. */
const text = (max: number) =>
	fc
		.string({
			unit: fc.constantFrom('a', 'Ö', '日', ' ', ',', ';', '"', '\n', '\r\n', 'x', '1', '—'),
			minLength: 1,
			maxLength: max
		})
		.map((s) => s.trim())
		.filter((s) => s !== '');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const id = fc.stringMatching(/^[a-zäöü日][a-z0-9äöü_-]{0,8}$/);
const day = fc
	.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

/** Drops the keys whose value is undefined, as a dataset author would write it. */
function clean<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A valid dataset: unique ids, references to what exists, dates in order. */
const dataset: fc.Arbitrary<DatasetInput> = fc
	.record({
		actorIds: fc.uniqueArray(id, { minLength: 2, maxLength: 5 }),
		sourceIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
		kindIds: fc.uniqueArray(
			id.map((k) => `k${k}`),
			{ maxLength: 2 }
		),
		eventKindIds: fc.uniqueArray(
			id.map((k) => `ek${k}`),
			{ maxLength: 2 }
		),
		seed: fc.nat()
	})
	.chain(({ actorIds, sourceIds, kindIds, eventKindIds }) => {
		const citation = fc.record({
			source: fc.constantFrom(...sourceIds),
			quote: optional(text(30)),
			note: optional(text(30))
		});
		const citations = fc
			.uniqueArray(citation, { maxLength: 3, selector: (c) => c.source })
			.map((list) => list.map(clean));
		const kind = fc.constantFrom(...RELATION_KINDS, ...kindIds);
		return fc.record({
			id,
			title: text(40),
			description: optional(text(60)),
			credit: optional(text(20)),
			defaultMoment: optional(day),
			sources: fc.constant(sourceIds).chain((ids) =>
				fc.tuple(
					...ids.map((sid) =>
						fc
							.record({
								id: fc.constant(sid),
								title: text(30),
								publisher: optional(text(20)),
								url: optional(fc.constant('https://example.org/a?b=1')),
								date: optional(day)
							})
							.map(clean)
					)
				)
			),
			actors: fc.tuple(
				...actorIds.map((aid) =>
					fc
						.record({
							id: fc.constant(aid),
							name: text(20),
							shortName: optional(text(10)),
							kind: fc.constantFrom('country', 'person', 'organization' as const),
							role: optional(text(20)),
							description: optional(text(40))
						})
						.map(clean)
				)
			),
			events: fc.array(
				fc
					.record({
						date: day,
						title: text(30),
						summary: fc.option(text(60), { nil: '' }),
						kind: fc.constantFrom(...EVENT_KINDS, ...eventKindIds),
						actors: fc.subarray(actorIds),
						place: optional(text(20)),
						sources: citations,
						importance: fc.integer({ min: 1, max: 5 })
					})
					.map(clean),
				{ minLength: 1, maxLength: 4 }
			),
			relations: fc.array(
				fc
					.record({
						pair: fc.shuffledSubarray(actorIds, { minLength: 2, maxLength: 2 }),
						kind,
						directed: optional(fc.boolean()),
						since: day,
						label: optional(text(20)),
						note: optional(text(30)),
						sources: citations
					})
					.map(({ pair, ...r }) => clean({ ...r, from: pair[0]!, to: pair[1]! })),
				{ maxLength: 4 }
			),
			kinds: fc.tuple(
				...kindIds.map((kid) =>
					fc
						.record({
							id: fc.constant(kid),
							label: text(20),
							verb: optional(text(20)),
							directed: optional(fc.boolean()),
							style: optional(
								fc
									.record({
										line: optional(fc.constantFrom(...LINE_PATTERNS)),
										colour: optional(fc.constantFrom('#123abc', '#FF0000'))
									})
									// An empty style says nothing, and has no cells to be written in.
									.map((style) => (Object.keys(clean(style)).length ? clean(style) : undefined))
							)
						})
						.map(clean)
				)
			),
			eventKinds: fc.tuple(
				...eventKindIds.map((kid, i) =>
					fc
						.record({
							id: fc.constant(kid),
							label: text(20),
							style: optional(
								fc
									.record({
										// Each its own shape (or none), so that loading does not warn.
										shape: optional(fc.constant(MARK_SHAPES[MARK_SHAPES.length - 1 - i]!)),
										colour: optional(fc.constantFrom('#123abc', '#FF0000'))
									})
									.map((style) => (Object.keys(clean(style)).length ? clean(style) : undefined))
							)
						})
						.map(clean)
				)
			)
		});
	})
	.map(
		(d) =>
			clean({
				...d,
				events: d.events.map((e, i) => ({ ...e, id: `e${i}` })),
				relations: d.relations.map((r, i) => ({ ...r, id: `r${i}` })),
				eventKinds: undefined,
				kinds:
					d.kinds.length + d.eventKinds.length > 0
						? clean({
								relations: d.kinds.length > 0 ? d.kinds : undefined,
								events: d.eventKinds.length > 0 ? d.eventKinds : undefined
							})
						: undefined
			}) as DatasetInput
	);

describe('CSV column spec', () => {
	it('writes any valid dataset to CSV and reads it back equal', () => {
		fc.assert(
			fc.property(dataset, (input) => {
				const original = loadDataset(input);
				if (!original.ok) throw new Error(original.errors.map(formatProblem).join('\n'));
				const again = loadCsvFiles(datasetToCsvFiles(input));
				expect(again.ok ? [] : again.errors.map(formatProblem)).toEqual([]);
				if (!again.ok) return;
				expect(again.story.data).toEqual(original.story.data);
			}),
			{ numRuns: 300 }
		);
	});
});
