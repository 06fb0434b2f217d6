/**
 * The timeline's legend: one entry per shape and colour in use, so that kinds drawn alike share
 * one entry ("visit, summit": a green circle). No DOM: table-tested.
 */
import { EVENT_KINDS, type EventKind } from '../model/constants';
import { EVENT_COLOR, EVENT_SHAPE, type MarkShape } from '../visual';

export interface LegendGroup {
	/** The kinds drawn this way, in the vocabulary's order. */
	readonly kinds: EventKind[];
	readonly shape: MarkShape;
	/** The first kind: its colour is the entry's. */
	readonly kind: EventKind;
}

/** The legend's entries for the kinds that occur in `events`. */
export function legendGroups(events: readonly { readonly kind: EventKind }[]): LegendGroup[] {
	const used = new Set(events.map((e) => e.kind));
	const groups: LegendGroup[] = [];
	for (const kind of EVENT_KINDS) {
		if (!used.has(kind)) continue;
		const same = groups.find(
			(g) => g.shape === EVENT_SHAPE[kind] && EVENT_COLOR[g.kind].light === EVENT_COLOR[kind].light
		);
		if (same) same.kinds.push(kind);
		else groups.push({ kinds: [kind], shape: EVENT_SHAPE[kind], kind });
	}
	return groups;
}
