/**
 * Standalone SVG and PNG images of what is on screen: the view's own SVG (or a drawing of it),
 * its computed styles inlined, framed by a title, a legend and an attribution. Built with DOM
 * methods, so dataset text is always text.
 */
import { t, textDirection } from '../i18n/i18n';

const NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the page's CSS onto each exported element. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	// A text in Arabic keeps its reading order (the timeline's labels are `plaintext`).
	'unicode-bidi',
	'visibility'
] as const;

type Attributes = Record<string, string | number>;

/** An SVG element with attributes and, optionally, text. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Attributes = {},
	text?: string
): SVGElementTagNameMap[K] {
	const node = document.createElementNS(NS, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A copy of an on-screen SVG with its computed styles inlined and hidden parts left out. */
export function inlinedCopy(source: SVGSVGElement): SVGGElement {
	const group = svgElement('g');
	const copy = (from: Element, to: Element) => {
		const style = getComputedStyle(from);
		const declarations = STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
		to.setAttribute('style', declarations);
		to.removeAttribute('class');
		to.removeAttribute('tabindex');
		const fromChildren = Array.from(from.children);
		const toChildren = Array.from(to.children);
		fromChildren.forEach((child, i) => {
			const target = toChildren[i]!;
			if (getComputedStyle(child).display === 'none') target.remove();
			else copy(child, target);
		});
	};
	for (const child of Array.from(source.children)) {
		if (child.tagName.toLowerCase() === 'defs') {
			group.append(child.cloneNode(true));
			continue;
		}
		if (getComputedStyle(child).display === 'none') continue;
		const clone = child.cloneNode(true) as Element;
		copy(child, clone);
		group.append(clone);
	}
	return group;
}

export interface LegendEntry {
	readonly label: string;
	/** Draws the entry's swatch into a 24×14 box at the origin. */
	readonly swatch: (box: SVGGElement) => void;
}

export interface Frame {
	readonly title: string;
	readonly subtitle: string;
	readonly attribution: string;
	readonly legend: readonly LegendEntry[];
	readonly colors: { readonly background: string; readonly text: string; readonly muted: string };
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Splits text into lines of at most `width` px, estimating a character at `charWidth` px. */
export function wrapText(text: string, width: number, charWidth: number): string[] {
	const max = Math.max(8, Math.floor(width / charWidth));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Frames content of `width` × `contentHeight` px: a title and subtitle above, the legend and the
 * attribution below. Returns the SVG document's text and its size.
 */
export function framedSvg(
	content: SVGGElement,
	width: number,
	contentHeight: number,
	frame: Frame
): { svg: string; width: number; height: number } {
	const pad = 16;
	const titleLines = wrapText(frame.title, width, 10.5);
	const attributionLines = wrapText(frame.attribution, width, 6.8);
	const top = 36 + titleLines.length * 22;
	const itemWidth = (entry: LegendEntry) => 34 + entry.label.length * 7.2;
	// Legend rows: entries flow left to right and wrap.
	const placed: { entry: LegendEntry; x: number; y: number }[] = [];
	let x = pad;
	let y = top + contentHeight + 16;
	for (const entry of frame.legend) {
		const w = itemWidth(entry);
		if (x + w > width + pad && x > pad) {
			x = pad;
			y += 22;
		}
		placed.push({ entry, x, y });
		x += w + 12;
	}
	const legendBottom = frame.legend.length ? y + 22 : top + contentHeight + 8;
	const height = legendBottom + 12 + attributionLines.length * 16;
	const totalWidth = width + pad * 2;
	// In a right-to-left language the frame's words start at the right and the legend runs from
	// right to left, each swatch at its label's right; what the frame holds is drawn as it is.
	const rtl = textDirection() === 'rtl';
	const at = (x: number) => (rtl ? totalWidth - x : x);
	const words: Attributes = rtl ? { direction: 'rtl' } : {};

	const root = svgElement('svg', {
		width: totalWidth,
		height,
		viewBox: `0 0 ${totalWidth} ${height}`,
		'font-family': FONT
	});
	root.append(svgElement('title', {}, `${frame.title}: ${frame.subtitle}`));
	root.append(
		svgElement('rect', { x: 0, y: 0, width: totalWidth, height, fill: frame.colors.background })
	);
	titleLines.forEach((line, i) =>
		root.append(
			svgElement(
				'text',
				{
					x: at(pad),
					y: 26 + i * 22,
					'font-size': 18,
					'font-weight': 700,
					fill: frame.colors.text,
					...words
				},
				line
			)
		)
	);
	root.append(
		svgElement(
			'text',
			{ x: at(pad), y: top - 10, 'font-size': 14, fill: frame.colors.muted, ...words },
			frame.subtitle
		)
	);
	content.setAttribute('transform', `translate(${pad},${top})`);
	root.append(content);
	for (const { entry, x: lx, y: ly } of placed) {
		const box = svgElement('g', { transform: `translate(${rtl ? at(lx) - 24 : lx},${ly - 11})` });
		entry.swatch(box);
		root.append(box);
		root.append(
			svgElement(
				'text',
				{ x: at(lx + 30), y: ly, 'font-size': 13, fill: frame.colors.text, ...words },
				entry.label
			)
		);
	}
	attributionLines.forEach((line, i) =>
		root.append(
			svgElement(
				'text',
				{
					x: at(pad),
					y: legendBottom + 8 + i * 16,
					'font-size': 12,
					fill: frame.colors.muted,
					...words
				},
				line
			)
		)
	);
	return { svg: new XMLSerializer().serializeToString(root), width: totalWidth, height };
}

/** Renders SVG text to a PNG at `scale` times its size. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** The page's theme colours, for images that match what is on screen. */
export function themeColors(): Frame['colors'] {
	const style = getComputedStyle(document.documentElement);
	const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return {
		background: read('--bg', '#ffffff'),
		text: read('--text', '#1a1a1a'),
		muted: read('--muted', '#555555')
	};
}

/** The attribution line under every exported image. */
export function attributionLine(storyTitle: string, credit: string | undefined): string {
	return credit
		? t('{story} · {credit} · Made with Entente', { story: storyTitle, credit })
		: t('{story} · Made with Entente', { story: storyTitle });
}
