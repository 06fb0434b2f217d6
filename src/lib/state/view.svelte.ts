/**
 * The view state: one place for the moment, the selection and the filters. The timeline, the
 * graph and the panels all read and write it; none of them talk to each other directly.
 */
import { createContext } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { MediaQuery } from 'svelte/reactivity';
import { parsePartialDate } from '../model/dates';
import type { Story } from '../model/load';
import { stepsOf } from '../present/steps';
import {
	DEFAULT_VIEW,
	type EmbedView,
	type Mode,
	type Selection,
	type Theme,
	type UrlView
} from './url';

export class ViewState {
	/** The moment `t`, a UTC day in ms. */
	moment = $state(0);
	/** Whether the moment was set by the reader (and so belongs in the link). */
	momentSet = $state(false);
	selection = $state<Selection | null>(null);
	query = $state('');
	actorFilter = $state('');
	mode = $state<Mode>('explore');
	theme = $state<Theme>('auto');
	embed = $state<EmbedView | null>(null);
	compress = $state(true);
	showEnded = $state(false);
	data = $state<string | null>(null);
	/** The step of the guided story shown (0-based), or null outside guided and present mode. */
	step = $state<number | null>(null);
	/**
	 * The link's language (`lang`), or null for the reader's: the page was drawn in it (main.ts,
	 * src/lib/i18n), and links and embeds made from this page carry it.
	 */
	lang = $state<string | null>(null);
	/** In an embed: whether the reader has clicked into the view, so the wheel may zoom it. */
	engaged = $state(false);

	readonly #systemDark = new MediaQuery('prefers-color-scheme: dark');
	/** The theme drawn: `auto` follows the system's (App sets it on <html> for CSS). */
	get resolvedTheme(): Exclude<Theme, 'auto'> {
		return this.theme === 'auto' ? (this.#systemDark.current ? 'dark' : 'light') : this.theme;
	}
	/** Whether the reader asked for less motion: views jump instead of animating. */
	get reducedMotion(): boolean {
		return prefersReducedMotion.current;
	}

	/** The selected event's id, if an event is selected. */
	readonly eventId = $derived(this.selection?.kind === 'event' ? this.selection.id : null);
	/** The selected actor's id, if an actor is selected. */
	readonly actorId = $derived(this.selection?.kind === 'actor' ? this.selection.id : null);

	/**
	 * Whether a wheel event may zoom a view. In an embed the wheel belongs to the host article
	 * until the reader clicks into the view, or holds Ctrl or ⌘.
	 */
	wheelZooms(event: WheelEvent): boolean {
		return !this.embed || this.engaged || event.ctrlKey || event.metaKey;
	}

	/** Sets the moment to a day (UTC ms). */
	setMoment(t: number): void {
		this.moment = t;
		this.momentSet = true;
	}

	/** Selects an event and moves the moment to its first day. */
	selectEvent(story: Story, id: string): void {
		const event = story.eventById.get(id);
		if (!event) return;
		this.selection = { kind: 'event', id };
		this.setMoment(event.start);
	}

	selectActor(id: string): void {
		this.selection = { kind: 'actor', id };
	}

	selectRelation(id: string): void {
		this.selection = { kind: 'relation', id };
	}

	clearSelection(): void {
		this.selection = null;
	}

	/** Shows a step of the guided story (clamped to the steps there are): its event and moment. */
	goToStep(story: Story, index: number): void {
		const steps = stepsOf(story);
		if (steps.length === 0) return;
		const i = Math.max(0, Math.min(steps.length - 1, index));
		const step = steps[i]!;
		this.step = i;
		this.selection = step.event ? { kind: 'event', id: step.event.id } : null;
		this.setMoment(step.moment);
	}

	/** The state as a link carries it. */
	toUrlView(): UrlView {
		return {
			moment: this.momentSet ? this.moment : null,
			selection: this.selection,
			query: this.query,
			actorFilter: this.actorFilter,
			mode: this.mode,
			theme: this.theme,
			embed: this.embed,
			compress: this.compress,
			showEnded: this.showEnded,
			data: this.data,
			step: this.step,
			lang: this.lang
		};
	}

	/** Takes a link's view, resolving "default moment" and dropping ids the story lacks. */
	apply(view: UrlView, story: Story): void {
		this.selection =
			view.selection && selectionExists(story, view.selection) ? view.selection : null;
		if (view.moment !== null) {
			this.moment = view.moment;
			this.momentSet = true;
		} else {
			const event =
				this.selection?.kind === 'event' ? story.eventById.get(this.selection.id) : undefined;
			this.moment = event ? event.start : defaultMoment(story);
			this.momentSet = false;
		}
		this.query = view.query;
		this.actorFilter = story.actorById.has(view.actorFilter) ? view.actorFilter : '';
		this.mode = view.mode;
		this.theme = view.theme;
		this.embed = view.embed;
		this.compress = view.compress;
		this.showEnded = view.showEnded;
		this.data = view.data;
		this.lang = view.lang;
		this.step = null;
		if (view.step !== null) {
			const steps = stepsOf(story);
			if (steps.length === 0) return;
			const index = Math.min(view.step, steps.length - 1);
			// A link to a step shows that step, unless it also names what to show.
			if (!view.selection && view.moment === null) this.goToStep(story, index);
			else this.step = index;
		}
	}

	/** After a new story loads: keep what still makes sense, reset the rest. */
	resetFor(story: Story): void {
		this.apply(
			{ ...DEFAULT_VIEW, mode: this.mode, theme: this.theme, embed: this.embed, lang: this.lang },
			story
		);
	}
}

function selectionExists(story: Story, selection: Selection): boolean {
	switch (selection.kind) {
		case 'event':
			return story.eventById.has(selection.id);
		case 'actor':
			return story.actorById.has(selection.id);
		case 'relation':
			return story.relationById.has(selection.id);
	}
}

/** The story's own default moment, or the first day of its last event. */
export function defaultMoment(story: Story): number {
	const stated = story.data.defaultMoment;
	if (stated) {
		const event = story.events.find((e) => e.date === stated);
		if (event) return event.start;
	}
	const parsed = stated ? parsePartialDate(stated) : null;
	if (parsed) return parsed.start;
	return story.events.at(-1)?.start ?? 0;
}

export const [getView, setView] = createContext<ViewState>();
