/**
 * The code of each view, loaded by `import()` (see docs/performance.md, "What loads when"), and
 * the first view's started at once: main.ts calls `loadFirstView` before it waits for the
 * language and the story, so the view's chunks download and compile while the entry runs rather
 * than after it. App.svelte and EmbedView.svelte import through the same functions, and then find
 * the module under way or arrived.
 */
import type { UrlView } from '../state/url';

export const loadExplore = () => import('./explore');
export const loadEmbed = () => import('../embed/EmbedView.svelte');
export const loadPresent = () => import('../present/PresentView.svelte');
export const loadEditor = () => import('../editor/Editor.svelte');
export const loadGraph = () => import('../graph/Graph.svelte');
export const loadTimeline = () => import('../timeline/Timeline.svelte');

/** The loaders of what the view a link asks for draws first: an embed loads only what it shows. */
export function firstViewLoaders(
	view: Pick<UrlView, 'embed' | 'mode'>
): (() => Promise<unknown>)[] {
	if (view.embed === 'timeline') return [loadEmbed, loadTimeline];
	if (view.embed === 'graph') return [loadEmbed, loadGraph];
	if (view.embed) return [loadEmbed, loadGraph, loadTimeline];
	if (view.mode === 'present') return [loadPresent];
	if (view.mode === 'edit') return [loadEditor];
	return [loadExplore];
}

/**
 * Starts loading the first view's code. A failure is not reported here: the view's own `lazy`
 * handle imports again and shows it.
 */
export function loadFirstView(view: Pick<UrlView, 'embed' | 'mode'>): void {
	for (const load of firstViewLoaders(view)) load().catch(() => {});
}
