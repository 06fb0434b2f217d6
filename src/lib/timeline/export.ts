/**
 * The timeline's image export (as the graph's lives in graph/exportImage.ts): the plot as drawn
 * (window, marks, labels, moment line) and the overview strip, framed with the legend and the
 * attribution, as SVG or PNG. Built with DOM methods, so dataset text is always text.
 */
import { formatDay } from '../model/dates';
import { t } from '../i18n/i18n';
import {
	attributionLine,
	framedSvg,
	inlinedCopy,
	svgElement,
	themeColors,
	type LegendEntry
} from '../export/svg';
import type { LegendGroup } from './legend';
import { shapePath } from './marks';

export interface TimelineDrawing {
	readonly plot: SVGSVGElement;
	readonly overview?: SVGSVGElement;
	readonly width: number;
	/** The plot's height; the overview follows 8 px below it. */
	readonly height: number;
	readonly overviewHeight: number;
	readonly legend: readonly LegendGroup[];
	readonly dark: boolean;
	readonly title: string;
	readonly credit?: string;
	/** The window in words: "October 1999 – January 2025". */
	readonly range: string;
	readonly moment: number;
}

/** The framed image of the timeline as drawn. */
export function timelineImage(drawing: TimelineDrawing) {
	const content = svgElement('g');
	content.append(inlinedCopy(drawing.plot));
	if (drawing.overview) {
		const overview = inlinedCopy(drawing.overview);
		overview.setAttribute('transform', `translate(0,${drawing.height + 8})`);
		content.append(overview);
	}
	const entries: LegendEntry[] = drawing.legend.map((entry) => ({
		label: entry.label,
		swatch: (box) =>
			box.append(
				svgElement('path', {
					d: shapePath(entry.shape, 6),
					transform: 'translate(12,7)',
					fill: entry[drawing.dark ? 'dark' : 'light']
				})
			)
	}));
	return framedSvg(content, drawing.width, drawing.height + 8 + drawing.overviewHeight, {
		title: drawing.title,
		subtitle: t('Timeline, {range} · moment {date}', {
			range: drawing.range,
			date: formatDay(drawing.moment)
		}),
		attribution: attributionLine(drawing.title, drawing.credit),
		legend: entries,
		colors: themeColors()
	});
}
