/**
 * How the importer opens stories: from files, pasted text, an address, or the story saved in
 * this browser, each in the story loader's worker (loader.ts). Loaded on first use, so that no
 * view's first render carries it; importer.svelte.ts holds the state the page shows.
 */
// model/import and model/import-url (zod, Papa Parse) load on first use, never with the page.
import { language, t } from '../i18n/i18n';
import type { ImportResult } from '../model/import';
import { localiseStory } from '../model/localise';
import { hasSaved, LEGACY_STORAGE_KEY } from '../state/saved';
import type { StoryOrigin } from '../state/story.svelte';
import type { UrlView } from '../state/url';
import type { Importer } from './importer.svelte';
import { StoryLoader, type Progress } from './loader';
import { watchPolicy } from './policy';

/** Lets the page paint (a progress bar, a message) before the next step. */
function nextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Marks on the page's performance timeline where drawing a story begins: before it, the page
 * only reads, checks and takes in the story (each in tasks short enough to answer the reader).
 * For the browser tests and the profiler.
 */
function markDrawing(): void {
	performance.mark('entente:open:drawing');
}

/** The browser's local storage, where an older Entente kept the saved story; null if blocked. */
function legacyStorage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The importer's story loader, made the first time it is needed. */
function loaderOf(importer: Importer): StoryLoader {
	importer.loader ??= new StoryLoader();
	return importer.loader;
}

/** Opens files the reader chose or dropped: one dataset JSON, or CSV tables. */
export async function openFiles(importer: Importer, files: readonly File[]): Promise<boolean> {
	if (files.length === 0) return false;
	const { nameOfFiles } = await import('../model/import');
	return run(importer, nameOfFiles(files), 'file', (progress) =>
		loaderOf(importer).open({ type: 'files', files }, progress)
	);
}

/** Opens pasted dataset JSON. */
export function openText(importer: Importer, text: string): Promise<boolean> {
	return run(importer, t('the pasted text'), 'paste', (progress) =>
		loaderOf(importer).open({ type: 'text', text }, progress)
	);
}

/** Opens a dataset from an address (`?data=`), keeping the rest of the link's view. */
export function openAddress(
	importer: Importer,
	address: string,
	linkView: UrlView
): Promise<boolean> {
	return run(
		importer,
		address,
		'url',
		async (progress, signal) => {
			progress({ stage: 'reading', fraction: null });
			const policy = watchPolicy();
			try {
				const { fetchDatasetBytes } = await import('../model/import-url');
				const fetched = await fetchDatasetBytes(address, {
					pageUrl: location.href,
					blockedBy: policy.blockedBy,
					signal
				});
				if (signal.aborted) return null;
				if (!('bytes' in fetched)) return fetched;
				return loaderOf(importer).open({ type: 'address', ...fetched }, progress);
			} finally {
				policy.stop();
			}
		},
		linkView
	);
}

/** Forgets the story saved in this browser. */
export async function forget(importer: Importer): Promise<void> {
	await loaderOf(importer).forget();
}

/** Brings back the story saved in this browser (`load`), or only learns its name. */
export async function restore(importer: Importer, load: boolean, linkView: UrlView): Promise<void> {
	const storage = legacyStorage();
	let legacy: string | null;
	try {
		legacy = storage?.getItem(LEGACY_STORAGE_KEY) ?? null;
	} catch {
		legacy = null;
	}
	// Nothing saved, old or new: the worker is not needed (and so not loaded).
	if (legacy === null && !(await hasSaved())) return;
	// Something else began opening meanwhile (a file dropped at once): that one wins.
	if (load && importer.busy) return;
	if (load) importer.busy = t('the story saved in this browser');
	try {
		const restored = await loaderOf(importer).restore(load, legacy);
		if (restored?.migrated) storage?.removeItem(LEGACY_STORAGE_KEY);
		if (!restored?.name) return;
		if (!restored.result) {
			importer.stories.savedName = restored.name;
			return;
		}
		if (!restored.result.ok) return importer.stories.savedFailed(restored.name, restored.result);
		markDrawing();
		importer.progress = { stage: 'drawing', fraction: null };
		await nextPaint();
		take(importer, restored.result, 'saved', linkView);
	} catch {
		// Nothing saved that can be read: the bundled story stays.
	} finally {
		if (load) {
			importer.busy = null;
			importer.progress = null;
		}
	}
}

async function run(
	importer: Importer,
	what: string,
	origin: StoryOrigin,
	load: (
		progress: (progress: Progress) => void,
		signal: AbortSignal
	) => Promise<ImportResult | null>,
	linkView?: UrlView
): Promise<boolean> {
	if (importer.busy) return false;
	importer.busy = what;
	importer.cancelled = null;
	importer.progress = { stage: 'reading', fraction: 0 };
	const abort = new AbortController();
	importer.abort = abort;
	try {
		await nextPaint();
		const result = await load((progress) => {
			if (!abort.signal.aborted) importer.progress = progress;
		}, abort.signal);
		if (!result || abort.signal.aborted) return false;
		markDrawing();
		importer.progress = { stage: 'drawing', fraction: null };
		await nextPaint();
		if (abort.signal.aborted) return false;
		const taken = take(importer, result, origin, linkView);
		if (taken && (origin === 'file' || origin === 'paste')) void keep(importer, result.name);
		// What the caller does next waits for the frame after the new story's views: closing the
		// dialog gives focus back, which lays the page out, and done in the same task as drawing
		// the views it made that task 50-80 ms longer on a 20 MB story.
		if (taken) await nextPaint();
		return taken;
	} finally {
		importer.busy = null;
		importer.progress = null;
		importer.abort = null;
	}
}

async function keep(importer: Importer, name: string): Promise<void> {
	importer.stories.kept(name, await loaderOf(importer).keep(name));
}

function take(
	importer: Importer,
	result: ImportResult,
	origin: StoryOrigin,
	linkView?: UrlView
): boolean {
	const { stories, view } = importer;
	// Shown in the reader's language where the story has their translations.
	const shown = result.ok ? { ...result, story: localiseStory(result.story, language()) } : result;
	if (!stories.take(shown, origin, result.name)) return false;
	const story = stories.story;
	if (linkView) view.apply(linkView, story);
	else view.resetFor(story);
	importer.opened = { title: story.data.title, name: result.name };
	return true;
}
