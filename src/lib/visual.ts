/**
 * Colour, line and shape with meaning (see shared guide/visual.md): Okabe–Ito colours, and
 * every colour doubled by a line pattern or a shape so that colour is never the only signal.
 */
import type { EventKind, LinePattern, MarkShape, RelationKind } from './model/constants';

export type { LinePattern, MarkShape };
/** A mark at an end of a line (Cytoscape's arrow shapes of the same names). */
export type EndMark = 'none' | 'tee' | 'circle';

export interface RelationStyle {
	/** Stroke on a light background. */
	readonly light: string;
	/** Stroke on a dark background. */
	readonly dark: string;
	readonly width: number;
	readonly pattern: LinePattern;
	/** Drawn at the `from` end (none when absent). */
	readonly sourceMark?: EndMark;
	/** Drawn at the `to` end of an undirected relation; a directed one gets an arrowhead there. */
	readonly targetMark?: EndMark;
}

/**
 * How each relation kind is drawn: a data table, so that kinds declared by a dataset can join it.
 * No two kinds share pattern, width and end marks (style.test.ts compares every pair), so that
 * colour is never the only thing telling them apart.
 */
export const RELATION_STYLE: Record<RelationKind, RelationStyle> = {
	alliance: {
		light: '#0072B2',
		dark: '#56A9E0',
		width: 5,
		pattern: 'solid',
		sourceMark: 'none',
		targetMark: 'none'
	},
	partnership: {
		light: '#007A5A',
		dark: '#009E73',
		width: 3,
		pattern: 'solid',
		sourceMark: 'none',
		targetMark: 'none'
	},
	support: {
		light: '#2A7FB8',
		dark: '#56B4E9',
		width: 3,
		pattern: 'dashed',
		sourceMark: 'none',
		targetMark: 'none'
	},
	war: {
		light: '#D55E00',
		dark: '#E8742A',
		width: 5,
		pattern: 'solid',
		sourceMark: 'tee',
		targetMark: 'tee'
	},
	opposition: {
		light: '#B57A00',
		dark: '#E69F00',
		width: 3,
		pattern: 'dashdot',
		sourceMark: 'none',
		targetMark: 'none'
	},
	sanctions: {
		light: '#B0558C',
		dark: '#CC79A7',
		width: 3,
		pattern: 'dotted',
		sourceMark: 'tee',
		targetMark: 'none'
	},
	membership: {
		light: '#595959',
		dark: '#A6A6A6',
		width: 2,
		pattern: 'dotted',
		sourceMark: 'none',
		targetMark: 'none'
	},
	leads: {
		light: '#595959',
		dark: '#A6A6A6',
		width: 2,
		pattern: 'solid',
		sourceMark: 'circle',
		targetMark: 'none'
	}
};

/**
 * Each pattern's dashes and gaps, in multiples of the line width (solid has none). `longdash`
 * and `dashdotdot` are used by no built-in kind, so kinds a story declares can look different.
 */
export const DASHES: Record<LinePattern, readonly number[] | undefined> = {
	solid: undefined,
	dashed: [3, 2],
	dotted: [1, 1.5],
	dashdot: [4, 1.5, 1, 1.5],
	longdash: [5, 2],
	dashdotdot: [4, 1.5, 1, 1.5, 1, 1.5]
};

/** A pattern's dashes and gaps at a given line width. */
export function dashes(pattern: LinePattern, width: number): number[] | undefined {
	return DASHES[pattern]?.map((d) => d * width);
}

/** SVG `stroke-dasharray` for a pattern at a given line width. */
export function dashArray(pattern: LinePattern, width = 2): string | undefined {
	return dashes(pattern, width)?.join(' ');
}

/**
 * The built-in event kinds are told apart by shape first, then colour. A story's declared kinds
 * get theirs in model/event-kinds.ts (`story.eventKinds`).
 */
export const EVENT_SHAPE: Record<EventKind, MarkShape> = {
	treaty: 'square',
	agreement: 'square',
	membership: 'square',
	visit: 'circle',
	summit: 'circle',
	election: 'circle',
	vote: 'triangle',
	veto: 'triangle',
	sanctions: 'triangle',
	war: 'diamond',
	military: 'diamond',
	founding: 'star',
	statement: 'small-circle',
	other: 'small-circle'
};

export const EVENT_COLOR: Record<EventKind, { light: string; dark: string }> = {
	treaty: { light: '#0072B2', dark: '#56A9E0' },
	agreement: { light: '#007A5A', dark: '#009E73' },
	membership: { light: '#595959', dark: '#A6A6A6' },
	visit: { light: '#007A5A', dark: '#009E73' },
	summit: { light: '#007A5A', dark: '#009E73' },
	election: { light: '#595959', dark: '#A6A6A6' },
	vote: { light: '#B57A00', dark: '#E69F00' },
	veto: { light: '#B57A00', dark: '#E69F00' },
	sanctions: { light: '#B0558C', dark: '#CC79A7' },
	war: { light: '#D55E00', dark: '#E8742A' },
	military: { light: '#D55E00', dark: '#E8742A' },
	founding: { light: '#333333', dark: '#DDDDDD' },
	statement: { light: '#595959', dark: '#A6A6A6' },
	other: { light: '#595959', dark: '#A6A6A6' }
};
