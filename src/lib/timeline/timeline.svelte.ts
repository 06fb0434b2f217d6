/**
 * The timeline's state, shared by its layers: Timeline.svelte makes it and sets it in context,
 * each layer (axis, labels, clusters, marks, moment line, overview, toolbar) reads it with
 * `getTimeline()`. The scale, the visible window, the layout, what is drawn, the tooltip and the
 * moves live here; the layers draw.
 *
 * The visible window has one source: d3-zoom's transform, as it last reported it (`zoom`). The
 * window is derived from it (`windowOf`, the transform acting on a base scale that fits the whole
 * story into the width); the overview's brush is a view of it. Every move (buttons, keys, Fit all,
 * the brush, a cluster) goes through `show`, which hands the transform to d3-zoom once the
 * gestures have loaded (interaction.svelte.ts) and sets it directly until then, so nothing can
 * set the window behind the transform's back.
 */
import { createContext } from 'svelte';
import { DAY_MS, formatAt, formatDay, formatRange } from '../model/dates';
import type { Story } from '../model/story';
import { eventBefore } from '../model/slice';
import { getStories } from '../state/story.svelte';
import { tn } from '../i18n/i18n';
import { aggregate, timeIndex, visibleIndices, type MarkItem } from './cull';
import { labelPriority, placeLabels, type LabelRequest } from './labels';
import { legendGroups } from './legend';
import { labelText, markGeometry, markName } from './marks';
import { TimelineLayout } from './layout.svelte';
import { histogram } from './overview';
import { gapScale, type GapScale } from './scale';
import { axis } from './ticks';
import * as w from './window';
import type { Span, Transform } from './window';

export interface Tip {
	readonly text: string;
	readonly x: number;
}

/** d3-zoom's transform as it last reported it, and the scale, width and story it acts on. */
interface Zoom {
	readonly t: Transform;
	readonly scale: GapScale;
	readonly width: number;
	readonly story: Story;
}

/** Made while a component initialises (it reads the story and the view from context). */
export class TimelineState extends TimelineLayout {
	readonly stories = getStories();

	readonly story = $derived(this.stories.story);
	readonly events = $derived(this.story.events);
	readonly scale = $derived(gapScale(this.events, { compress: this.view.compress }));
	readonly index = $derived(timeIndex(this.events));
	readonly geometry = $derived(this.events.map(markGeometry));
	// Derived afresh, never mutated: plain collections.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly order = $derived(new Map(this.events.map((e, i) => [e.id, i])));

	// The first drawing already shows the story's `view`: no jump when the gestures load.
	zoom = $state.raw<Zoom>(this.#zoomFor(this.#spanOf(this.startWindow())));
	/** Hands a transform to d3-zoom (set by interaction.svelte.ts once the gestures have loaded). */
	zoomTo: ((t: Transform) => void) | null = null;

	/**
	 * The visible window in warped positions. A new story opens on its own start window; a new
	 * scale (gaps compressed or not) keeps the times in view, and a window that showed the whole
	 * story still does.
	 */
	readonly span: Span = $derived.by(() => {
		const { t, scale, width, story } = this.zoom;
		const s = this.scale;
		if (story !== this.story) return this.#spanOf(this.startWindow());
		const shown = w.windowOf(t, scale.extent, width);
		if (scale === s) return shown;
		const t0 = scale.unwarp(shown.a);
		const t1 = scale.unwarp(shown.b);
		const wasFit = t0 <= scale.domain[0] + DAY_MS && t1 >= scale.domain[1] - DAY_MS;
		return wasFit ? { a: s.extent[0], b: s.extent[1] } : this.#spanOf({ t0, t1 });
	});
	/** The visible window in time. */
	readonly win = $derived({
		t0: this.scale.unwarp(this.span.a),
		t1: this.scale.unwarp(this.span.b)
	});
	readonly k = $derived(this.width / Math.max(1, this.span.b - this.span.a));
	readonly xOf = (t: number) => (this.scale.warp(t) - this.span.a) * this.k;
	readonly tOf = (x: number) => this.scale.unwarp(this.span.a + x / this.k);

	// Keyboard: the roving tab stop.
	active = $state<string | null>(null);
	focused = $state(false);
	readonly current = $derived(
		(this.active && this.order.has(this.active) ? this.active : null) ??
			this.view.eventId ??
			eventBefore(this.story, this.view.moment)?.id ??
			this.events[0]?.id ??
			null
	);
	readonly pinned = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Set(
			[this.view.eventId, this.focused ? this.current : null].filter(
				(id): id is string => id !== null
			)
		)
	);

	/** What is drawn: the events in the window (and the pinned ones), merged where they'd touch. */
	readonly groups = $derived.by(() => {
		if (this.width === 0) return [];
		const { index, geometry, events, pinned, order, scale, span } = this;
		const margin = 24 / this.k;
		const visible = visibleIndices(
			index,
			scale.unwarp(span.a - margin),
			scale.unwarp(span.b + margin)
		);
		const items: MarkItem[] = visible.map((i) => ({
			index: i,
			x: this.xOf(geometry[i]!.at),
			pinned: pinned.has(events[i]!.id)
		}));
		for (const id of pinned) {
			const i = order.get(id);
			if (i !== undefined && !items.some((item) => item.index === i)) {
				items.push({ index: i, x: this.xOf(geometry[i]!.at), pinned: true });
			}
		}
		items.sort((p, q) => p.x - q.x);
		return aggregate(items, this.size);
	});
	readonly singles = $derived(
		this.groups.filter((g) => g.members.length === 1).map((g) => g.members[0]!)
	);
	readonly clusters = $derived(this.groups.filter((g) => g.members.length > 1));

	readonly involves = (i: number) =>
		this.view.actorId !== null && this.events[i]!.actors.includes(this.view.actorId);
	readonly dims = (i: number) =>
		this.view.actorId !== null && !this.events[i]!.actors.includes(this.view.actorId);

	readonly labels = $derived.by(() => {
		const requests: LabelRequest[] = [];
		for (const i of this.singles) {
			const event = this.events[i]!;
			const x = this.xOf(this.geometry[i]!.at);
			if (x < 0 || x > this.width) continue;
			const selected = event.id === this.view.eventId;
			const priority = labelPriority({
				importance: event.importance,
				selected,
				focused: this.focused && event.id === this.current,
				involved: this.involves(i),
				dimmed: this.dims(i)
			});
			requests.push({ id: event.id, x, width: this.measure(labelText(event), selected), priority });
		}
		return [...placeLabels(requests, { lanes: this.lanes, width: this.width }).values()];
	});

	readonly axis = $derived(
		this.width > 0
			? axis(this.scale, this.span, this.width, { measure: (t) => this.measure(t) })
			: null
	);

	/** The tab stop: the current event's mark when drawn on its own, else the list itself. */
	readonly currentDrawn = $derived(
		this.current !== null && this.singles.some((i) => this.events[i]!.id === this.current)
	);

	readonly momentX = $derived(this.xOf(this.view.moment + DAY_MS / 2));
	readonly rangeText = $derived.by(() => {
		const precision = this.axis?.unit ?? 'year';
		return `${formatAt(this.win.t0, precision)} – ${formatAt(this.win.t1, precision)}`;
	});

	readonly legend = $derived(legendGroups(this.events, this.story.eventKinds));

	/** Overview: a warped position on the strip, which always shows the whole story. */
	readonly ox = (u: number) =>
		((u - this.scale.extent[0]) / (this.scale.extent[1] - this.scale.extent[0])) * this.width;
	/** Event counts in 2 px bins over the whole story. */
	readonly histogram = $derived(
		histogram(
			this.geometry.map((g) => this.ox(this.scale.warp(g.at))),
			this.width,
			this.overviewH
		)
	);

	tip = $state.raw<Tip | null>(null);
	readonly #focusTip = $derived.by(() => {
		if (!this.focused || !this.current || !this.currentDrawn) return null;
		const i = this.order.get(this.current)!;
		return { text: markName(this.events[i]!), x: this.xOf(this.geometry[i]!.at) };
	});
	readonly shownTip = $derived(this.tip ?? this.#focusTip);

	#spanOf(win: { t0: number; t1: number }): Span {
		return { a: this.scale.warp(win.t0), b: this.scale.warp(win.t1) };
	}

	/** The window a story opens on: its `view`, else the whole story. */
	startWindow() {
		return w.openingWindow(this.scale.domain, this.story.data.view);
	}

	/** The transform that shows a window, within the zoom bounds, the story and `MIN_WINDOW`. */
	transformOf(target: Span): Transform {
		const s = this.scale;
		const limit = w.maxZoom(s.extent, s.minRate);
		return w.transformFor(w.limitWindow(target, s.unwarp), s.extent, this.width, limit);
	}

	#zoomFor(target: Span): Zoom {
		return { t: this.transformOf(target), scale: this.scale, width: this.width, story: this.story };
	}

	/** d3-zoom reports a transform (or, before it has loaded, `show` does). */
	zoomed(t: Transform) {
		this.zoom = { t, scale: this.scale, width: this.width, story: this.story };
	}

	/** Shows a window at once: through d3-zoom once it has loaded, else directly. */
	show(target: Span) {
		const t = this.transformOf(target);
		if (this.zoomTo && this.width > 0) this.zoomTo(t);
		else this.zoomed(t);
	}

	#animation = 0;
	/** Moves to a window with a short ease-out, or at once when motion is reduced. */
	moveTo(target: Span) {
		this.stop();
		if (this.view.reducedMotion) return this.show(target);
		const from = { ...this.span };
		const start = performance.now();
		const step = (now: number) => {
			const p = Math.min(1, (now - start) / 280);
			this.show(w.lerpWindow(from, target, 1 - (1 - p) ** 3));
			if (p < 1) this.#animation = requestAnimationFrame(step);
		};
		this.#animation = requestAnimationFrame(step);
	}

	/** Stops a move under way (a gesture takes over). */
	stop() {
		cancelAnimationFrame(this.#animation);
	}

	/** Where zoom buttons and keys zoom about: the focused event, else the moment, else the middle. */
	#zoomAnchor(): number {
		const i = this.focused && this.current ? this.order.get(this.current) : undefined;
		if (i !== undefined) return this.scale.warp(this.geometry[i]!.at);
		const m = this.scale.warp(this.view.moment + DAY_MS / 2);
		const { a, b } = this.span;
		return m > a && m < b ? m : (a + b) / 2;
	}

	zoomBy(factor: number) {
		this.moveTo(w.zoomWindow(this.span, factor, this.#zoomAnchor()));
	}

	fitAll() {
		this.moveTo({ a: this.scale.extent[0], b: this.scale.extent[1] });
	}

	/** Pans (keeping the zoom) so that a time is comfortably inside the window. */
	reveal(t: number, animate = true) {
		const span = this.span;
		if (!(span.b > span.a)) return;
		const target = w.revealIn(span, this.scale.warp(t), 0.12);
		if (target === span) return;
		if (animate) this.moveTo(target);
		else this.show(target);
	}

	/** Reveals an event in the window. */
	revealEvent(id: string, animate = true) {
		const i = this.order.get(id);
		if (i !== undefined) this.reveal(this.geometry[i]!.at, animate);
	}

	clusterName(members: readonly number[]): string {
		const from = formatRange(this.events[members[0]!]!.when, undefined);
		const to = formatRange(this.events[members.at(-1)!]!.when, undefined);
		return tn(
			members.length,
			'{n} event, {dates}. Click to zoom in.',
			'{n} events, {dates}. Click to zoom in.',
			{ dates: from === to ? from : `${from} – ${to}` }
		);
	}

	/** Zooms in until a cluster's events stand apart. */
	openCluster(n: number) {
		const g = this.clusters[n];
		if (!g) return;
		const us = g.members.map((i) => this.scale.warp(this.geometry[i]!.at));
		this.moveTo(w.clusterWindow(us, this.span));
		this.tip = null;
	}

	clampMoment(t: number): number {
		return Math.min(this.scale.domain[1], Math.max(this.scale.domain[0], t));
	}

	/** Sets the moment to the day under `x` (the moment line dragged). */
	moveMomentTo(x: number) {
		const t = this.tOf(Math.min(this.width, Math.max(0, x)));
		// The UTC day: days are DAY_MS long in UTC.
		const day = Math.floor(this.clampMoment(t) / DAY_MS) * DAY_MS;
		if (day !== this.view.moment) this.view.setMoment(day);
	}

	/** The tooltip for what the pointer is over: a mark (by event id) or a cluster (by number). */
	pointAt(id: string | undefined, cluster: number | undefined) {
		const i = id ? this.order.get(id) : undefined;
		if (i !== undefined) {
			this.tip = { text: markName(this.events[i]!), x: this.xOf(this.geometry[i]!.at) };
			return;
		}
		const g = cluster === undefined ? undefined : this.clusters[cluster];
		this.tip = g ? { text: this.clusterName(g.members), x: g.x } : null;
	}

	readonly momentText = $derived(formatDay(this.view.moment));
}

export const [getTimeline, setTimeline] = createContext<TimelineState>();
