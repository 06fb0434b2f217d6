/**
 * The graph's Cytoscape stylesheet, per theme. Plain data built from src/lib/visual.ts, so each
 * relation kind has the same colour, width and line pattern here as in the legend.
 */
import type { StylesheetJson } from 'cytoscape';
import { BUILT_IN_KINDS, type RelationKindInfo } from '../model/kinds';
import { t } from '../i18n/i18n';
import { dashes } from '../visual';
import { LABEL_FONT_SIZE } from './elements';

export type GraphTheme = 'light' | 'dark';

export interface Palette {
	readonly text: string;
	readonly bg: string;
	readonly accent: string;
	readonly focus: string;
	readonly focusHalo: string;
	readonly country: { readonly fill: string; readonly border: string };
	readonly organization: { readonly fill: string; readonly border: string };
	readonly person: { readonly fill: string; readonly border: string };
	readonly new: string;
	readonly ended: string;
}

/** Matches the theme variables of app.css. */
export const PALETTE: Record<GraphTheme, Palette> = {
	light: {
		text: '#1a1a1a',
		bg: '#ffffff',
		accent: '#0a5ea8',
		focus: '#0a5ea8',
		focusHalo: '#ffffff',
		country: { fill: '#e9eef4', border: '#4d5b6b' },
		organization: { fill: '#f4eddf', border: '#6e5a35' },
		person: { fill: '#ffffff', border: '#333333' },
		new: '#0a7a55',
		ended: '#8a4b00'
	},
	dark: {
		text: '#ececec',
		bg: '#181818',
		accent: '#8cc4ff',
		focus: '#ffd54a',
		focusHalo: '#000000',
		country: { fill: '#26313d', border: '#9fb2c6' },
		organization: { fill: '#3a3224', border: '#cdb68c' },
		person: { fill: '#181818', border: '#d0d0d0' },
		new: '#5ad1a0',
		ended: '#f0a860'
	}
};

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** How long elements take to appear or vanish when the moment moves. */
export const TRANSITION_MS = 250;

/** Cytoscape's dash pattern for a line pattern, in multiples of the line width. */
export const dashPattern = dashes;

/**
 * Explore: the smallest label (a person's, one pixel under LABEL_FONT_SIZE) reads at least this
 * large on screen (px): font size x zoom >= 12, the app's minimum, at every size of window.
 */
export const MIN_SCREEN_FONT = 12.2;
/** A person's label is this much smaller than LABEL_FONT_SIZE (in explore). */
const PERSON_FONT_OFFSET = 1;
const SCALE_STEPS = [1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;
/** Projector type: every label of the graph reads at least this large in present mode. */
export const PRESENT_SCREEN_FONT = 24;
/**
 * In present mode every label of the sheet is drawn at LABEL_FONT_SIZE (persons and the "new" and
 * "ended" marks too). Nodes and labels grow by at most this much when the camera frames a step
 * (the layout leaves room for it); the camera zooms in the rest of the way.
 */
export const PRESENT_FRAME_SCALE = 1.5;
/** The zoom at which labels grown by PRESENT_FRAME_SCALE reach PRESENT_SCREEN_FONT. */
export function presentZoom(): number {
	return PRESENT_SCREEN_FONT / (LABEL_FONT_SIZE * PRESENT_FRAME_SCALE);
}
/**
 * Beyond the frame scale (a step whose actors lie far apart, or a phone, where a label is a good
 * part of the width), labels still reach 24 px.
 */
const PRESENT_SCALE_STEPS = [1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8] as const;

/**
 * How much nodes and labels grow at a zoom level so that labels stay readable on a small screen:
 * 1 at normal zoom, then by steps (so that restyling happens only when a step is crossed). In
 * explore, labels grow until the smallest reads MIN_SCREEN_FONT (short names take less room); in
 * present mode every label reaches PRESENT_SCREEN_FONT.
 */
export function labelScale(zoom: number, present = false): number {
	const steps: readonly number[] = present ? PRESENT_SCALE_STEPS : SCALE_STEPS;
	const wanted = present
		? PRESENT_SCREEN_FONT / (LABEL_FONT_SIZE * zoom)
		: MIN_SCREEN_FONT / ((LABEL_FONT_SIZE - PERSON_FONT_OFFSET) * zoom);
	return steps.find((step) => step >= wanted - 1e-9) ?? steps[steps.length - 1]!;
}

/** From this scale up, nodes print their short names ("DPRK" for "North Korea"). */
export const SHORT_LABEL_SCALE = 1.5;

/** A node dimension from its data field, grown by `scale`. */
function sized(field: 'w' | 'sw' | 'h', scale: number): string {
	return scale === 1 ? `data(${field})` : `mapData(${field}, 0, 1000, 0, ${1000 * scale})`;
}

/**
 * Level of detail for very large graphs seen from afar (as Cytoscape desktop does): nodes as plain
 * shapes without borders or labels; edges are hidden here and drawn by the edge layer as straight
 * lines in their kind's colour, without patterns or arrows (at that zoom a dash or an arrow is
 * below a pixel anyway). Zooming in brings the full style back.
 */
export function overviewStyle(
	theme: GraphTheme,
	kinds: Iterable<RelationKindInfo> = BUILT_IN_KINDS.values()
): StylesheetJson {
	const p = PALETTE[theme];
	const sheet: StylesheetJson = [
		{
			selector: 'node',
			style: {
				width: 'data(w)',
				height: 'data(h)',
				label: '',
				'border-width': 0,
				'overlay-opacity': 0,
				'background-color': p.country.border
			}
		},
		{
			selector: 'node.organization',
			style: { shape: 'hexagon', 'background-color': p.organization.border }
		},
		{ selector: 'node.person', style: { shape: 'ellipse', 'background-color': p.person.border } },
		{
			selector: 'edge',
			style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1.5, 'overlay-opacity': 0 }
		}
	];
	for (const kind of kinds) {
		sheet.push({ selector: `edge.${kind.className}`, style: { 'line-color': kind.style[theme] } });
	}
	sheet.push(
		{ selector: '.off', style: { display: 'none' } },
		{ selector: '.faded, .ended, .just-ended', style: { opacity: 0.4 } },
		{
			selector: '.chosen, .focused',
			style: { 'underlay-color': p.focus, 'underlay-opacity': 0.6, 'underlay-padding': 6 }
		},
		{ selector: '.entering, .leaving', style: { opacity: 0 } }
	);
	return sheet;
}

/** Stories with more elements than this get the overview level of detail when zoomed out. */
export const OVERVIEW_ELEMENTS = 1500;
/** Below this zoom a large story is drawn with the overview style. */
export const OVERVIEW_ZOOM = 0.45;

/**
 * How one relation kind's edges are drawn: its line pattern, width, end marks and colour (the
 * arrow comes from `directed`). Built-in and declared kinds alike; see model/kinds.ts for declared
 * looks. In present mode lines grow by `scale` with the labels.
 */
export function edgeRule(
	kind: RelationKindInfo,
	theme: GraphTheme,
	scale = 1
): StylesheetJson[number] {
	const s = kind.style;
	const color = s[theme];
	const width = Math.round(s.width * scale * 10) / 10;
	const dash = dashPattern(s.pattern, width);
	return {
		selector: `edge.${kind.className}`,
		style: {
			width,
			'line-color': color,
			'target-arrow-color': color,
			'underlay-color': color,
			'line-style': dash ? 'dashed' : 'solid',
			...(dash ? { 'line-dash-pattern': dash } : {}),
			'source-arrow-shape': s.sourceMark ?? 'none',
			'source-arrow-color': color,
			'target-arrow-shape': s.targetMark ?? 'none'
		}
	};
}

/**
 * The whole stylesheet for a theme, with nodes and labels grown by `scale` (see labelScale); in
 * present mode edges grow with them, so that lines stay as wide on screen as labels stay large.
 * Later rules win, so element states come last.
 */
export function graphStyle(
	theme: GraphTheme,
	scale = 1,
	kinds: Iterable<RelationKindInfo> = BUILT_IN_KINDS.values(),
	present = false
): StylesheetJson {
	const p = PALETTE[theme];
	const font = (size: number) => Math.round(size * scale * 10) / 10;
	const sheet: StylesheetJson = [
		{
			selector: 'node',
			style: {
				label: scale >= SHORT_LABEL_SCALE ? 'data(short)' : 'data(label)',
				width: sized(scale >= SHORT_LABEL_SCALE ? 'sw' : 'w', scale),
				height: sized('h', scale),
				'font-family': FONT_FAMILY,
				'font-size': font(LABEL_FONT_SIZE),
				// Unreadably small labels are not drawn (and cost nothing): a huge graph zoomed out.
				'min-zoomed-font-size': 7,
				color: p.text,
				'text-valign': 'center',
				'text-halign': 'center',
				'border-width': 1.5,
				'overlay-opacity': 0,
				'outline-width': 0,
				'outline-offset': 3,
				'outline-color': p.focus
			}
		},
		{
			selector: 'node.country',
			style: {
				shape: 'round-rectangle',
				'background-color': p.country.fill,
				'border-color': p.country.border,
				'font-weight': 600
			}
		},
		{
			selector: 'node.organization',
			style: {
				shape: 'hexagon',
				'background-color': p.organization.fill,
				'border-color': p.organization.border,
				'font-weight': 600
			}
		},
		{
			selector: 'node.person',
			style: {
				shape: 'ellipse',
				'background-color': p.person.fill,
				'border-color': p.person.border,
				'border-width': 2,
				'text-valign': 'bottom',
				'text-margin-y': 3,
				'font-size': font(present ? LABEL_FONT_SIZE : LABEL_FONT_SIZE - PERSON_FONT_OFFSET),
				'text-background-color': p.bg,
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'text-background-shape': 'roundrectangle'
			}
		},
		{
			selector: 'edge',
			style: {
				'curve-style': 'bezier',
				'control-point-step-size': 26,
				'arrow-scale': 1.1,
				'underlay-opacity': 0,
				'underlay-padding': 6,
				'overlay-opacity': 0,
				'font-family': FONT_FAMILY,
				'font-size': font(present ? LABEL_FONT_SIZE : 12),
				'font-weight': 700,
				'min-zoomed-font-size': 7,
				'text-background-color': p.bg,
				'text-background-opacity': 1,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				'text-border-width': 1,
				'text-border-opacity': 1
			}
		}
	];
	for (const kind of kinds) sheet.push(edgeRule(kind, theme, present ? scale : 1));
	sheet.push(
		{ selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
		// States (see scene.ts).
		{ selector: '.off', style: { display: 'none' } },
		{ selector: 'node.faded', style: { opacity: 0.45 } },
		// Present mode: what is on stage but not part of the step stays in the back.
		{ selector: 'node.backdrop', style: { opacity: 0.25, label: '' } },
		{ selector: 'edge.backdrop', style: { opacity: 0.2, label: '' } },
		{
			selector: 'edge.ended, edge.just-ended',
			style: { opacity: 0.5, 'line-style': 'dashed', 'line-dash-pattern': [7, 5] }
		},
		{
			selector: 'edge.just-ended',
			style: { label: t('ended'), color: p.ended, 'text-border-color': p.ended, opacity: 0.75 }
		},
		{
			selector: 'edge.new',
			style: {
				'underlay-opacity': theme === 'dark' ? 0.45 : 0.3,
				'underlay-padding': 7,
				label: t('new'),
				color: p.new,
				'text-border-color': p.new
			}
		},
		// Emphasis (see GraphRenderer.setEmphasis): the selection and what it involves stand out,
		// the rest fades. Not by colour alone: faded elements are faint, emphasised nodes bolder.
		{ selector: '.dim', style: { opacity: 0.2 } },
		{ selector: 'edge.dim', style: { opacity: 0.12 } },
		{
			selector: 'node.lit',
			style: {
				'border-width': 3,
				'font-weight': 700,
				'underlay-color': p.accent,
				'underlay-opacity': theme === 'dark' ? 0.3 : 0.16,
				'underlay-padding': 6
			}
		},
		// Interaction.
		{
			selector: 'node.chosen',
			style: { 'border-width': 4, 'border-color': p.accent, 'font-weight': 700 }
		},
		{
			selector: 'edge.chosen',
			style: { 'underlay-color': p.accent, 'underlay-opacity': 0.35, 'underlay-padding': 6 }
		},
		{
			selector: 'node.focused',
			style: { 'outline-width': 4, 'outline-color': p.focus, 'outline-opacity': 1 }
		},
		{ selector: 'edge.focused', style: { 'underlay-color': p.focus, 'underlay-opacity': 0.6 } },
		// Appearing and vanishing (only for small change sets, and never under reduced motion).
		{
			selector: '.fx',
			style: {
				'transition-property': 'opacity',
				'transition-duration': TRANSITION_MS,
				'transition-timing-function': 'ease-out'
			}
		},
		{ selector: '.entering, .leaving', style: { opacity: 0 } }
	);
	return sheet;
}
