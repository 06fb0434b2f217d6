/**
 * Vite plugin: the module `virtual:entente/bundled-story`, made at build time from
 * data/russia-dprk.json. The dataset is validated here (a problem fails the build, with its
 * location), indexed into the `Story` every view reads, and laid out with fcose; the module then
 * holds the story, packed (src/lib/state/packed.ts), and `virtual:entente/bundled-positions` its
 * positions (apart, as only the graph reads them), both as plain JavaScript (devalue keeps
 * Infinity and shared objects). So the page that opens the bundled story loads neither zod nor
 * the layout worker.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { uneval } from 'devalue';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { cacheKey, computeLayout, layoutInput, type Positions } from '../src/lib/graph/layout.ts';
import { formatProblem, loadDataset, type Story } from '../src/lib/model/load.ts';
import { packStory, unpackStory } from '../src/lib/state/packed.ts';

const ID = 'virtual:entente/bundled-story';
const RESOLVED = `\0${ID}`;
/** The positions travel apart: only the graph reads them, and the timeline embed has no graph. */
const POSITIONS_ID = 'virtual:entente/bundled-positions';
const POSITIONS_RESOLVED = `\0${POSITIONS_ID}`;
/** And the list of sources: the first frame shows none of them. */
const SOURCES_ID = 'virtual:entente/bundled-sources';
const SOURCES_RESOLVED = `\0${SOURCES_ID}`;
/** The bundled story, relative to the project root. */
export const BUNDLED_STORY = 'data/russia-dprk.json';

let registered = false;

/** Validates and lays out a dataset file; throws with every error's location when it is bad. */
export function prepareStory(file: string): { story: Story; positions: Record<string, Positions> } {
	const result = loadDataset(JSON.parse(readFileSync(file, 'utf8')));
	if (!result.ok) {
		const lines = result.errors.map((p) => `  ${file} at ${formatProblem(p)}`);
		throw new Error(`The bundled story does not load:\n${lines.join('\n')}`);
	}
	if (!registered) {
		cytoscape.use(fcose);
		registered = true;
	}
	const input = layoutInput(result.story);
	return {
		story: result.story,
		positions: { [cacheKey(result.story, input)]: computeLayout(cytoscape, input) }
	};
}

/**
 * The source texts of the three modules: the story without its list of sources, the sources
 * (shown only with a chosen event or relation, so they arrive after the first frame), and the
 * positions.
 */
export function bundledStoryModules(file: string): {
	story: string;
	sources: string;
	positions: string;
} {
	const { story: whole, positions } = prepareStory(file);
	const story: Story = {
		...whole,
		data: { ...whole.data, sources: [] },
		sources: [],
		sourceById: new Map()
	};
	const packed = packStory(story);
	if (!isDeepStrictEqual(unpackStory(packed), story)) {
		throw new Error(
			'The bundled story does not survive packing: Story has changed shape; update src/lib/state/packed.ts'
		);
	}
	return {
		story: [
			`import { unpackStory } from '/src/lib/state/packed.ts';`,
			`export const story = unpackStory(${uneval(packed)});`,
			''
		].join('\n'),
		sources: `export const sources = ${uneval(whole.data.sources)};\n`,
		positions: `export const positions = ${JSON.stringify(positions)};\n`
	};
}

export function bundledStory(): Plugin {
	let root = process.cwd();
	// Both modules come from one preparation (the layout takes a while); redone when the file changes.
	let prepared: { file: string; modules: ReturnType<typeof bundledStoryModules> } | null = null;
	return {
		name: 'entente-bundled-story',
		configResolved(config) {
			root = config.root;
		},
		resolveId: (id) =>
			id === ID
				? RESOLVED
				: id === POSITIONS_ID
					? POSITIONS_RESOLVED
					: id === SOURCES_ID
						? SOURCES_RESOLVED
						: null,
		watchChange(id) {
			if (prepared && resolve(id) === prepared.file) prepared = null;
		},
		load(id) {
			if (id !== RESOLVED && id !== POSITIONS_RESOLVED && id !== SOURCES_RESOLVED) return null;
			const file = resolve(root, BUNDLED_STORY);
			this.addWatchFile(file);
			prepared ??= { file, modules: bundledStoryModules(file) };
			const { modules } = prepared;
			return id === RESOLVED
				? modules.story
				: id === SOURCES_RESOLVED
					? modules.sources
					: modules.positions;
		}
	};
}
