/**
 * The timeline's legend: one entry per shape and colour in use, so that kinds drawn alike share
 * one entry ("visit, summit": a green circle). No DOM: table-tested.
 */
import type { EventKindInfo } from '../model/event-kinds';
import type { MarkShape } from '../visual';

export interface LegendGroup {
	/** The ids of the kinds drawn this way: built-in ones in the vocabulary's order, then declared. */
	readonly kinds: string[];
	/** Their names, as the entry reads: "visit, summit". */
	label: string;
	readonly shape: MarkShape;
	/** The colour of the first kind, on a light and on a dark background. */
	readonly light: string;
	readonly dark: string;
}

/** The legend's entries for the kinds that occur in `events`, drawn as `kinds` (the story's) draws them. */
export function legendGroups(
	events: readonly { readonly kind: string }[],
	kinds: ReadonlyMap<string, EventKindInfo>
): LegendGroup[] {
	const used = new Set(events.map((e) => e.kind));
	const groups: LegendGroup[] = [];
	for (const { id, label, shape, light, dark } of kinds.values()) {
		if (!used.has(id)) continue;
		const same = groups.find((g) => g.shape === shape && g.light === light);
		if (same) {
			same.kinds.push(id);
			same.label += `, ${label}`;
		} else groups.push({ kinds: [id], label, shape, light, dark });
	}
	return groups;
}
