import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../model/schema';
import { RELATION_STYLE } from '../visual';
import { dashPattern, graphStyle, labelScale } from './style';

type Rule = { selector: string; style: Record<string, unknown> };

describe('graphStyle(theme)', () => {
	it.each(['light', 'dark'] as const)(
		'gives every relation kind its colour, width and pattern (%s)',
		(theme) => {
			const sheet = graphStyle(theme) as Rule[];
			for (const kind of RELATION_KINDS) {
				const rule = sheet.find((r) => r.selector === `edge.k-${kind}`);
				const s = RELATION_STYLE[kind];
				expect(rule?.style['line-color']).toBe(s[theme]);
				expect(rule?.style.width).toBe(s.width);
				expect(rule?.style['line-style']).toBe(s.pattern === 'solid' ? 'solid' : 'dashed');
				expect(rule?.style['line-dash-pattern']).toEqual(dashPattern(s.pattern, s.width));
			}
		}
	);

	it('tells line patterns apart: no two dashed kinds share a pattern unless their colour differs', () => {
		const patterns = new Set(
			['solid', 'dashed', 'dotted', 'dashdot'].map((p) =>
				JSON.stringify(dashPattern(p as never, 2))
			)
		);
		expect(patterns.size).toBe(4);
	});
});

describe('labelScale(zoom)', () => {
	it.each([
		[1, 1],
		[0.9, 1.25],
		[0.7, 1.5],
		[0.5, 2],
		[0.3, 3.5],
		[0.2, 5],
		[0.1, 5]
	])('at zoom %f, nodes and labels grow by %f', (zoom, scale) => {
		expect(labelScale(zoom)).toBe(scale);
	});

	it('keeps the smallest label (a person, 13 px) at 12 px or more on screen down to zoom 0.19', () => {
		for (let zoom = 0.19; zoom <= 4; zoom += 0.01) {
			expect(13 * labelScale(zoom) * zoom).toBeGreaterThanOrEqual(12);
		}
	});

	it('grows present-mode labels by 1.5 at most (the room the layout leaves)', () => {
		expect(labelScale(0.2, true)).toBe(1.5);
		expect(labelScale(2, true)).toBe(1);
	});
});
