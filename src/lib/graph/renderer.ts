/**
 * The one owner of a rendered Cytoscape instance: builds it from a story and positions, applies
 * scenes as change sets, and draws selection and keyboard focus. No Svelte here: Graph.svelte
 * feeds it plain data, and the benchmark drives it directly.
 */
import cytoscape, {
	type Core,
	type EdgeSingular,
	type EventObject,
	type NodeSingular
} from 'cytoscape';
import type { RelationKindInfo } from '../model/kinds';
import type { Story } from '../model/load';
import { textDirection } from '../i18n/i18n';
import { EdgeLayer } from './edgeLayer';
import { LABEL_FONT_SIZE, labelWidth, relationIdOf, toElements, type NodeData } from './elements';
import {
	LAYOUT_ROOM,
	layoutInput,
	removeOverlaps,
	type LayoutInput,
	type Point,
	type Positions
} from './layout';
import { diffScenes, type ElementState, type Scene } from './scene';

const isEdge = (id: string) => relationIdOf(id) !== null;
const isNode = (id: string) => relationIdOf(id) === null;
import {
	graphStyle,
	labelScale,
	OVERVIEW_ELEMENTS,
	OVERVIEW_ZOOM,
	overviewStyle,
	PRESENT_FRAME_SCALE,
	presentZoom,
	SHORT_LABEL_SCALE,
	TRANSITION_MS,
	type GraphTheme
} from './style';

/** Above this many changed elements a moment change is applied at once, without a transition. */
export const ANIMATE_LIMIT = 150;
const STATES: readonly ElementState[] = ['off', 'on', 'faded', 'new', 'ended', 'just-ended'];
const STATE_CLASSES = STATES.join(' ');
const FIT_PADDING = 24;
/** Fitting changes the zoom, the zoom the label scale, the scale the box: this many rounds at most. */
const SCALE_SETTLE_STEPS = 16;

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The box of nodes with their labels grown by `scale`, in model coordinates. */
function boxOf(nodes: ReturnType<Core['nodes']>, scale: number): Box {
	const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
	nodes.forEach((n: NodeSingular) => {
		const p = n.position();
		const hw = ((n.data('lw') as number) * scale) / 2;
		const hh = ((n.data('lh') as number) * scale) / 2;
		box.x1 = Math.min(box.x1, p.x - hw);
		box.x2 = Math.max(box.x2, p.x + hw);
		box.y1 = Math.min(box.y1, p.y - hh);
		box.y2 = Math.max(box.y2, p.y + hh);
	});
	return box;
}

export interface Hover {
	readonly id: string;
	readonly group: 'nodes' | 'edges';
	/** Where to anchor a tooltip, in pixels from the container's top left. */
	readonly at: Point;
}

/**
 * What stands out in the graph (the rest fades): some nodes and the shown edges among them (an
 * event's actors), a node with its neighbours (a selected actor), or an edge with its two ends.
 */
export interface Emphasis {
	readonly nodes: readonly string[];
	/** Also the shown edges at the nodes, and the nodes at their other ends. */
	readonly neighbours?: boolean;
	readonly edge?: string;
}

export interface RendererOptions {
	readonly theme: GraphTheme;
	/** Present mode: labels grow to projector size. */
	readonly present?: boolean;
	onSelectActor?(id: string): void;
	onSelectRelation?(relationId: string): void;
	onHover?(hover: Hover | null): void;
	/** After the viewport moved (zoom, pan, resize): anchored overlays must follow. */
	onViewport?(): void;
}

export class GraphRenderer {
	readonly cy: Core;
	/** The scene to show; and the scenes whose node and edge states Cytoscape's elements carry. */
	#scene: Scene | null = null;
	#nodesApplied: Scene | null = null;
	#edgesApplied: Scene | null = null;
	/** Edges of a large story drawn zoomed out (the overview level of detail). */
	#edgeLayer: EdgeLayer | null = null;
	#theme: GraphTheme;
	#scale = 1;
	/** The overview level of detail is on (a large story, zoomed out). */
	#overview = false;
	readonly #large: boolean;
	#layout: Positions;
	/** The layout turned a quarter, for a container whose shape fits it better (a phone). */
	#turned = false;
	#turnedLayout: Positions | null = null;
	#input: LayoutInput;
	#chosen: string | null = null;
	/** Present mode: the step's actors, framed with their neighbours; the rest is faded. */
	#stage: readonly string[] = [];
	#focused: string | null = null;
	#emphasis: Emphasis | null = null;
	#emphasised = false;
	/** Nodes are pushed apart for labels grown past the layout's room (see #spread). */
	#spreadOut = false;
	#timers = new Set<ReturnType<typeof setTimeout>>();
	/** While fitting, restyles wait (see fit); a restyle is then owed. */
	#holdStyle = false;
	#styleStale = false;
	/** The reader zoomed or panned: resizes keep their view instead of fitting again. */
	#viewMoved = false;
	#programmatic = false;
	#options: RendererOptions;
	/** A fit is settling (see #updateScale). */
	#growOnly = false;
	/** The most labels grow: set by a fit where growing further would draw them smaller. */
	#scaleCap = Infinity;

	/** The story's relation kinds, built-in and declared, for the stylesheet. */
	readonly #kinds: readonly RelationKindInfo[];

	constructor(container: HTMLElement, story: Story, layout: Positions, options: RendererOptions) {
		this.#theme = options.theme;
		this.#kinds = [...story.relationKinds.values()];
		this.#layout = layout;
		this.#input = layoutInput(story);
		this.#large = story.actors.length + story.relations.length > OVERVIEW_ELEMENTS;
		this.#options = options;
		this.cy = cytoscape({
			container,
			elements: this.#elements(story, layout),
			style: graphStyle(this.#theme, 1, this.#kinds, options.present),
			layout: { name: 'preset', fit: false },
			minZoom: 0.05,
			maxZoom: 4,
			boxSelectionEnabled: false,
			autounselectify: true,
			motionBlur: false,
			textureOnViewport: false,
			hideEdgesOnViewport: false
		});
		if (this.#large) this.#edgeLayer = new EdgeLayer(container, this.cy, story, this.#theme);
		this.#bind();
		// Cytoscape measures its container lazily; measure now so the first fit sees the real size.
		this.cy.resize();
		this.#orient();
		this.fit();
		this.#updateScale();
	}

	/**
	 * Turns the layout a quarter when that lets it fill the container much better: a landscape
	 * layout on a portrait phone. Positions still never depend on time, only on the container.
	 */
	#orient(): void {
		const cy = this.cy;
		const xs = Object.values(this.#layout).map((p) => p.x);
		const ys = Object.values(this.#layout).map((p) => p.y);
		if (xs.length < 2 || cy.width() === 0 || cy.height() === 0) return;
		const w = Math.max(...xs) - Math.min(...xs) + 120;
		const h = Math.max(...ys) - Math.min(...ys) + 60;
		const straight = Math.min(cy.width() / w, cy.height() / h);
		const turned = Math.min(cy.width() / h, cy.height() / w);
		// Hysteresis: turn only for a clear gain, so a window resized a little does not flip.
		const turn = this.#turned ? turned >= straight * 0.9 : turned > straight * 1.15;
		if (turn === this.#turned) return;
		this.#turned = turn;
		// Turning changes where nodes are: dragged nodes go back to the layout.
		const drawn = this.#drawn();
		cy.batch(() => {
			cy.nodes().positions((n) => drawn[n.id()] ?? (n as NodeSingular).position());
		});
	}

	/**
	 * The layout as drawn: as computed, or turned a quarter. Labels do not turn with it, so the
	 * turned layout is cleared of overlaps again.
	 */
	#drawn(): Positions {
		if (!this.#turned) return this.#layout;
		if (this.#turnedLayout) return this.#turnedLayout;
		const turned: Record<string, { x: number; y: number }> = {};
		for (const [id, p] of Object.entries(this.#layout)) turned[id] = { x: -p.y, y: p.x };
		removeOverlaps(this.#input, turned);
		this.#turnedLayout = turned;
		return turned;
	}

	#elements(story: Story, layout: Positions) {
		const positions = new Map(Object.entries(layout));
		// Every element starts hidden; the first scene shows what holds.
		return toElements(story, positions, textDirection()).map((e) => ({
			...e,
			classes: `${String(e.classes ?? '')} off`
		}));
	}

	#bind(): void {
		const cy = this.cy;
		cy.on('tap', 'node', (e: EventObject) => this.#options.onSelectActor?.(e.target.id()));
		cy.on('tap', 'edge', (e: EventObject) => {
			const relation = e.target.data('relation') as string;
			this.#options.onSelectRelation?.(relation);
		});
		cy.on('mouseover', 'node, edge', (e: EventObject) => {
			this.#options.onHover?.(this.hoverOf(e.target.id()));
		});
		cy.on('mouseout', 'node, edge', () => this.#options.onHover?.(null));
		cy.on('grab', 'node', () => this.#options.onHover?.(null));
		cy.on('viewport', () => {
			if (!this.#programmatic) this.#viewMoved = true;
			this.#updateScale();
			this.#options.onViewport?.();
		});
	}

	/** Where a tooltip for an element goes: above a node, at an edge's midpoint. */
	hoverOf(id: string): Hover | null {
		const ele = this.cy.$id(id);
		if (ele.empty()) return null;
		if (ele.isNode()) {
			const p = ele.renderedPosition();
			return { id, group: 'nodes', at: { x: p.x, y: p.y - ele.renderedOuterHeight() / 2 } };
		}
		const p = (ele as unknown as EdgeSingular).renderedMidpoint();
		return { id, group: 'edges', at: { x: p.x, y: p.y } };
	}

	/**
	 * Shows a scene: applies only the elements whose state changed, in one batch. With the
	 * overview level of detail on, edges go to the edge layer and Cytoscape's edges are left alone.
	 */
	showScene(scene: Scene, animate: boolean): void {
		this.#scene = scene;
		this.#edgeLayer?.setScene(scene);
		this.#sync(animate);
		if (this.#stage.length > 0) this.#applyStage();
		this.#emphasise();
		// On a projector the camera frames what is on stage at each step (nodes keep their places).
		if (this.#options.present && !this.#viewMoved) this.fit();
	}

	/** Brings Cytoscape's elements up to the scene to show. */
	#sync(animate: boolean): void {
		const scene = this.#scene;
		if (!scene) return;
		const nodes = diffScenes(this.#nodesApplied, scene, isNode);
		const edges = this.#overview ? null : diffScenes(this.#edgesApplied, scene, isEdge);
		const first = this.#nodesApplied === null;
		this.#nodesApplied = scene;
		if (edges) this.#edgesApplied = scene;
		const changes = edges ? new Map([...nodes, ...edges]) : nodes;
		if (changes.size === 0) return;
		const cy = this.cy;
		if (!animate || first || changes.size > ANIMATE_LIMIT) {
			// Many changes at once: one class change per state, on a whole collection.
			const byState = new Map<ElementState, ReturnType<Core['collection']>>();
			for (const [id, state] of changes) {
				const ele = cy.$id(id);
				if (ele.empty()) continue;
				let group = byState.get(state);
				if (!group) byState.set(state, (group = cy.collection()));
				group.merge(ele);
			}
			cy.batch(() => {
				for (const [state, group] of byState) {
					group.removeClass(`${STATE_CLASSES} leaving entering fx`).addClass(state);
				}
			});
			return;
		}
		const entering = cy.collection();
		const leaving = cy.collection();
		cy.batch(() => {
			for (const [id, state] of changes) {
				const ele = cy.$id(id);
				if (ele.empty()) continue;
				const was = ele.hasClass('off') || ele.hasClass('leaving');
				if (state === 'off' && !was) {
					ele.addClass('fx leaving');
					leaving.merge(ele);
					continue;
				}
				ele.removeClass(`${STATE_CLASSES} leaving entering`).addClass(state);
				if (was && state !== 'off') {
					ele.addClass('fx entering');
					entering.merge(ele);
				}
			}
		});
		// Next frame: drop `entering` so the opacity transitions from 0 to the state's opacity.
		requestAnimationFrame(() => cy.batch(() => entering.removeClass('entering')));
		this.#later(() => {
			cy.batch(() => {
				const done = leaving.filter('.leaving');
				done.removeClass(`${STATE_CLASSES} leaving fx`).addClass('off');
				entering.removeClass('fx');
			});
		}, TRANSITION_MS + 50);
	}

	#later(fn: () => void, ms: number): void {
		const timer = setTimeout(() => {
			this.#timers.delete(timer);
			if (!this.cy.destroyed()) fn();
		}, ms);
		this.#timers.add(timer);
	}

	/** Whether an element is currently shown (not off, not leaving). */
	isShown(id: string): boolean {
		const ele = this.cy.$id(id);
		return ele.nonempty() && !ele.hasClass('off') && !ele.hasClass('leaving');
	}

	/** The shown nodes, for keyboard navigation. */
	shownNodes(): { id: string; x: number; y: number }[] {
		const nodes: { id: string; x: number; y: number }[] = [];
		this.cy.nodes().forEach((n: NodeSingular) => {
			if (n.hasClass('off') || n.hasClass('leaving')) return;
			const p = n.position();
			nodes.push({ id: n.id(), x: p.x, y: p.y });
		});
		return nodes;
	}

	setTheme(theme: GraphTheme): void {
		if (theme === this.#theme) return;
		this.#theme = theme;
		this.#restyle();
		this.#edgeLayer?.setTheme(theme);
	}

	#restyle(): void {
		if (this.#holdStyle) {
			this.#styleStale = true;
			return;
		}
		this.#styleStale = false;
		this.cy.style(
			this.#overview
				? overviewStyle(this.#theme, this.#kinds)
				: graphStyle(this.#theme, this.#scale, this.#kinds, this.#options.present)
		);
	}

	/**
	 * Labels stay readable when zoomed out: below a zoom, nodes and labels grow (by steps). A large
	 * story zoomed out is drawn at the overview level of detail.
	 */
	#updateScale(): void {
		const zoom = this.cy.zoom();
		// While fitting, the scale only grows: a fit settles instead of swinging between two scales
		// (and so ends with labels at least as large as labelScale asks for its zoom).
		const wanted = labelScale(zoom, this.#options.present);
		const scale = Math.min(this.#scaleCap, this.#growOnly ? Math.max(wanted, this.#scale) : wanted);
		const overview = this.#large && zoom < OVERVIEW_ZOOM;
		if (scale === this.#scale && overview === this.#overview) return;
		const restyle = overview !== this.#overview || !overview;
		this.#scale = scale;
		this.#overview = overview;
		if (!restyle) return;
		this.#restyle();
		this.#spread();
		this.#edgeLayer?.setActive(overview);
		// Back to full detail: Cytoscape's edges catch up with the scene.
		if (!overview) this.#sync(false);
	}

	/** How much nodes and labels are grown now (see labelScale). */
	get scale(): number {
		return this.#scale;
	}

	/**
	 * Labels grown past the room the layout left for them (a phone) would overlap: nodes are pushed
	 * apart for the boxes they have now, from the layout as drawn. Positions still depend only on
	 * the story and the container's size, never on time.
	 */
	#spread(): void {
		if (this.#overview || this.#large) return;
		const cy = this.cy;
		const drawn = this.#drawn();
		const spread = this.#scale > LAYOUT_ROOM;
		if (!spread && !this.#spreadOut) return;
		this.#spreadOut = spread;
		const positions: Record<string, Point> = {};
		for (const [id, p] of Object.entries(drawn)) positions[id] = { x: p.x, y: p.y };
		if (spread) {
			// The box each node has at this scale (as fitting counts it), whether shown now or not.
			const short = this.#scale >= SHORT_LABEL_SCALE;
			const nodes = this.#input.nodes.map((n) => {
				const d = cy.$id(n.id).data() as NodeData;
				const text = labelWidth(short ? d.short : d.label) + 8;
				const w = d.kind === 'person' ? Math.max(d.w, text) : short ? d.sw : d.w;
				const h = d.kind === 'person' ? d.h + 2 * (LABEL_FONT_SIZE + 4) : d.h;
				return { ...n, w: w * this.#scale, h: h * this.#scale };
			});
			removeOverlaps({ ...this.#input, nodes }, positions, 10);
			// Presenting, the step's own actors keep room between them for the lines that join
			// them (and their "new" or "ended"); faded actors may then lie under them.
			if (this.#options.present && this.#stage.length > 0) {
				const stage = nodes.filter((n) => this.#stage.includes(n.id));
				removeOverlaps({ ...this.#input, nodes: stage }, positions, 14 * this.#scale);
			}
		}
		cy.batch(() => {
			cy.nodes().positions((n) => positions[n.id()] ?? (n as NodeSingular).position());
		});
	}

	/** Whether the overview level of detail is on. */
	get overview(): boolean {
		return this.#overview;
	}

	/** Marks the selected actor or relation (a Cytoscape id), or nothing. */
	setChosen(id: string | null): void {
		if (id === this.#chosen) return;
		if (this.#chosen) this.cy.$id(this.#chosen).removeClass('chosen');
		this.#chosen = id;
		if (id) this.cy.$id(id).addClass('chosen');
		this.#edgeLayer?.setChosen(id);
	}

	/** Makes a selection and what it involves stand out, the rest faded; `null`: nothing fades. */
	setEmphasis(emphasis: Emphasis | null): void {
		this.#emphasis = emphasis;
		this.#emphasise();
	}

	#emphasise(): void {
		const cy = this.cy;
		const emphasis = this.#emphasis;
		if (!emphasis && !this.#emphasised) return;
		const scene = this.#scene;
		const shown = (id: string) => (scene?.states.get(id) ?? 'off') !== 'off';
		cy.batch(() => {
			cy.elements('.lit, .dim').removeClass('lit dim');
			this.#emphasised = emphasis !== null;
			if (!emphasis) return;
			let nodes = cy.collection();
			for (const id of emphasis.nodes) nodes.merge(cy.$id(id));
			let edges = emphasis.neighbours ? nodes.connectedEdges() : nodes.edgesWith(nodes);
			edges = edges.filter((e) => shown(e.id()));
			if (emphasis.edge) edges = edges.union(cy.$id(emphasis.edge));
			if (emphasis.neighbours || emphasis.edge) nodes = nodes.union(edges.connectedNodes());
			const lit = nodes.union(edges);
			lit.addClass('lit');
			cy.elements().not(lit).addClass('dim');
		});
	}

	/** Draws the keyboard focus ring on a node (or edge), or on nothing. */
	setFocus(id: string | null): void {
		if (id === this.#focused) return;
		if (this.#focused) this.cy.$id(this.#focused).removeClass('focused');
		this.#focused = id;
		if (!id) return;
		const ele = this.cy.$id(id);
		ele.addClass('focused');
		// Keep the focused node in view.
		if (ele.isNode()) {
			const p = ele.renderedPosition();
			const w = this.cy.width();
			const h = this.cy.height();
			const margin = 40;
			if (p.x < margin || p.y < margin || p.x > w - margin || p.y > h - margin) {
				this.#moveView(() => this.cy.center(ele));
			}
		}
	}

	#moveView(fn: () => void): void {
		this.#programmatic = true;
		try {
			fn();
		} finally {
			this.#programmatic = false;
		}
	}

	/**
	 * Fits every node of the story (all moments, shown or not), so that the view does not move
	 * with time; in present mode, only the nodes on stage now. Cytoscape's own fit ignores hidden
	 * nodes, so the box is computed here.
	 */
	fit(): void {
		// The box is computed from the nodes' data and places (boxOf, #spread), never from the
		// style: the scale settles first, and the graph is restyled once, at the end (a restyle a
		// step made explore's first render restyle the whole graph five times, a present step 15).
		this.#styledOnce(() => this.#settleFit());
	}

	/** Runs `change` with restyles held, then restyles once if any was asked for. */
	#styledOnce(change: () => void): void {
		const held = this.#holdStyle;
		this.#holdStyle = true;
		try {
			change();
		} finally {
			this.#holdStyle = held;
			if (!held && this.#styleStale) this.#restyle();
		}
	}

	#settleFit(): void {
		// The zoom decides how much labels grow, which changes the box: settle in a few steps.
		// Always from unscaled labels, so that a fit lands on the same view whatever came before.
		if (this.#scale !== 1 && !this.#overview) {
			this.#scale = 1;
			this.#restyle();
			this.#spread();
		}
		this.#growOnly = true;
		this.#scaleCap = Infinity;
		try {
			// Grown labels push nodes apart (#spread), which can make the box grow faster than the
			// labels: in a short frame, growing on would draw them smaller on screen at each step.
			// The fit then settles on the scale that drew them largest, and holds it there.
			let best = { scale: this.#scale, screen: 0 };
			let screen = 0;
			for (let i = 0; i < SCALE_SETTLE_STEPS; i++) {
				const scale = this.#scale;
				this.#fitOnce();
				screen = scale * this.cy.zoom();
				if (screen > best.screen) best = { scale, screen };
				if (this.#scale === scale) break;
			}
			if (screen < best.screen && best.scale !== this.#scale) {
				this.#scaleCap = best.scale;
				this.#scale = best.scale;
				this.#restyle();
				this.#spread();
				this.#fitOnce();
			}
		} finally {
			this.#growOnly = false;
		}
		this.#viewMoved = false;
	}

	/**
	 * Presenting (present mode, or a guided step on a phone): labels grow to projector size and
	 * the stage is framed. Off, the graph is explore's again, fitted whole.
	 */
	setPresenting(present: boolean): void {
		if (!!this.#options.present === present) return;
		this.#options = { ...this.#options, present };
		this.#viewMoved = false;
		this.#styledOnce(() => {
			this.#restyle();
			this.fit();
		});
	}

	/**
	 * Present mode: the actors a step is about. The camera frames them with the actors they are
	 * related to now; everything else on stage is faded. An empty list frames all on stage.
	 */
	setStage(actors: readonly string[]): void {
		this.#stage = actors;
		this.#applyStage();
		if (this.#options.present && !this.#viewMoved) this.fit();
	}

	/**
	 * The nodes to frame in present mode: the stage, then its neighbours by relations shown now,
	 * nearest first, as many as still let labels reach projector size without growing nodes past
	 * what the layout leaves room for (PRESENT_FRAME_SCALE).
	 */
	#framedNodes(): ReturnType<Core['nodes']> | null {
		const cy = this.cy;
		const scene = this.#scene;
		const on = (id: string) => (scene?.states.get(id) ?? 'off') !== 'off';
		const stage = cy
			.nodes()
			.filter((n: NodeSingular) => this.#stage.includes(n.id()) && on(n.id()));
		if (stage.empty()) return null;
		const box = boxOf(stage, PRESENT_FRAME_SCALE);
		const cx = (box.x1 + box.x2) / 2;
		const cy0 = (box.y1 + box.y2) / 2;
		const neighbours = stage
			.connectedEdges()
			.filter((e) => on(e.id()))
			.connectedNodes()
			.difference(stage)
			.filter((n: NodeSingular) => on(n.id()))
			.sort((a, b) => {
				const d = (n: NodeSingular) => Math.hypot(n.position().x - cx, n.position().y - cy0);
				return d(a as NodeSingular) - d(b as NodeSingular);
			});
		const needed = presentZoom();
		let framed = stage;
		neighbours.forEach((n: NodeSingular) => {
			const grown = framed.union(n);
			if (this.#zoomFor(boxOf(grown, PRESENT_FRAME_SCALE)) >= needed) framed = grown;
		});
		return framed;
	}

	/** The zoom that fits a box (model coordinates) in the container. */
	#zoomFor(box: Box): number {
		const w = this.cy.width() - 2 * FIT_PADDING;
		const h = this.cy.height() - 2 * FIT_PADDING;
		return Math.min(w / Math.max(1, box.x2 - box.x1), h / Math.max(1, box.y2 - box.y1));
	}

	#applyStage(): void {
		const cy = this.cy;
		const framed = this.#stage.length > 0 ? this.#framedNodes() : null;
		cy.batch(() => {
			cy.elements().removeClass('backdrop');
			if (!framed) return;
			const stage = framed.filter((n: NodeSingular) => this.#stage.includes(n.id()));
			cy.nodes().difference(framed).addClass('backdrop');
			cy.edges().difference(stage.connectedEdges()).addClass('backdrop');
		});
	}

	#fitOnce(): void {
		const cy = this.cy;
		const w = cy.width();
		const h = cy.height();
		if (cy.nodes().empty() || w === 0 || h === 0) return;
		const scene = this.#scene;
		const onStage = cy
			.nodes()
			.filter((n: NodeSingular) => (scene?.states.get(n.id()) ?? 'off') !== 'off');
		const framed = !this.#options.present
			? cy.nodes()
			: (this.#framedNodes() ?? (onStage.nonempty() ? onStage : cy.nodes()));
		const { x1, x2, y1, y2 } = boxOf(framed, this.#scale);
		const zoom = Math.min(
			cy.maxZoom(),
			Math.max(
				cy.minZoom(),
				Math.min((w - 2 * FIT_PADDING) / (x2 - x1), (h - 2 * FIT_PADDING) / (y2 - y1))
			)
		);
		this.#moveView(() =>
			cy.viewport({
				zoom,
				pan: { x: w / 2 - (zoom * (x1 + x2)) / 2, y: h / 2 - (zoom * (y1 + y2)) / 2 }
			})
		);
	}

	/** Zooms about the centre of the view. */
	zoomBy(factor: number): void {
		const cy = this.cy;
		const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
		cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
	}

	/** After the container changed size. */
	resize(): void {
		this.cy.resize();
		const turned = this.#turned;
		this.#orient();
		if (!this.#viewMoved || turned !== this.#turned) this.fit();
		this.#options.onViewport?.();
	}

	/** New computed positions (the layout finished, or a reset): every node moves there. */
	setLayout(layout: Positions, animate: boolean): void {
		this.#layout = layout;
		this.#turnedLayout = null;
		const drawn = this.#drawn();
		const cy = this.cy;
		const target = (n: NodeSingular) => drawn[n.id()] ?? n.position();
		if (animate) {
			cy.nodes().forEach((n: NodeSingular) => {
				n.animate({ position: target(n) }, { duration: 400, easing: 'ease-out' });
			});
			this.#later(() => this.fit(), 420);
		} else {
			cy.nodes().positions((n) => target(n as NodeSingular));
			this.fit();
		}
	}

	/** Puts dragged nodes back where the layout placed them. */
	resetLayout(animate: boolean): void {
		this.setLayout(this.#layout, animate);
	}

	destroy(): void {
		this.#edgeLayer?.destroy();
		for (const timer of this.#timers) clearTimeout(timer);
		this.#timers.clear();
		this.cy.destroy();
	}
}
