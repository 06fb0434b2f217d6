/**
 * The overview level of detail for very large stories: edges drawn as straight lines on a canvas
 * beneath Cytoscape's, grouped by colour into a few paths. Cytoscape keeps the nodes; its edges
 * are hidden meanwhile, so a moment change touches no Cytoscape edge at all (its per-element
 * style machinery is what makes showing or hiding thousands of edges slow).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Story } from '../model/load';
import { relationKind } from '../model/kinds';
import type { RelationStyle } from '../visual';
import { edgeId } from './elements';
import type { EdgeState, Scene } from './scene';
import type { GraphTheme } from './style';

interface Line {
	readonly id: string;
	readonly kind: string;
	readonly style: RelationStyle;
	readonly source: NodeSingular;
	readonly target: NodeSingular;
}

const ALPHA: Record<Exclude<EdgeState, 'off'>, number> = {
	on: 0.85,
	new: 1,
	ended: 0.3,
	'just-ended': 0.45
};

export class EdgeLayer {
	readonly #canvas: HTMLCanvasElement;
	readonly #cy: Core;
	readonly #lines: Line[] = [];
	#scene: Scene | null = null;
	#theme: GraphTheme;
	#chosen: string | null = null;
	#active = false;
	readonly #draw = () => this.draw();

	constructor(container: HTMLElement, cy: Core, story: Story, theme: GraphTheme) {
		this.#cy = cy;
		this.#theme = theme;
		this.#canvas = document.createElement('canvas');
		this.#canvas.setAttribute('aria-hidden', 'true');
		this.#canvas.style.cssText =
			'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;display:none';
		// Beneath Cytoscape's own canvases, which come later in the container.
		container.prepend(this.#canvas);
		for (const r of story.relations) {
			const source = cy.$id(r.from);
			const target = cy.$id(r.to);
			if (source.empty() || target.empty()) continue;
			this.#lines.push({
				id: edgeId(r.id),
				kind: r.kind,
				style: relationKind(story, r.kind).style,
				source: source as NodeSingular,
				target: target as NodeSingular
			});
		}
		cy.on('render', this.#draw);
	}

	get active(): boolean {
		return this.#active;
	}

	setActive(active: boolean): void {
		this.#active = active;
		this.#canvas.style.display = active ? 'block' : 'none';
		if (active) this.draw();
	}

	setScene(scene: Scene): void {
		this.#scene = scene;
		if (this.#active) this.draw();
	}

	setTheme(theme: GraphTheme): void {
		this.#theme = theme;
		if (this.#active) this.draw();
	}

	setChosen(id: string | null): void {
		this.#chosen = id;
		if (this.#active) this.draw();
	}

	/** Redraws every shown edge for the current viewport: one path per colour and state. */
	draw(): void {
		if (!this.#active) return;
		const cy = this.#cy;
		const canvas = this.#canvas;
		const ratio = window.devicePixelRatio || 1;
		const width = Math.round(cy.width() * ratio);
		const height = Math.round(cy.height() * ratio);
		if (canvas.width !== width || canvas.height !== height) {
			canvas.width = width;
			canvas.height = height;
		}
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, width, height);
		const scene = this.#scene;
		if (!scene) return;
		const zoom = cy.zoom();
		const pan = cy.pan();
		ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
		ctx.lineCap = 'round';
		const groups = new Map<string, Line[]>();
		let chosen: Line | undefined;
		for (const line of this.#lines) {
			const state = scene.states.get(line.id);
			if (!state || state === 'off') continue;
			if (line.id === this.#chosen) chosen = line;
			const key = `${line.kind}|${state}`;
			let group = groups.get(key);
			if (!group) groups.set(key, (group = []));
			group.push(line);
		}
		const path = (lines: readonly Line[]) => {
			ctx.beginPath();
			for (const { source, target } of lines) {
				const a = source.position();
				const b = target.position();
				ctx.moveTo(a.x, a.y);
				ctx.lineTo(b.x, b.y);
			}
		};
		for (const [key, lines] of groups) {
			const state = key.slice(key.lastIndexOf('|') + 1) as Exclude<EdgeState, 'off'>;
			ctx.strokeStyle = lines[0]!.style[this.#theme];
			ctx.globalAlpha = ALPHA[state];
			ctx.lineWidth = (state === 'new' ? 4 : 1.5) / zoom;
			path(lines);
			ctx.stroke();
		}
		if (chosen) {
			ctx.globalAlpha = 1;
			ctx.strokeStyle = chosen.style[this.#theme];
			ctx.lineWidth = 5 / zoom;
			path([chosen]);
			ctx.stroke();
		}
		ctx.globalAlpha = 1;
	}

	destroy(): void {
		this.#cy.off('render', this.#draw);
		this.#canvas.remove();
	}
}
