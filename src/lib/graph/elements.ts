/**
 * Dataset → Cytoscape element definitions. Plain data, no DOM: the same elements feed the
 * rendered graph, the headless layout (in a worker) and the unit tests.
 *
 * Node ids are actor ids; edge ids are `rel:` + the relation id, so that an actor and a relation
 * may share an id (ids never contain `:`, see ID_PATTERN).
 */
import type { ElementDefinition } from 'cytoscape';
import type { Story, TimedActor, TimedRelation } from '../model/load';
import { relationKind } from '../model/kinds';
import type { ActorKind } from '../model/schema';

/** The size of each kind of node, in model pixels. Size says what a node is, never its degree. */
export const NODE_HEIGHT: Record<ActorKind, number> = { country: 32, organization: 40, person: 20 };
/** A person who leads or represents a state is drawn a little larger than one who does not. */
export const PERSON_SIZE = { represents: 22, other: 18 } as const;
/** Labels are drawn at this size (px at zoom 1); widths below are estimated from it. */
export const LABEL_FONT_SIZE = 14;
/** Average advance of a character of the system UI font at LABEL_FONT_SIZE (generous). */
const CHAR_WIDTH = 8.2;
/** Longer names give way to the short name, if the actor has one. */
const LONG_NAME = 16;

export interface NodeData {
	readonly id: string;
	/** What the graph prints. */
	readonly label: string;
	/** What it prints where space is short (zoomed out on a small screen), and the width then. */
	readonly short: string;
	readonly sw: number;
	/** The full name, for tooltips and announcements. */
	readonly name: string;
	readonly kind: ActorKind;
	/** Drawn size. */
	readonly w: number;
	readonly h: number;
	/** Size the layout reserves, including a person's label drawn below the circle. */
	readonly lw: number;
	readonly lh: number;
}

export interface EdgeData {
	readonly id: string;
	readonly relation: string;
	readonly source: string;
	readonly target: string;
	readonly kind: string;
	readonly directed: boolean;
}

/** The Cytoscape id of a relation's edge. */
export function edgeId(relationId: string): string {
	return `rel:${relationId}`;
}

/** The relation id of an edge id, or null for a node id. */
export function relationIdOf(elementId: string): string | null {
	return elementId.startsWith('rel:') ? elementId.slice(4) : null;
}

/** The text on a node: the name, or the short name when the name is long (people: the short name). */
export function nodeLabel(actor: Pick<TimedActor, 'name' | 'shortName' | 'kind'>): string {
	if (actor.kind === 'person') return actor.shortName ?? actor.name;
	return actor.name.length > LONG_NAME && actor.shortName ? actor.shortName : actor.name;
}

/** Estimated width of a label in model pixels (the invisible isolates of isolatedLabel take none). */
export function labelWidth(text: string): number {
	return Math.ceil(text.replace(/[\u2066-\u2069]/g, '').length * CHAR_WIDTH);
}

const RIGHT_TO_LEFT =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * A label as a paragraph of its own, its direction from its first letter (FSI … PDI, as CSS's
 * `unicode-bidi: plaintext`): the canvas draws text in the page's direction, so on a right-to-left
 * page "U.S." would print ".U.S", and an Arabic name with a Latin part would read in the wrong
 * order on a left-to-right page. Only where it matters, so English labels stay as they are.
 */
export function isolatedLabel(text: string, direction: 'ltr' | 'rtl'): string {
	return direction === 'rtl' || RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
}

/** The drawn width of a node of a kind with a given label. */
function nodeWidth(kind: ActorKind, label: string, size: number): number {
	const text = labelWidth(label);
	// A hexagon loses a quarter of its width to its slanted sides.
	if (kind === 'organization') return Math.max(64, Math.ceil(text * 1.3) + 24);
	if (kind === 'country') return Math.max(64, text + 24);
	return size;
}

export function nodeData(actor: TimedActor): NodeData {
	const label = nodeLabel(actor);
	const short = actor.shortName ?? label;
	const size =
		actor.kind === 'person'
			? actor.represents
				? PERSON_SIZE.represents
				: PERSON_SIZE.other
			: NODE_HEIGHT[actor.kind];
	const w = nodeWidth(actor.kind, label, size);
	const base = {
		id: actor.id,
		label,
		short,
		sw: nodeWidth(actor.kind, short, size),
		name: actor.name,
		kind: actor.kind,
		w,
		h: size
	};
	if (actor.kind !== 'person') return { ...base, lw: w, lh: size };
	return {
		...base,
		lw: Math.max(size, labelWidth(label) + 8),
		// The label hangs below the circle; the layout centres boxes on the node, so reserve the
		// label's height on both sides.
		lh: size + 2 * (LABEL_FONT_SIZE + 8)
	};
}

export function edgeData(relation: TimedRelation): EdgeData {
	return {
		id: edgeId(relation.id),
		relation: relation.id,
		source: relation.from,
		target: relation.to,
		kind: relation.kind,
		directed: relation.directed
	};
}

/**
 * Every actor and relation of the story as Cytoscape elements, nodes first. Classes carry what
 * the stylesheet needs: the actor kind (`country`, `person`, `organization`), the relation kind
 * (`k-alliance` …) and `directed`. Positions, when given, are set on the nodes; labels are isolated
 * for the page's `direction` (isolatedLabel).
 */
export function toElements(
	story: Story,
	positions?: ReadonlyMap<string, { x: number; y: number }>,
	direction: 'ltr' | 'rtl' = 'ltr'
): ElementDefinition[] {
	const elements: ElementDefinition[] = [];
	for (const actor of story.actors) {
		const position = positions?.get(actor.id) ?? actor.position;
		const data = nodeData(actor);
		elements.push({
			group: 'nodes',
			data: {
				...data,
				label: isolatedLabel(data.label, direction),
				short: isolatedLabel(data.short, direction)
			},
			classes: actor.kind,
			...(position ? { position: { x: position.x, y: position.y } } : {})
		});
	}
	for (const relation of story.relations) {
		// A relation whose actor is missing cannot be drawn; load() already reported it.
		if (!story.actorById.has(relation.from) || !story.actorById.has(relation.to)) continue;
		elements.push({
			group: 'edges',
			data: { ...edgeData(relation) },
			classes: `${relationKind(story, relation.kind).className}${relation.directed ? ' directed' : ''}`
		});
	}
	return elements;
}
