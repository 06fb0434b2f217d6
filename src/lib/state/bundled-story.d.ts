/**
 * The bundled story, validated, indexed and laid out at build time (scripts/bundled-story.ts), so
 * that opening it in the browser needs neither the validator nor the layout code.
 */
declare module 'virtual:entente/bundled-story' {
	/**
	 * The story as `loadDataset` returns it for data/russia-dprk.json, but with no sources: they
	 * travel in `virtual:entente/bundled-sources` (see `bundledSources` in story.svelte.ts).
	 */
	export const story: import('../model/load').Story;
}

/** The bundled story's positions, apart from it: only the graph reads them. */
declare module 'virtual:entente/bundled-positions' {
	/** By layout cache key (`cacheKey` in graph/layout.ts). */
	export const positions: Readonly<Record<string, import('../graph/layout').Positions>>;
}

/** The bundled story's list of sources, apart from it: the first frame shows none of them. */
declare module 'virtual:entente/bundled-sources' {
	export const sources: readonly import('../model/schema').Source[];
	/** The quotes and notes of its citations. */
	export const quotes: import('./packed').CitationTexts;
}

/**
 * The bundled story's translations, apart from it: by language, a loader of its module, which
 * holds, by list of the dataset (`events`; `''` for the story itself), `[index, translations]`.
 */
declare module 'virtual:entente/bundled-translations' {
	export const translations: Readonly<
		Record<
			string,
			() => Promise<{
				translations: Readonly<
					Record<string, readonly (readonly [number, Readonly<Record<string, object>>])[]>
				>;
			}>
		>
	>;
}
