/**
 * The graph as an image: a vector drawing of what Cytoscape shows (SVG), or Cytoscape's own
 * bitmap (PNG), framed with the legend and the attribution.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { RelationKindInfo } from '../model/kinds';
import type { ActorKind } from '../model/schema';
import { ACTOR_NAME } from '../model/vocabulary';
import { dashArray } from '../visual';
import { svgElement, type LegendEntry } from '../export/svg';
import { PALETTE, type GraphTheme } from './style';

type Point = { x: number; y: number };

const num = (value: number) => Number(value.toFixed(1));

/** The legend of an exported graph: the actor and relation kinds on screen. */
export function graphLegend(
	actors: readonly ActorKind[],
	kinds: readonly { kind: RelationKindInfo; directed: boolean }[],
	theme: GraphTheme
): LegendEntry[] {
	const palette = PALETTE[theme];
	const actorEntries = actors.map((kind): LegendEntry => ({
		label: ACTOR_NAME[kind],
		swatch: (box) => {
			const paint = { fill: palette[kind].fill, stroke: palette[kind].border, 'stroke-width': 1.5 };
			if (kind === 'country') {
				box.append(svgElement('rect', { x: 1, y: 1, width: 22, height: 12, rx: 3, ...paint }));
			} else if (kind === 'organization') {
				box.append(svgElement('polygon', { points: '1,7 6,1 18,1 23,7 18,13 6,13', ...paint }));
			} else box.append(svgElement('circle', { cx: 12, cy: 7, r: 6, ...paint }));
		}
	}));
	const relationEntries = kinds.map(({ kind, directed }): LegendEntry => {
		const style = kind.style;
		const colour = style[theme];
		return {
			label: `${kind.label}${directed ? ' (→)' : ''}`,
			// The on-screen legend's drawing (Legend.svelte: its 40×18 box, the canvas's pattern,
			// width and end marks), scaled into the export's 24×14 swatch.
			swatch: (box) => {
				const g = svgElement('g', { transform: 'translate(0,1.6) scale(0.6)' });
				const source = style.sourceMark ?? 'none';
				const target = style.targetMark ?? 'none';
				const dash = dashArray(style.pattern, style.width);
				g.append(
					svgElement('line', {
						x1: source === 'none' ? 2 : 6,
						y1: 9,
						x2: directed || target !== 'none' ? 30 : 38,
						y2: 9,
						stroke: colour,
						'stroke-width': style.width,
						...(dash ? { 'stroke-dasharray': dash } : {})
					})
				);
				if (source === 'tee')
					g.append(svgElement('rect', { x: 2, y: 2, width: 4, height: 14, fill: colour }));
				else if (source === 'circle')
					g.append(svgElement('circle', { cx: 6, cy: 9, r: 4, fill: colour }));
				if (directed) g.append(svgElement('polygon', { points: '29,3 38,9 29,15', fill: colour }));
				else if (target === 'tee')
					g.append(svgElement('rect', { x: 30, y: 2, width: 4, height: 14, fill: colour }));
				else if (target === 'circle')
					g.append(svgElement('circle', { cx: 32, cy: 9, r: 4, fill: colour }));
				box.append(g);
			}
		};
	});
	return [...actorEntries, ...relationEntries];
}

/** A vector drawing of the graph's viewport as Cytoscape shows it now. */
export function graphDrawing(cy: Core): SVGGElement {
	const zoom = cy.zoom();
	const pan = cy.pan();
	const width = cy.width();
	const height = cy.height();
	const toScreen = (p: Point): Point => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
	const root = svgElement('g');
	const clipId = 'graph-viewport';
	const defs = svgElement('defs');
	const clip = svgElement('clipPath', { id: clipId });
	clip.append(svgElement('rect', { x: 0, y: 0, width, height }));
	defs.append(clip);
	root.append(defs);
	const scene = svgElement('g', { 'clip-path': `url(#${clipId})` });
	root.append(scene);

	cy.edges(':visible').forEach((edge: EdgeSingular) =>
		scene.append(edgeDrawing(edge, toScreen, zoom))
	);
	cy.nodes(':visible').forEach((node: NodeSingular) => scene.append(nodeDrawing(node, zoom)));
	return root;
}

function edgeDrawing(edge: EdgeSingular, toScreen: (p: Point) => Point, zoom: number): SVGGElement {
	const group = svgElement('g', { opacity: num(edge.numericStyle('opacity')) });
	const s = toScreen(edge.sourceEndpoint());
	const t = toScreen(edge.targetEndpoint());
	const m = toScreen(edge.midpoint());
	// A quadratic curve through the midpoint: straight edges stay straight, parallel ones bow.
	const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
	const colour = edge.style('line-color') as string;
	const width = Math.max(0.5, edge.numericStyle('width') * zoom);
	const lineStyle = edge.style('line-style') as string;
	const dash =
		lineStyle === 'dashed'
			? `${num(width * 3)} ${num(width * 2)}`
			: lineStyle === 'dotted'
				? `${num(width)} ${num(width * 1.5)}`
				: undefined;
	group.append(
		svgElement('path', {
			d: `M${num(s.x)},${num(s.y)}Q${num(c.x)},${num(c.y)} ${num(t.x)},${num(t.y)}`,
			fill: 'none',
			stroke: colour,
			'stroke-width': num(width),
			'stroke-opacity': num(edge.numericStyle('line-opacity')),
			...(dash ? { 'stroke-dasharray': dash } : {})
		})
	);
	if (edge.style('target-arrow-shape') !== 'none') {
		const angle = Math.atan2(t.y - c.y, t.x - c.x);
		const size = Math.max(6, width * 3);
		const point = (a: number, r: number) =>
			`${num(t.x - Math.cos(angle + a) * r)},${num(t.y - Math.sin(angle + a) * r)}`;
		group.append(
			svgElement('path', {
				d: `M${num(t.x)},${num(t.y)}L${point(0.45, size)}L${point(-0.45, size)}Z`,
				fill: edge.style('target-arrow-color') as string
			})
		);
	}
	const label = String(edge.style('label') ?? '');
	if (label) {
		group.append(
			svgElement(
				'text',
				{
					x: num(m.x),
					y: num(m.y),
					'text-anchor': 'middle',
					'dominant-baseline': 'middle',
					'font-size': num(edge.numericStyle('font-size') * zoom),
					'font-weight': 700,
					fill: edge.style('color') as string
				},
				label
			)
		);
	}
	return group;
}

function nodeDrawing(node: NodeSingular, zoom: number): SVGGElement {
	const p = node.renderedPosition();
	const w = node.renderedWidth();
	const h = node.renderedHeight();
	const group = svgElement('g', { opacity: num(node.numericStyle('opacity')) });
	const paint = {
		fill: node.style('background-color') as string,
		stroke: node.style('border-color') as string,
		'stroke-width': num(node.numericStyle('border-width') * zoom)
	};
	const shape = String(node.style('shape'));
	if (shape.includes('rectangle')) {
		group.append(
			svgElement('rect', {
				x: num(p.x - w / 2),
				y: num(p.y - h / 2),
				width: num(w),
				height: num(h),
				rx: shape.startsWith('round') ? num(Math.min(w, h) * 0.2) : 0,
				...paint
			})
		);
	} else if (shape === 'hexagon' || shape === 'octagon' || shape.includes('polygon')) {
		const corners = shape === 'octagon' ? 8 : 6;
		const points = Array.from({ length: corners }, (_, i) => {
			const a = (Math.PI * 2 * i) / corners + (corners === 8 ? Math.PI / 8 : 0);
			return `${num(p.x + (Math.cos(a) * w) / 2)},${num(p.y + (Math.sin(a) * h) / 2)}`;
		}).join(' ');
		group.append(svgElement('polygon', { points, ...paint }));
	} else {
		group.append(
			svgElement('ellipse', {
				cx: num(p.x),
				cy: num(p.y),
				rx: num(w / 2),
				ry: num(h / 2),
				...paint
			})
		);
	}
	const label = String(node.style('label') ?? '');
	if (label) {
		const size = node.numericStyle('font-size') * zoom;
		const below = node.style('text-valign') === 'bottom';
		const y = below ? p.y + h / 2 + size * 1.05 + node.numericStyle('text-margin-y') * zoom : p.y;
		group.append(
			svgElement(
				'text',
				{
					x: num(p.x),
					y: num(y),
					'text-anchor': 'middle',
					'dominant-baseline': below ? 'auto' : 'middle',
					'font-size': num(size),
					'font-weight': node.style('font-weight') as string,
					fill: node.style('color') as string,
					...(below
						? {
								stroke: node.style('text-outline-color') as string,
								'stroke-width': num(node.numericStyle('text-outline-width') * zoom * 2),
								'paint-order': 'stroke'
							}
						: {})
				},
				label
			)
		);
	}
	return group;
}

// Print draws synchronously with what this module brings (Graph.svelte's beforeprint).
export { svgElement } from '../export/svg';
