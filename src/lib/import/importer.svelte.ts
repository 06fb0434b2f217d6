/**
 * Opening stories: from files, pasted text or an address. A story replaces the one on screen only
 * when it loads (StoryStore.take); then the view is reset to fit it.
 *
 * This module is only the state the page shows (what is opening, how far, what was cancelled);
 * the opening itself (opening.ts, the loader and its worker) loads on first use.
 */
import { createContext } from 'svelte';
import { afterViewsDrawn } from '../drawn';
import type { StoryStore } from '../state/story.svelte';
import { parseView, type UrlView } from '../state/url';
import type { ViewState } from '../state/view.svelte';
import type { Progress, StoryLoader } from './loader';

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

const opening = () => import('./opening');

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

	// For opening.ts only.
	readonly stories: StoryStore;
	readonly view: ViewState;
	/** The story loader, once something needed it. */
	loader: StoryLoader | null = null;
	/** Stops the open in progress; set while one runs. */
	abort: AbortController | null = null;

	constructor(stories: StoryStore, view: ViewState) {
		this.stories = stories;
		this.view = view;
	}

	/** Opens files the reader chose or dropped: one dataset JSON, or CSV tables. */
	async openFiles(files: readonly File[]): Promise<boolean> {
		return (await opening()).openFiles(this, files);
	}

	/** Opens pasted dataset JSON. */
	async openText(text: string): Promise<boolean> {
		return (await opening()).openText(this, text);
	}

	/** Opens a dataset from an address (`?data=`), keeping the rest of the link's view. */
	async openAddress(address: string, linkView: UrlView): Promise<boolean> {
		return (await opening()).openAddress(this, address, linkView);
	}

	/**
	 * Opens the dataset a link names (`?data=<address>`), or else the story saved in this browser.
	 * Call it with the page's query before the page rewrites its address to match the view. An
	 * embed shows what its link names, never a story the reader saved in this browser. The saved
	 * story is looked for once the page's views are drawn, so the opening code never weighs on the
	 * first render; with nothing saved, the story loader's worker is never started.
	 */
	openLink(search: string): void {
		const link = parseView(search);
		if (link.data) {
			void this.openAddress(link.data, link);
			if (!link.embed) afterViewsDrawn(() => void this.#restore(false, link));
		} else if (!link.embed) afterViewsDrawn(() => void this.#restore(true, link));
	}

	/** Stops opening: the story on screen stays as it is. */
	cancel(): void {
		if (!this.busy) return;
		this.cancelled = this.busy;
		this.abort?.abort();
		this.loader?.cancel();
	}

	/** Shows the bundled story again, forgetting the one saved in this browser. */
	backToBundled(): void {
		this.stories.backToBundled();
		this.view.resetFor(this.stories.story);
		this.opened = null;
		void opening().then((o) => o.forget(this));
	}

	async #restore(load: boolean, linkView: UrlView): Promise<void> {
		await (await opening()).restore(this, load, linkView);
	}
}

export const [getImporter, setImporter] = createContext<Importer>();
