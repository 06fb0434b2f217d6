/**
 * The editor's state: the history of drafts, what is checked, which table and row are open, and
 * whether the draft is saved in this browser. Components call its methods; the edits themselves
 * are the pure functions of ops.ts.
 */
import type { Story } from '../model/load';
import { loadDraft, saveDraft } from './drafts';
import {
	idOf,
	listOf,
	commit,
	duplicateEdit,
	newItem,
	redo,
	referencesTo,
	seal,
	startHistory,
	undo,
	type Draft,
	type Edit,
	type History,
	type Item,
	type Reference,
	type TableKey
} from './ops';
import { checkDraft, type Check } from './validate';

export type EditorTable = TableKey | 'meta';
export type SaveState = 'loading' | 'saving' | 'saved' | 'failed';

const SAVE_DELAY_MS = 250;

export class EditorState {
	history = $state.raw<History>(
		startHistory({ id: 'story', title: '', sources: [], actors: [], events: [], relations: [] })
	);
	check = $state.raw<Check>(checkDraft(this.history.present));
	/** The last story without errors: what the graph and timeline keep drawing meanwhile. */
	story = $state.raw<Story | null>(null);
	table = $state<EditorTable>('meta');
	selected = $state<Record<TableKey, number | null>>({
		actors: null,
		events: null,
		relations: null,
		sources: null,
		story: null
	});
	saveState = $state<SaveState>('loading');
	/** A delete waiting for the author to confirm, because other rows refer to the item. */
	pendingDelete = $state.raw<{ table: TableKey; index: number; refs: Reference[] } | null>(null);

	readonly draft = $derived(this.history.present);
	readonly canUndo = $derived(this.history.past.length > 0);
	readonly canRedo = $derived(this.history.future.length > 0);

	#timer: ReturnType<typeof setTimeout> | null = null;
	#save: (draft: Draft) => Promise<boolean>;

	constructor(save: (draft: Draft) => Promise<boolean> = saveDraft) {
		this.#save = save;
	}

	/** Resumes the draft saved in this browser, or starts from `fallback` when there is none. */
	async open(fallback: () => Draft, load: typeof loadDraft = loadDraft): Promise<void> {
		const saved = await load();
		this.#set(startHistory(saved?.draft ?? fallback()), false);
		this.saveState = saved ? 'saved' : 'saving';
		if (!saved) this.#schedule();
	}

	/** Applies an edit as one step; `merge` folds typing in one field into one step. */
	edit(edit: Edit, merge = false): void {
		this.#set(commit(this.history, edit, merge));
	}

	/** Ends a run of typing: the next change of that field is a step of its own. */
	seal(): void {
		this.history = seal(this.history);
	}

	undo(): void {
		this.#set(undo(this.history));
	}

	redo(): void {
		this.#set(redo(this.history));
	}

	/** Starts again from another story (blank, a copy of one): undoable like any edit. */
	start(draft: Draft): void {
		this.pendingDelete = null;
		this.edit({ type: 'replace', draft: structuredClone(draft) });
		this.selected = { actors: null, events: null, relations: null, sources: null, story: null };
	}

	add(table: TableKey, item: Item = newItem(this.draft, table)): number {
		const index = listOf(this.draft, table).length;
		this.edit({ type: 'add', table, item });
		this.select(table, index);
		return index;
	}

	duplicate(table: TableKey, index: number): void {
		const edit = duplicateEdit(this.draft, table, index);
		if (!edit) return;
		this.edit(edit);
		this.select(table, index + 1);
	}

	/** Deletes a row; when others refer to it, asks first (see `pendingDelete`). */
	requestDelete(table: TableKey, index: number): void {
		const item = listOf(this.draft, table)[index];
		if (!item) return;
		const refs = referencesTo(this.draft, table, idOf(item));
		if (refs.length > 0) this.pendingDelete = { table, index, refs };
		else this.#remove(table, index);
	}

	confirmDelete(): void {
		const pending = this.pendingDelete;
		if (pending) this.#remove(pending.table, pending.index);
	}

	cancelDelete(): void {
		this.pendingDelete = null;
	}

	move(table: TableKey, index: number, by: number): void {
		const to = index + by;
		if (to < 0 || to >= listOf(this.draft, table).length) return;
		this.edit({ type: 'move', table, from: index, to });
		this.select(table, to);
	}

	select(table: EditorTable, index: number | null = null): void {
		this.table = table;
		if (table !== 'meta') this.selected[table] = index;
		this.pendingDelete = null;
	}

	#remove(table: TableKey, index: number): void {
		this.pendingDelete = null;
		this.edit({ type: 'remove', table, index });
		const size = listOf(this.draft, table).length;
		this.selected[table] = size === 0 ? null : Math.min(index, size - 1);
	}

	#set(history: History, save = true): void {
		if (history === this.history) return;
		const changed = history.present !== this.history.present;
		this.history = history;
		if (!changed) return;
		this.check = checkDraft(history.present);
		if (this.check.story) this.story = this.check.story;
		for (const table of Object.keys(this.selected) as TableKey[]) {
			const chosen = this.selected[table];
			if (chosen !== null && chosen >= listOf(history.present, table).length)
				this.selected[table] = null;
		}
		if (save) this.#schedule();
	}

	#schedule(): void {
		this.saveState = 'saving';
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Saves now what is waiting to be saved. */
	async flush(): Promise<void> {
		if (this.saveState !== 'saving') return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const draft = this.draft;
		const ok = await this.#save($state.snapshot(draft) as Draft);
		if (this.draft === draft) this.saveState = ok ? 'saved' : 'failed';
	}
}
