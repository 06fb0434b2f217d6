/**
 * Vite plugin: writes `.entente/chunks.json` into the build output, the map the weight budget
 * (scripts/budget.mjs) reads: for each JS chunk its file, the modules in it (with their rendered
 * size), the chunks it imports statically and dynamically, and its CSS; plus the worker files.
 */
import type { Plugin } from 'vite';

export interface ChunkInfo {
	readonly file: string;
	readonly name: string;
	readonly isEntry: boolean;
	readonly isDynamicEntry: boolean;
	/** The module the chunk stands for (`import()` target), relative to the root. */
	readonly facade: string | null;
	readonly imports: readonly string[];
	readonly dynamicImports: readonly string[];
	readonly css: readonly string[];
	/** Module id (relative to the root, or `node_modules/<package>/...`) → rendered bytes. */
	readonly modules: Readonly<Record<string, number>>;
}

export function chunkMap(): Plugin {
	let root = '';
	return {
		name: 'entente-chunk-map',
		apply: 'build',
		configResolved(config) {
			root = config.root.replace(/\/$/, '') + '/';
		},
		generateBundle(_options, bundle) {
			const rel = (id: string | null) =>
				id === null ? null : id.replace(/^\0/, '').replace(root, '').replace(/\?.*$/, '');
			const chunks: ChunkInfo[] = [];
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				const modules: Record<string, number> = {};
				for (const [id, info] of Object.entries(output.modules)) {
					const key = rel(id)!;
					modules[key] = (modules[key] ?? 0) + info.renderedLength;
				}
				chunks.push({
					file: output.fileName,
					name: output.name,
					isEntry: output.isEntry,
					isDynamicEntry: output.isDynamicEntry,
					facade: rel(output.facadeModuleId ?? null),
					imports: output.imports,
					dynamicImports: output.dynamicImports,
					css: [...(output.viteMetadata?.importedCss ?? [])],
					modules
				});
			}
			// A worker is built on its own and reaches this bundle as an asset.
			const workers = Object.values(bundle)
				.filter((o) => o.type === 'asset' && /\.worker-[^/]*\.js$/.test(o.fileName))
				.map((o) => o.fileName);
			this.emitFile({
				type: 'asset',
				fileName: '.entente/chunks.json',
				source: JSON.stringify({ chunks, workers }, null, '\t')
			});
		}
	};
}
