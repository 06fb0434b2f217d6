// The weight budget (`npm run budget`, part of `npm test`): reads the build's chunk map
// (dist/.entente/chunks.json, written by scripts/chunk-map.ts), prints every chunk with its gzip
// size and what loads it, and fails when a view loads more before its first render than the
// issue allows, when the timeline embed loads any Cytoscape code, or when one chunk is too big.
//
// What a view loads before its first render: the entry chunk and the chunks App.svelte (and the
// view) import for it, with everything those import statically. Chunks loaded later (on first
// use, or after the first frame) are listed, not counted. e2e/loading.spec.ts checks this model
// against the requests a real page makes.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
/** The languages data/russia-dprk.json has translations into (scripts/bundled-story.ts). */
const BUNDLED_TRANSLATIONS = ['fr'];

/**
 * The views with a budget: the modules imported (by `import()`) before their first render, and
 * their limit in KiB of gzipped JS and CSS.
 */
export const VIEWS = {
	explore: {
		url: './',
		before: ['src/lib/views/explore.ts'],
		limit: 200
	},
	'embed=timeline': {
		url: './?embed=timeline',
		before: ['src/lib/embed/EmbedView.svelte', 'src/lib/timeline/Timeline.svelte'],
		limit: 60,
		forbid: { 'Cytoscape code': 'node_modules/cytoscape' }
	},
	'embed=graph': {
		url: './?embed=graph',
		before: ['src/lib/embed/EmbedView.svelte', 'src/lib/graph/Graph.svelte'],
		limit: 180
	},
	// A reader of another language also loads its catalogue before the first render and, as the
	// bundled story is in English, the code that shows a story's translations (model/localise.ts)
	// and the bundled story's translations into that language where it has them (French):
	// listed, with no limit of their own (see docs/performance.md).
	...Object.fromEntries(
		['fr', 'es', 'de', 'ar'].map((lang) => [
			`explore, ${lang}`,
			{
				url: `./?lang=${lang}`,
				before: [
					'src/lib/views/explore.ts',
					`src/lib/i18n/messages/${lang}.json`,
					'src/lib/model/localise.ts',
					...(BUNDLED_TRANSLATIONS.includes(lang)
						? [`virtual:entente/bundled-translations/${lang}`]
						: [])
				],
				limit: null
			}
		])
	),
	present: {
		url: './?mode=present',
		before: ['src/lib/present/PresentView.svelte'],
		limit: null
	}
};
/** No chunk (JS, CSS or worker) may be bigger than this, gzipped. */
export const CHUNK_LIMIT = 180;

/** The source modules a chunk holds. */
const modulesOf = (chunk) =>
	Array.isArray(chunk.modules) ? chunk.modules : Object.keys(chunk.modules);

/** The build in `dir`: its chunks, their gzip sizes and the view closures. */
export function readBuild(dir = 'dist') {
	const mapFile = join(dir, '.entente', 'chunks.json');
	if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: run \`vite build\` first`);
	const { chunks, workers } = JSON.parse(readFileSync(mapFile, 'utf8'));
	const byFile = new Map(chunks.map((c) => [c.file, c]));
	const gz = new Map();
	const size = (file) => {
		if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dir, file))).length);
		return gz.get(file);
	};
	const entry = chunks.find((c) => c.isEntry && c.name === 'main');
	if (!entry) throw new Error('no entry chunk "main" in the build');
	/** Files (JS and CSS) a view loads before its first render. */
	const viewFiles = (name) => {
		const view = VIEWS[name];
		const roots = [entry];
		for (const module of view.before) {
			// The import() of a module loads the chunk it heads or, when other chunks import it too
			// (so the bundler gives it no facade of its own), the chunk that holds it.
			const chunk =
				chunks.find((c) => c.facade === module) ??
				chunks.find((c) => modulesOf(c).includes(module));
			if (!chunk) throw new Error(`view ${name}: no chunk is the import() of ${module}`);
			roots.push(chunk);
		}
		const seen = new Set();
		const visit = (chunk) => {
			if (seen.has(chunk.file)) return;
			seen.add(chunk.file);
			for (const css of chunk.css) seen.add(css);
			for (const file of chunk.imports) visit(byFile.get(file));
		};
		roots.forEach(visit);
		return [...seen];
	};
	return { dir, chunks, workers, byFile, size, entry, viewFiles };
}

/** Checks the budget; returns the report lines and the failures. */
export function checkBudget(build) {
	const lines = [];
	const failures = [];
	const views = Object.keys(VIEWS);
	const loads = new Map(views.map((v) => [v, new Set(build.viewFiles(v))]));
	// Who imports each chunk later: the chunks that import() it.
	const later = new Map();
	for (const c of build.chunks) {
		for (const d of c.dynamicImports) {
			if (!later.has(d)) later.set(d, new Set());
			later.get(d).add(c.facade ?? c.name);
		}
	}
	const files = [
		...build.chunks.map((c) => c.file),
		...new Set(build.chunks.flatMap((c) => c.css)),
		...build.workers
	];
	const rows = files
		.map((file) => {
			const first = views.filter((v) => loads.get(v).has(file));
			let by;
			if (build.workers.includes(file))
				by = 'later: new Worker in graph/layoutClient.ts (a story without positions)';
			else if (first.length) by = `first render of ${first.join(', ')}`;
			else {
				const chunk = build.byFile.get(file);
				const from = chunk ? [...(later.get(file) ?? [])] : [];
				const owner = chunk ? null : build.chunks.find((c) => c.css.includes(file) && !c.isEntry);
				by = chunk
					? `later: import() from ${from.join(', ') || 'a chunk'}`
					: `later: with ${owner?.facade ?? owner?.name ?? 'its chunk'}`;
			}
			return { file, kib: build.size(file) / KIB, by };
		})
		.sort((a, b) => b.kib - a.kib);
	lines.push('chunk (gzip)                                   KiB  loaded by');
	for (const r of rows) {
		lines.push(`${r.file.padEnd(44)} ${r.kib.toFixed(1).padStart(6)}  ${r.by}`);
		if (r.kib > CHUNK_LIMIT)
			failures.push(
				`${r.file} is ${r.kib.toFixed(1)} KiB, over the ${CHUNK_LIMIT} KiB a chunk may weigh`
			);
	}
	lines.push('');
	lines.push('view             before first render (JS + CSS, gzip)   limit');
	for (const name of views) {
		const view = VIEWS[name];
		const total = [...loads.get(name)].reduce((s, f) => s + build.size(f), 0) / KIB;
		const limit = view.limit === null ? '   -' : `${String(view.limit).padStart(4)} KiB`;
		lines.push(
			`${name.padEnd(16)} ${total.toFixed(1).padStart(8)} KiB in ${String(loads.get(name).size).padStart(2)} files            ${limit}`
		);
		if (view.limit !== null && total > view.limit)
			failures.push(
				`${name} loads ${total.toFixed(1)} KiB before its first render, over its ${view.limit} KiB`
			);
		for (const [what, prefix] of Object.entries(view.forbid ?? {})) {
			for (const file of loads.get(name)) {
				const chunk = build.byFile.get(file);
				const hit = chunk && Object.keys(chunk.modules).find((m) => m.includes(prefix));
				if (hit) failures.push(`${name} loads ${what}: ${file} holds ${hit}`);
			}
		}
	}
	return { lines, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'dist';
	const { lines, failures } = checkBudget(readBuild(dir));
	console.log(lines.join('\n'));
	if (failures.length) {
		console.error(`\nWeight budget FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
		process.exit(1);
	}
	console.log('\nWeight budget met.');
}
