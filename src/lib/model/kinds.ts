/**
 * Relation and event kinds as readers meet them (event kinds in event-kinds.ts, which the
 * timeline loads without the relation kinds): the built-in ones, and those a story declares in
 * `kinds.relations` and `kinds.events`. A relation kind has a name for the legend and tables, a
 * verb for sentences, a default direction and a drawing (line pattern, width, arrow, colour); an
 * event kind a name and a mark (shape, colour). Every kind is told apart from every other without
 * colour: a declared kind without `style.line` (`style.shape`) gets a line (a mark shape) no other
 * kind of the story has; one whose style copies another's is warned about (`lookAlikes`).
 */
import type { RelationStyle } from '../visual';
import { BUILT_IN_KINDS } from './built-in-kinds';
import type { LinePattern, RelationKind } from './constants';
import { DECLARED_COLOUR, type EventKindInfo } from './event-kinds';
import type { DeclaredRelationKind } from './schema';

export { BUILT_IN_KINDS };

export interface RelationKindInfo {
	readonly id: string;
	/** The name in the legend and the tables. */
	readonly label: string;
	/** How a relation reads between its actors: "supports". */
	readonly verb: string;
	/** Drawn with an arrow unless a relation says otherwise. */
	readonly directed: boolean;
	readonly style: RelationStyle;
	readonly builtIn: boolean;
	/** The graph's class for its edges: `k-alliance`, or `k-declared-2` for a declared kind. */
	readonly className: string;
}

/** Looks for declared kinds, in order: patterns no built-in kind uses first. */
const DECLARED_LOOKS: readonly { pattern: LinePattern; width: number }[] = [
	{ pattern: 'longdash', width: 3 },
	{ pattern: 'dashdotdot', width: 3 },
	{ pattern: 'longdash', width: 5 },
	{ pattern: 'dashdotdot', width: 5 },
	{ pattern: 'dashed', width: 5 },
	{ pattern: 'dashdot', width: 5 },
	{ pattern: 'dotted', width: 5 },
	{ pattern: 'longdash', width: 2 },
	{ pattern: 'dashdotdot', width: 2 },
	{ pattern: 'dashed', width: 2 }
];

/** Width of a declared kind whose author chose the pattern. */
const DECLARED_WIDTH = 3;

const lookOf = (style: { pattern: LinePattern; width: number }) =>
	`${style.pattern}/${style.width}`;

export function isBuiltInKind(kind: string): kind is RelationKind {
	return BUILT_IN_KINDS.has(kind);
}

/** The built-in kinds and the declared ones (after them, in the order declared). */
export function relationKinds(
	declared: readonly (DeclaredRelationKind | null)[] = []
): ReadonlyMap<string, RelationKindInfo> {
	const kinds = new Map(BUILT_IN_KINDS);
	const taken = new Set(
		[...BUILT_IN_KINDS.values()]
			.map((k) => lookOf(k.style))
			.concat(
				declared.flatMap((k) =>
					k?.style?.line ? [lookOf({ pattern: k.style.line, width: DECLARED_WIDTH })] : []
				)
			)
	);
	for (const kind of declared) {
		if (!kind || kinds.has(kind.id)) continue;
		const look = kind.style?.line
			? { pattern: kind.style.line, width: DECLARED_WIDTH }
			: (DECLARED_LOOKS.find((l) => !taken.has(lookOf(l))) ?? DECLARED_LOOKS[0]!);
		taken.add(lookOf(look));
		const colour = kind.style?.colour;
		kinds.set(kind.id, {
			id: kind.id,
			label: kind.label,
			verb: kind.verb ?? kind.label,
			directed: kind.directed ?? false,
			style: { ...look, ...(colour ? { light: colour, dark: colour } : DECLARED_COLOUR) },
			builtIn: false,
			className: `k-declared-${kinds.size - BUILT_IN_KINDS.size}`
		});
	}
	return kinds;
}

/** A kind's words and drawing; an unknown id (which loading refuses) reads as itself. */
export function relationKind(
	story: { readonly relationKinds: ReadonlyMap<string, RelationKindInfo> },
	kind: string
): RelationKindInfo {
	return (
		story.relationKinds.get(kind) ?? {
			id: kind,
			label: kind,
			verb: kind,
			directed: false,
			style: { ...DECLARED_COLOUR, pattern: 'solid', width: 2 },
			builtIn: false,
			className: 'k-unknown'
		}
	);
}

/** What a kind looks like without colour: a relation's line, an event's mark shape. */
export function lookOfKind(kind: RelationKindInfo | EventKindInfo): string {
	return 'shape' in kind ? kind.shape : lookOf(kind.style);
}

/** Pairs of kinds that look the same without colour: `[declared kind, the one it looks like]`. */
export function lookAlikes(
	kinds: ReadonlyMap<string, RelationKindInfo | EventKindInfo>
): [string, string][] {
	const seen = new Map<string, string>();
	const out: [string, string][] = [];
	for (const kind of kinds.values()) {
		const look = lookOfKind(kind);
		const first = seen.get(look);
		if (first !== undefined && !kind.builtIn) out.push([kind.id, first]);
		else if (first === undefined) seen.set(look, kind.id);
	}
	return out;
}
