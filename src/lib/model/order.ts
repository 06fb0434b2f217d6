/**
 * The sources in the order the sources list shows them: by title. Sorting 46,000 titles takes
 * the main thread longer than a frame, so the story loader's worker works the order out and the
 * page only looks it up (`knowSourceOrder`); a story that did not come through the worker (the
 * bundled one, an edited one) is sorted here on first use.
 */
import type { Source } from './schema';
import type { Story } from './story';

// One collator: localeCompare per pair is many times slower over 46,000 titles.
let collator: Intl.Collator | null = null;
const compare = (a: Source, b: Source) =>
	(collator ??= new Intl.Collator()).compare(a.title, b.title);

/**
 * Kept by the story's list of sources, not by the story: the story shown is a copy of the one
 * loaded (`localiseStory`), which shares the list when no source is translated. A translated list
 * is a new one, sorted here by the titles shown.
 */
const byTitle = new WeakMap<readonly Source[], readonly Source[]>();

/** The positions of `sources` in title order (for the worker to send with the story). */
export function titleOrder(sources: readonly Source[]): Uint32Array {
	const order = Uint32Array.from(sources, (_, i) => i);
	order.sort((a, b) => compare(sources[a]!, sources[b]!) || a - b);
	return order;
}

/** Records the title order the worker worked out for the story's sources. */
export function knowSourceOrder(story: Story, order: ArrayLike<number>): void {
	if (order.length !== story.sources.length) return;
	byTitle.set(
		story.sources,
		Array.from(order, (i) => story.sources[i]!)
	);
}

/** The story's sources by title. */
export function sourcesByTitle(story: Story): readonly Source[] {
	let sorted = byTitle.get(story.sources);
	// The bundled story's sources arrive after its first frame (state/story.svelte.ts).
	if (!sorted || sorted.length !== story.sources.length) {
		sorted = [...story.sources].sort(compare);
		byTitle.set(story.sources, sorted);
	}
	return sorted;
}
