/**
 * Opening stories: from files, pasted text or an address. A story replaces the one on screen only
 * when it loads (StoryStore.take); then the view is reset to fit it.
 *
 * The readers and the validator (model/import, model/import-url, zod) load on first use, so the
 * page that shows a story loads none of them.
 */
import { createContext } from 'svelte';
import type { ImportResult, RawFile } from '../model/import';
import type { StoryOrigin, StoryStore } from '../state/story.svelte';
import { parseView, type UrlView } from '../state/url';
import type { ViewState } from '../state/view.svelte';

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

/** Lets the page paint a "busy" message before a long, synchronous load starts. */
function nextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class Importer {
	/** What is being opened right now, or null. */
	busy = $state<string | null>(null);
	/** Files are being dragged over the page. */
	dragging = $state(false);
	/** The last story opened, for the "opened" message; null until one is. */
	opened = $state<{ readonly title: string; readonly name: string } | null>(null);

	readonly #stories: StoryStore;
	readonly #view: ViewState;

	constructor(stories: StoryStore, view: ViewState) {
		this.#stories = stories;
		this.#view = view;
	}

	/** Opens files the reader chose or dropped: one dataset JSON, or CSV tables. */
	async openFiles(files: readonly File[]): Promise<boolean> {
		if (files.length === 0) return false;
		const { loadFiles, MAX_FILES_BYTES, nameOfFiles, tooLargeMessage } =
			await import('../model/import');
		const name = nameOfFiles(files);
		const total = files.reduce((sum, f) => sum + f.size, 0);
		if (total > MAX_FILES_BYTES) {
			// Refused before reading: a huge file must not freeze the page.
			const errors = files.map((f) => ({
				severity: 'error' as const,
				path: [],
				file: f.name,
				message: tooLargeMessage(total)
			}));
			return this.#take({ ok: false, errors, warnings: [], name }, 'file');
		}
		return this.#run(
			name,
			async () => {
				const raw: RawFile[] = await Promise.all(
					files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
				);
				return loadFiles(raw);
			},
			'file'
		);
	}

	/** Opens pasted dataset JSON. */
	async openText(text: string): Promise<boolean> {
		return this.#run(
			'the pasted text',
			async () => (await import('../model/import')).loadPastedText(text),
			'paste'
		);
	}

	/** Opens a dataset from an address (`?data=`), keeping the rest of the link's view. */
	async openAddress(address: string, linkView: UrlView): Promise<boolean> {
		return this.#run(
			address,
			async () =>
				(await import('../model/import-url')).fetchDataset(address, { pageUrl: location.href }),
			'url',
			linkView
		);
	}

	/**
	 * Opens the dataset a link names (`?data=<address>`), if any. Call it with the page's query
	 * before the page rewrites its address to match the view.
	 */
	openLink(search: string): void {
		const link = parseView(search);
		if (link.data) void this.openAddress(link.data, link);
	}

	/** Shows the bundled story again, forgetting the one saved in this browser. */
	backToBundled(): void {
		this.#stories.backToBundled();
		this.#view.resetFor(this.#stories.story);
		this.opened = null;
	}

	async #run(
		what: string,
		load: () => Promise<ImportResult>,
		origin: StoryOrigin,
		linkView?: UrlView
	): Promise<boolean> {
		if (this.busy) return false;
		this.busy = what;
		try {
			await nextPaint();
			return this.#take(await load(), origin, linkView);
		} finally {
			this.busy = null;
		}
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
