/**
 * Opening stories: from files, pasted text or an address. A story replaces the one on screen only
 * when it loads (StoryStore.take); then the view is reset to fit it.
 */
import { createContext } from 'svelte';
// model/import and model/import-url (zod, Papa Parse) load on first use, never with the page.
import type { ImportResult } from '../model/import';
import { hasSaved, LEGACY_STORAGE_KEY } from '../state/saved';
import type { StoryOrigin, StoryStore } from '../state/story.svelte';
import { parseView, type UrlView } from '../state/url';
import type { ViewState } from '../state/view.svelte';
import { StoryLoader, type Progress } from './loader';
import { watchPolicy } from './policy';

/** Whether the "Open a story" dialog is open: the header's button and the dialog meet here. */
class StoryDialogState {
	open = $state(false);

	show(): void {
		this.open = true;
	}

	close(): void {
		this.open = false;
	}
}

export const storyDialog = new StoryDialogState();

/** Lets the page paint (a progress bar, a message) before the next step. */
function nextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The browser's local storage, where an older Entente kept the saved story; null if blocked. */
function legacyStorage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

export class Importer {
	/** What is being opened right now, or null. */
	busy = $state<string | null>(null);
	/** How far opening has come, while `busy`. */
	progress = $state<Progress | null>(null);
	/** Files are being dragged over the page. */
	dragging = $state(false);
	/** The last story opened, for the "opened" message; null until one is. */
	opened = $state<{ readonly title: string; readonly name: string } | null>(null);
	/** What was cancelled last, for the message saying the story on screen is unchanged. */
	cancelled = $state<string | null>(null);

	readonly #stories: StoryStore;
	readonly #view: ViewState;
	readonly #loader = new StoryLoader();
	/** Stops the open in progress; set while one runs. */
	#abort: AbortController | null = null;

	constructor(stories: StoryStore, view: ViewState) {
		this.#stories = stories;
		this.#view = view;
	}

	/** Opens files the reader chose or dropped: one dataset JSON, or CSV tables. */
	async openFiles(files: readonly File[]): Promise<boolean> {
		if (files.length === 0) return false;
		const { nameOfFiles } = await import('../model/import');
		return this.#run(nameOfFiles(files), 'file', (progress) =>
			this.#loader.open({ type: 'files', files }, progress)
		);
	}

	/** Opens pasted dataset JSON. */
	async openText(text: string): Promise<boolean> {
		return this.#run('the pasted text', 'paste', (progress) =>
			this.#loader.open({ type: 'text', text }, progress)
		);
	}

	/** Opens a dataset from an address (`?data=`), keeping the rest of the link's view. */
	async openAddress(address: string, linkView: UrlView): Promise<boolean> {
		return this.#run(
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
					return this.#loader.open({ type: 'address', ...fetched }, progress);
				} finally {
					policy.stop();
				}
			},
			linkView
		);
	}

	/**
	 * Opens the dataset a link names (`?data=<address>`), or else the story saved in this browser.
	 * Call it with the page's query before the page rewrites its address to match the view.
	 */
	openLink(search: string): void {
		const link = parseView(search);
		if (link.data) {
			void this.openAddress(link.data, link);
			void this.#restore(false, link);
		} else void this.#restore(true, link);
	}

	/** Stops opening: the story on screen stays as it is. */
	cancel(): void {
		if (!this.busy) return;
		this.cancelled = this.busy;
		this.#abort?.abort();
		this.#loader.cancel();
	}

	/** Shows the bundled story again, forgetting the one saved in this browser. */
	backToBundled(): void {
		this.#stories.backToBundled();
		this.#view.resetFor(this.#stories.story);
		this.opened = null;
		void this.#loader.forget();
	}

	/** Brings back the story saved in this browser (`load`), or only learns its name. */
	async #restore(load: boolean, linkView: UrlView): Promise<void> {
		const storage = legacyStorage();
		let legacy: string | null;
		try {
			legacy = storage?.getItem(LEGACY_STORAGE_KEY) ?? null;
		} catch {
			legacy = null;
		}
		// Nothing saved, old or new: the worker is not needed (and so not loaded).
		if (legacy === null && !(await hasSaved())) return;
		if (load) this.busy = 'the story saved in this browser';
		try {
			const restored = await this.#loader.restore(load, legacy);
			if (restored?.migrated) storage?.removeItem(LEGACY_STORAGE_KEY);
			if (!restored?.name) return;
			if (!restored.result) {
				this.#stories.savedName = restored.name;
				return;
			}
			if (!restored.result.ok) return this.#stories.savedFailed(restored.name, restored.result);
			this.progress = { stage: 'drawing', fraction: null };
			await nextPaint();
			this.#take(restored.result, 'saved', linkView);
		} catch {
			// Nothing saved that can be read: the bundled story stays.
		} finally {
			if (load) {
				this.busy = null;
				this.progress = null;
			}
		}
	}

	async #run(
		what: string,
		origin: StoryOrigin,
		load: (
			progress: (progress: Progress) => void,
			signal: AbortSignal
		) => Promise<ImportResult | null>,
		linkView?: UrlView
	): Promise<boolean> {
		if (this.busy) return false;
		this.busy = what;
		this.cancelled = null;
		this.progress = { stage: 'reading', fraction: 0 };
		const abort = new AbortController();
		this.#abort = abort;
		try {
			await nextPaint();
			const result = await load((progress) => {
				if (!abort.signal.aborted) this.progress = progress;
			}, abort.signal);
			if (!result || abort.signal.aborted) return false;
			this.progress = { stage: 'drawing', fraction: null };
			await nextPaint();
			if (abort.signal.aborted) return false;
			const taken = this.#take(result, origin, linkView);
			if (taken && (origin === 'file' || origin === 'paste')) void this.#keep(result.name);
			return taken;
		} finally {
			this.busy = null;
			this.progress = null;
			this.#abort = null;
		}
	}

	async #keep(name: string): Promise<void> {
		this.#stories.kept(name, await this.#loader.keep(name));
	}

	#take(result: ImportResult, origin: StoryOrigin, linkView?: UrlView): boolean {
		if (!this.#stories.take(result, origin, result.name)) return false;
		const story = this.#stories.story;
		if (linkView) this.#view.apply(linkView, story);
		else this.#view.resetFor(story);
		this.opened = { title: story.data.title, name: result.name };
		return true;
	}
}

export const [getImporter, setImporter] = createContext<Importer>();
