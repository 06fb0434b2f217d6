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

	it('tells line patterns apart: the four patterns have four different dash arrays', () => {
		const patterns = new Set(
			['solid', 'dashed', 'dotted', 'dashdot'].map((p) =>
				JSON.stringify(dashPattern(p as never, 2))
			)
		);
		expect(patterns.size).toBe(4);
	});

	it.each(['light', 'dark'] as const)(
		'draws every pair of relation kinds differently without colour: pattern, end marks or a width 1.5× apart (%s)',
		(theme) => {
			const sheet = graphStyle(theme) as Rule[];
			const drawing = (kind: string) => {
				const style = sheet.find((r) => r.selector === `edge.k-${kind}`)!.style;
				return {
					width: style.width as number,
					// Without colour, a line is its dash array and the marks at its ends.
					shape: JSON.stringify([
						style['line-style'],
						style['line-dash-pattern'] ?? null,
						style['source-arrow-shape'],
						style['target-arrow-shape']
					])
				};
			};
			const alike: string[] = [];
			RELATION_KINDS.forEach((a, i) => {
				for (const b of RELATION_KINDS.slice(i + 1)) {
					const x = drawing(a);
					const y = drawing(b);
					const ratio = Math.max(x.width, y.width) / Math.min(x.width, y.width);
					if (x.shape === y.shape && ratio < 1.5) alike.push(`${a} and ${b}`);
				}
			});
			expect(alike).toEqual([]);
		}
	);

	it('in present mode, edges grow with labels: no line is under 3 px where labels read 24 px', () => {
		const sheet = graphStyle('light', 2, undefined, true) as Rule[];
		for (const kind of RELATION_KINDS) {
			const rule = sheet.find((r) => r.selector === `edge.k-${kind}`)!;
			expect(rule.style.width as number).toBe(RELATION_STYLE[kind].width * 2);
		}
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

	it.each([0.45, 0.7, 1, 1.3, 2])(
		'in present mode, every label (14 px in the sheet) reads at least 24 px on screen at zoom %f',
		(zoom) => {
			const sheet = graphStyle('light', labelScale(zoom, true), undefined, true) as Rule[];
			const sizes = sheet.flatMap((r) =>
				typeof r.style['font-size'] === 'number' ? [r.style['font-size']] : []
			);
			expect(Math.min(...sizes) * zoom).toBeGreaterThanOrEqual(24 - 1e-9);
		}
	);

	it('keeps the smallest label (a person, 13 px) at 12 px or more on screen down to zoom 0.19', () => {
		for (let zoom = 0.19; zoom <= 4; zoom += 0.01) {
			expect(13 * labelScale(zoom) * zoom).toBeGreaterThanOrEqual(12);
		}
	});
});
