/**
 * Event kinds as readers meet them: the built-in ones and those a story declares in
 * `kinds.events`, each with a name and a mark (shape, colour). A declared kind without
 * `style.shape` gets a shape no other kind of the story has; kinds.ts `lookAlikes` finds those
 * drawn like another. Apart from kinds.ts, so that the timeline loads no relation kinds.
 */
import { EVENT_COLOR, EVENT_SHAPE } from '../visual';
import { EVENT_KINDS, MARK_SHAPES, type MarkShape } from './constants';
import type { DeclaredEventKind } from './schema';
import { EVENT_NAME } from './vocabulary';

/** Grey for declared kinds without a colour: the shape of the line or mark carries the meaning. */
export const DECLARED_COLOUR = { light: '#5f5f5f', dark: '#b4b4b4' } as const;

export interface EventKindInfo {
	readonly id: string;
	/** The name in the legend, the lists and the details. */
	readonly label: string;
	readonly shape: MarkShape;
	/** The mark's colour on a light and on a dark background. */
	readonly light: string;
	readonly dark: string;
	readonly builtIn: boolean;
}

/** How many of MARK_SHAPES, the first ones, the built-in kinds use. */
const BUILT_IN_SHAPES = 6;

export const BUILT_IN_EVENT_KINDS: ReadonlyMap<string, EventKindInfo> = new Map(
	EVENT_KINDS.map((id) => [
		id,
		{
			id,
			// Worded when read, in the reader's language (vocabulary.ts).
			get label() {
				return EVENT_NAME[id];
			},
			shape: EVENT_SHAPE[id],
			...EVENT_COLOR[id],
			builtIn: true
		}
	])
);

/** The built-in event kinds and the declared ones (after them, in the order declared). */
export function eventKinds(
	declared: readonly (DeclaredEventKind | null)[] = []
): ReadonlyMap<string, EventKindInfo> {
	const kinds = new Map(BUILT_IN_EVENT_KINDS);
	// The shapes no built-in kind has and no declared kind asked for, in order.
	const free = MARK_SHAPES.slice(BUILT_IN_SHAPES).filter(
		(shape) => !declared.some((k) => k?.style?.shape === shape)
	);
	for (const kind of declared) {
		if (!kind || kinds.has(kind.id)) continue;
		const colour = kind.style?.colour;
		kinds.set(kind.id, {
			id: kind.id,
			label: kind.label,
			shape: kind.style?.shape ?? free.shift() ?? 'hexagon',
			...(colour ? { light: colour, dark: colour } : DECLARED_COLOUR),
			builtIn: false
		});
	}
	return kinds;
}

/** An event kind's name and mark; an unknown id (which loading refuses) reads as itself. */
export function eventKind(
	story: { readonly eventKinds: ReadonlyMap<string, EventKindInfo> },
	kind: string
): EventKindInfo {
	return (
		story.eventKinds.get(kind) ?? {
			id: kind,
			label: kind,
			shape: 'small-circle',
			...DECLARED_COLOUR,
			builtIn: false
		}
	);
}
