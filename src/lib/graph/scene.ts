/**
 * What the graph shows at a moment, element by element, and what changes between two moments.
 * Plain data: the renderer turns each state into one class on the element.
 */
import type { Story, TimedRelation } from '../model/load';
import { changesAt, graphAt, type Changes, type GraphState } from '../model/slice';
import { edgeId } from './elements';

/** `off`: hidden; `on`: shown; `faded`: shown faint (an actor no longer active, kept for an ended relation). */
export type NodeState = 'off' | 'on' | 'faded';
/**
 * `on`: in force; `new`: in force and started by the selected event; `ended`: out of force, shown
 * faded because "show ended relations" is on; `just-ended`: ended by the selected event.
 */
export type EdgeState = 'off' | 'on' | 'new' | 'ended' | 'just-ended';
export type ElementState = NodeState | EdgeState;

export interface SceneOptions {
	/** The selected event, whose started and ended relations are marked. */
	readonly eventId?: string | null;
	/** Show relations that have ended, faded, instead of hiding them. */
	readonly showEnded?: boolean;
}

export interface Scene {
	readonly t: number;
	/** State of every element, by Cytoscape id. Elements absent are `off`. */
	readonly states: ReadonlyMap<string, ElementState>;
	/** Actors active and relations in force at `t` (what the summary counts). */
	readonly actors: number;
	readonly relations: number;
	readonly started: readonly TimedRelation[];
	readonly ended: readonly TimedRelation[];
}

/** The graph at moment `t`: `graphAt` plus what the selected event changed and, optionally, ended relations. */
export function sceneAt(story: Story, t: number, options: SceneOptions = {}): Scene {
	const changes = options.eventId ? changesAt(story, options.eventId) : null;
	return sceneOf(story, graphAt(story, t), changes, options);
}

/**
 * The scene of a graph state already sliced (`graphAt`), with the changes of the selected event
 * (`changesAt`, or null when none is selected): the state layer computes both once per moment.
 */
export function sceneOf(
	story: Story,
	now: GraphState,
	changes: Changes | null,
	options: Pick<SceneOptions, 'showEnded'> = {}
): Scene {
	const t = now.t;
	const states = new Map<string, ElementState>();
	for (const actor of now.actors) states.set(actor.id, 'on');
	for (const relation of now.relations) states.set(edgeId(relation.id), 'on');

	/** Shows an out-of-force relation, and its actors faded if they are gone too. */
	const showGone = (relation: TimedRelation, state: EdgeState) => {
		if (!story.actorById.has(relation.from) || !story.actorById.has(relation.to)) return;
		states.set(edgeId(relation.id), state);
		for (const id of [relation.from, relation.to]) if (!states.has(id)) states.set(id, 'faded');
	};

	if (options.showEnded) {
		for (const relation of story.relations) {
			if (relation.end <= t && !states.has(edgeId(relation.id))) showGone(relation, 'ended');
		}
	}

	let started: TimedRelation[] = [];
	let ended: TimedRelation[] = [];
	if (changes) {
		// Marks follow time: a relation is "new" only while it is in force, "just ended" only once over.
		started = changes.started.filter((r) => states.get(edgeId(r.id)) === 'on');
		ended = changes.ended.filter((r) => r.end <= t);
		for (const r of started) states.set(edgeId(r.id), 'new');
		for (const r of ended) showGone(r, 'just-ended');
	}
	return {
		t,
		states,
		actors: now.actors.length,
		relations: now.relations.length,
		started,
		ended
	};
}

/** The state of one element in a scene. */
export function stateOf(scene: Scene | null, id: string): ElementState {
	return scene?.states.get(id) ?? 'off';
}

/**
 * The elements whose state differs between two scenes, with their new state: the change set the
 * renderer applies. From `null`, every element shown is listed. `only` keeps some ids (nodes, edges).
 */
export function diffScenes(
	previous: Scene | null,
	next: Scene,
	only: (id: string) => boolean = () => true
): Map<string, ElementState> {
	const changes = new Map<string, ElementState>();
	if (previous === next) return changes;
	for (const [id, state] of next.states) {
		if (stateOf(previous, id) !== state && only(id)) changes.set(id, state);
	}
	if (previous) {
		for (const id of previous.states.keys()) {
			if (!next.states.has(id) && only(id)) changes.set(id, 'off');
		}
	}
	return changes;
}
