/**
 * Vite plugin: the page's d3-scale without the code the timeline never calls, about 7 KiB gzipped
 * of the 9 that `scaleLinear` would otherwise add to the timeline's first render.
 *
 * d3-scale imports two modules for things the app does not use: d3-interpolate's generic
 * `interpolate` (colours, strings, dates, arrays, objects: it brings d3-color) as the default
 * interpolator of a continuous scale, and d3-format for `tickFormat` (the axis formats its own
 * dates, model/dates.ts). Both modules are mostly top-level calls the bundler must keep once they
 * are imported, and d3-interpolate would also drag the copy the gestures use (d3-zoom,
 * d3-transition, which load later) into the first render. So, for importers inside d3-scale only,
 * `d3-interpolate` resolves to numeric interpolators (what d3-interpolate itself picks for two
 * numbers: `interpolateNumber` and `interpolateRound`, copied exactly; scripts/d3-scale-lean/),
 * `d3-format` to functions that throw, and `d3-array` to the real module less the tick arithmetic
 * (`ticks`, `tickIncrement`, `tickStep`: only `scale.ticks` and `scale.nice` use it; the axis
 * makes its own, timeline/ticks.ts), which throws. A scale with a range that is not numbers, `tickFormat`, or a
 * sequential/diverging scale fails loudly in the page instead of misbehaving. Everything else,
 * and every other importer of d3-interpolate, gets the real module; tests (vitest) are untouched.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What d3-scale's imports resolve to in the page. */
export const LEAN: Readonly<Record<string, string>> = {
	'd3-interpolate': fileURLToPath(new URL('./d3-scale-lean/interpolate.ts', import.meta.url)),
	'd3-format': fileURLToPath(new URL('./d3-scale-lean/format.ts', import.meta.url)),
	'd3-array': fileURLToPath(new URL('./d3-scale-lean/array.ts', import.meta.url))
};

export function d3ScaleLean(): Plugin {
	return {
		name: 'entente-d3-scale-lean',
		apply: 'build',
		enforce: 'pre',
		resolveId(source, importer) {
			if (!importer || !/node_modules\/d3-scale\/dist\/d3-scale\.mjs$/.test(importer)) return null;
			return LEAN[source] ?? null;
		}
	};
}
