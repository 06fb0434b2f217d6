/**
 * How a story crosses from the loader's worker to the page. One message holding a 20 MB story
 * is one structured clone, and taking it in is a single main-thread task of hundreds of
 * milliseconds. So the long lists (the dataset's actors, events, relations and sources, the
 * warnings and errors) go ahead in slices, each a message of its own and a short task, and the
 * result follows without them; the page puts the lists back and indexes the story again
 * (`buildStory`; the sources, the longest list, indexed slice by slice as they come), with the
 * sources' title order the worker worked out.
 */
import type { ImportResult } from '../model/import';
import { knowSourceOrder, titleOrder } from '../model/order';
import type { Dataset, Source } from '../model/schema';
import { buildStory, SourceIndex } from '../model/story';

/** The lists sent in slices. */
export type SlicedList = 'actors' | 'events' | 'relations' | 'sources' | 'warnings' | 'errors';

/** Items a slice holds at most: well under a millisecond or two to take in, each. */
export const SLICE = 1000;

/** An import result without its long lists (sent ahead) and, when it opened, without its index. */
export type Shipped =
	| Extract<ImportResult, { ok: false }>
	| {
			readonly ok: true;
			readonly name: string;
			readonly warnings: readonly never[];
			/** The checked dataset, its long lists empty. */
			readonly data: Dataset;
			/** The positions of the story's sources in title order. */
			readonly sourceOrder: Uint32Array;
	  };

/** Sends the result's long lists through `send`, slice by slice; returns what is left to send. */
export function ship(
	result: ImportResult,
	send: (list: SlicedList, items: readonly unknown[]) => void
): Shipped {
	const cut = (list: SlicedList, items: readonly unknown[]): never[] => {
		for (let i = 0; i < items.length; i += SLICE) send(list, items.slice(i, i + SLICE));
		return [];
	};
	const warnings = cut('warnings', result.warnings);
	if (!result.ok) return { ...result, warnings, errors: cut('errors', result.errors) };
	const { data, sources } = result.story;
	return {
		ok: true,
		name: result.name,
		warnings,
		data: {
			...data,
			actors: cut('actors', data.actors),
			events: cut('events', data.events),
			relations: cut('relations', data.relations),
			sources: cut('sources', data.sources)
		},
		sourceOrder: titleOrder(sources)
	};
}

/** The page's side: gathers the slices of one result, then puts the result back together. */
export class Unshipping {
	readonly #lists = new Map<SlicedList, unknown[]>();
	/** The sources, indexed as they come: at once, 46,000 take a task of their own. */
	readonly #sources = new SourceIndex();

	add(list: SlicedList, items: readonly unknown[]): void {
		if (list === 'sources') this.#sources.add(items as readonly (Source | null)[]);
		let gathered = this.#lists.get(list);
		if (!gathered) this.#lists.set(list, (gathered = []));
		for (const item of items) gathered.push(item);
	}

	/** The result as the worker had it. */
	result(shipped: Shipped): ImportResult {
		const take = <T>(list: SlicedList): T[] => (this.#lists.get(list) ?? []) as T[];
		if (!shipped.ok) return { ...shipped, warnings: take('warnings'), errors: take('errors') };
		const data: Dataset = {
			...shipped.data,
			actors: take('actors'),
			events: take('events'),
			relations: take('relations'),
			sources: take('sources')
		};
		const story = buildStory(data, this.#sources);
		knowSourceOrder(story, shipped.sourceOrder);
		return { ok: true, name: shipped.name, warnings: take('warnings'), story };
	}
}
