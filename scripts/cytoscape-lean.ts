/**
 * Vite plugin: leaves out of the page's Cytoscape what the app never calls, about a tenth of
 * its weight: the graph algorithms (Dijkstra, A*, PageRank, centralities, clustering, …; only the
 * searches, which Cytoscape itself uses, stay) and the layouts other than `preset` and `null` (the
 * app lays out with fcose in a worker, whose own copy of Cytoscape is untouched: worker builds do
 * not run this plugin). Each cut must match exactly once, so a new Cytoscape version that moves
 * things fails the build here instead of shipping a half-cut library. The WebGL renderer (an
 * opt-in, `webgl: true`, which the app does not set) goes too: its mixin is cut from `var CRp$4`
 * to the next mixin, and its atlas classes, then unused, are dropped by the bundler.
 */
import type { Plugin } from 'vite';

const CUTS: readonly (readonly [what: string, from: string, to: string])[] = [
	[
		'graph algorithms',
		'[elesfn$v, elesfn$u, elesfn$t, elesfn$s, elesfn$r, elesfn$q, elesfn$p, elesfn$o, elesfn$n, elesfn$m, elesfn$l, markovClustering$1, kClustering, hierarchicalClustering$1, affinityPropagation$1, elesfn$k, hopcroftTarjanBiconnected$1, tarjanStronglyConnected$1].forEach(function (props) {',
		'[elesfn$v].forEach(function (props) {'
	],
	[
		'layouts',
		`var layout = [{
  name: 'breadthfirst',
  impl: BreadthFirstLayout
}, {
  name: 'circle',
  impl: CircleLayout
}, {
  name: 'concentric',
  impl: ConcentricLayout
}, {
  name: 'cose',
  impl: CoseLayout
}, {
  name: 'grid',
  impl: GridLayout
}, {
  name: 'null',`,
		`var layout = [{
  name: 'null',`
	],
	[
		'the WebGL mixin',
		'[CRp$b, CRp$a, CRp$9, CRp$8, CRp$7, CRp$6, CRp$5, CRp$4, CRp$3, CRp$2, CRp$1].forEach(',
		'[CRp$b, CRp$a, CRp$9, CRp$8, CRp$7, CRp$6, CRp$5, CRp$3, CRp$2, CRp$1].forEach('
	],
	[
		'the random layout',
		`}, {
  name: 'random',
  impl: RandomLayout
}];`,
		`}];`
	]
];

/** Spans cut out whole: from the first marker up to (not including) the second. */
const SPANS: readonly (readonly [what: string, from: string, until: string])[] = [
	['the WebGL renderer', 'var CRp$4 = {};', 'var CRp$3 = {};']
];

/** The index of `text` in `code`, which must occur there exactly once. */
function once(code: string, text: string, what: string): number {
	const at = code.indexOf(text);
	if (at < 0 || code.indexOf(text, at + 1) >= 0) {
		throw new Error(
			`cytoscape-lean: the cut of ${what} no longer matches Cytoscape's code; update scripts/cytoscape-lean.ts`
		);
	}
	return at;
}

export function cytoscapeLean(): Plugin {
	return {
		name: 'entente-cytoscape-lean',
		apply: 'build',
		transform(code, id) {
			if (!/node_modules\/cytoscape\/dist\/cytoscape\.esm\.mjs$/.test(id)) return null;
			let out = code;
			for (const [what, from, to] of CUTS) {
				const at = once(out, from, what);
				out = out.slice(0, at) + to + out.slice(at + from.length);
			}
			for (const [what, from, until] of SPANS) {
				const at = once(out, from, what);
				out = out.slice(0, at) + out.slice(once(out, until, what));
			}
			return { code: out, map: null };
		}
	};
}
