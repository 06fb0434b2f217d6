import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bundled from '../../../data/russia-dprk.json';
import { loadDataset } from '../model/load';
import { EditorState } from './editor.svelte';
import { blankDraft, type Draft } from './ops';

const bundledDraft = (): Draft => {
	const result = loadDataset(bundled);
	if (!result.ok) throw new Error('bundled story does not load');
	return structuredClone(result.story.data);
};

describe('the editor state', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('resumes a saved draft, valid or not, instead of the fallback', async () => {
		const editor = new EditorState(async () => true);
		const saved = { ...blankDraft(), title: 'Half done' };
		await editor.open(bundledDraft, async () => ({ draft: saved, savedAt: 0 }));
		expect(editor.draft.title).toBe('Half done');
		expect(editor.saveState).toBe('saved');
		expect(editor.story).toBeNull();
		expect(editor.canUndo).toBe(false);
	});

	it('saves every change, keeps drawing the last valid story while there are errors', async () => {
		const saves: Draft[] = [];
		const editor = new EditorState(async (d) => (saves.push(d), true));
		await editor.open(bundledDraft, async () => null);
		const valid = editor.story;
		expect(valid).not.toBeNull();
		const index = editor.draft.events.findIndex((e) => e.id === 'treaty-2024');
		editor.edit({ type: 'update', table: 'events', index, field: 'date', value: '2024-02-30' });
		expect(editor.saveState).toBe('saving');
		expect(editor.story).toBe(valid);
		expect(editor.check.problems.map((p) => p.place)).toContainEqual({
			table: 'events',
			index,
			field: 'date'
		});
		await vi.runAllTimersAsync();
		expect(editor.saveState).toBe('saved');
		expect(saves.at(-1)!.events[index]!.date).toBe('2024-02-30');
		editor.undo();
		expect(editor.check.story).not.toBeNull();
	});

	it('asks before deleting what others refer to, and a delete is undone like any edit', async () => {
		const editor = new EditorState(async () => true);
		await editor.open(bundledDraft, async () => null);
		const index = editor.draft.sources.findIndex((s) => s.id === 'tass-2024-12');
		editor.requestDelete('sources', index);
		expect(editor.pendingDelete?.refs.map((r) => r.id)).toEqual([
			'ratification-2024',
			'treaty-in-force-2024'
		]);
		expect(editor.draft.sources[index]!.id).toBe('tass-2024-12');
		editor.confirmDelete();
		expect(editor.draft.sources.some((s) => s.id === 'tass-2024-12')).toBe(false);
		expect(editor.check.problems.filter((p) => p.severity === 'error')).toHaveLength(2);
		editor.undo();
		expect(editor.draft.sources[index]!.id).toBe('tass-2024-12');
	});

	it('says when the browser keeps nothing', async () => {
		const editor = new EditorState(async () => false);
		await editor.open(blankDraft, async () => null);
		await vi.runAllTimersAsync();
		expect(editor.saveState).toBe('failed');
	});
});
