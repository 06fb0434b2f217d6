import * as realArray from 'd3-array';
import * as real from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d3ScaleLean, LEAN } from './d3-scale-lean';
import * as array from './d3-scale-lean/array';
import * as format from './d3-scale-lean/format';
import * as lean from './d3-scale-lean/interpolate';

const D3_SCALE = '/work/node_modules/d3-scale/dist/d3-scale.mjs';

describe("the page's d3-scale (d3-scale-lean)", () => {
	const plugin = d3ScaleLean();
	const resolve = (source: string, importer?: string) =>
		(plugin.resolveId as (s: string, i?: string) => string | null)(source, importer);

	it('redirects d3-interpolate, d3-format and d3-array for d3-scale only', () => {
		expect(resolve('d3-interpolate', D3_SCALE)).toBe(LEAN['d3-interpolate']);
		expect(resolve('d3-format', D3_SCALE)).toBe(LEAN['d3-format']);
		expect(resolve('d3-array', D3_SCALE)).toBe(LEAN['d3-array']);
		expect(resolve('d3-array', '/work/src/lib/timeline/scale.ts')).toBeNull();
		expect(resolve('d3-interpolate', '/work/node_modules/d3-zoom/dist/d3-zoom.mjs')).toBeNull();
		expect(resolve('d3-interpolate', '/work/src/lib/timeline/scale.ts')).toBeNull();
		expect(resolve('d3-interpolate')).toBeNull();
		expect(plugin.apply).toBe('build');
	});

	it('interpolates numbers exactly as d3-interpolate does', () => {
		const number = fc.double({ min: -1e13, max: 1e13, noNaN: true });
		fc.assert(
			fc.property(number, number, fc.double({ min: -2, max: 3, noNaN: true }), (a, b, t) => {
				expect(lean.interpolateNumber(a, b)(t)).toBe(real.interpolateNumber(a, b)(t));
				expect(lean.interpolate(a, b)(t)).toBe(real.interpolate(a, b)(t));
				expect(lean.interpolateRound(a, b)(t)).toBe(real.interpolateRound(a, b)(t));
			}),
			{ numRuns: 300 }
		);
	});

	it('maps a polylinear scale exactly as the real default does', () => {
		const knots = [-1e12, 0, 3e9, 7e11, 1.7e12];
		const positions = [-5e11, 2e10, 2.1e10, 9e10, 1e11];
		const page = scaleLinear().domain(knots).range(positions).interpolate(lean.interpolate);
		const d3 = scaleLinear().domain(knots).range(positions);
		for (const t of [-2e12, -1e12, -1, 0, 1e9, 3e9, 5e11, 1.7e12, 3e12]) {
			expect(page(t)).toBe(d3(t));
			expect(page.invert(d3(t))).toBe(d3.invert(d3(t)));
		}
	});

	it('fails loudly for what it leaves out', () => {
		expect(() => lean.interpolate('red', 'blue')).toThrow(/left out of the page/);
		expect(() => lean.piecewise()).toThrow(/left out of the page/);
		expect(() => format.format()).toThrow(/tickFormat/);
		expect(() => format.formatPrefix()).toThrow(/tickFormat/);
		expect(() => array.ticks(0, 1, 5)).toThrow(/scale.ticks/);
		expect(() => array.tickIncrement(0, 1, 5)).toThrow(/scale.ticks/);
		expect(() => array.tickStep(0, 1, 5)).toThrow(/scale.ticks/);
	});

	it('gives d3-scale the real bisect, so a polylinear scale finds its piece', () => {
		expect(array.bisect).toBe(realArray.bisect);
		expect(array.bisect([1, 2, 3], 2)).toBe(2);
	});
});
