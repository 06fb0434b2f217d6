/**
 * What holds at the moment on screen, computed once per moment and story and read by every view
 * that shows it: the graph, details, the relations table and present mode.
 *
 * Each value is `$derived`, so it is computed when first read after a change, once, whoever reads
 * it. A view that shows several of these readers (explore, present) provides one `MomentState` for
 * all of them; a graph on its own (an embed, the editor's preview) makes its own.
 */
import { getContext, hasContext, setContext } from 'svelte';
import { sceneOf, type Scene } from '../graph/scene';
import type { Story } from '../model/load';
import { changesAt, graphAt, type Changes, type GraphState } from '../model/slice';
import { getStories, type StoryStore } from './story.svelte';
import { getView, type ViewState } from './view.svelte';

const NO_CHANGES: Changes = { started: [], ended: [] };

export class MomentState {
	readonly #stories: StoryStore;
	/** The actors active and the relations in force at the moment. */
	readonly graph: GraphState;
	/** What the selected event started and ended; nothing when no event is selected. */
	readonly changes: Changes;
	/** The ids of the relations the selected event started. */
	readonly started: ReadonlySet<string>;
	/** Every graph element's state at the moment: what the graph draws and its summary counts. */
	readonly scene: Scene;

	constructor(stories: StoryStore, view: ViewState) {
		this.#stories = stories;
		this.graph = $derived(graphAt(this.story, view.moment));
		this.changes = $derived(view.eventId ? changesAt(this.story, view.eventId) : NO_CHANGES);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- derived afresh, never mutated
		this.started = $derived(new Set(this.changes.started.map((r) => r.id)));
		this.scene = $derived(
			sceneOf(this.story, this.graph, view.eventId ? this.changes : null, {
				showEnded: view.showEnded
			})
		);
	}

	get story(): Story {
		return this.#stories.story;
	}
}

const KEY = Symbol('moment');

/** Makes one `MomentState` for the components below the caller (call during component setup). */
export function provideMoment(): MomentState {
	return setContext(KEY, new MomentState(getStories(), getView()));
}

/** The `MomentState` a parent provided, or a new one for this component and those below it. */
export function useMoment(): MomentState {
	return hasContext(KEY) ? getContext<MomentState>(KEY) : provideMoment();
}
