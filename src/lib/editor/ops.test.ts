import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bundled from '../../../data/russia-dprk.json';
import { loadDataset } from '../model/load';
import {
	applyEdit,
	blankDraft,
	commit,
	describeReferences,
	duplicateEdit,
	idOf,
	listOf,
	newItem,
	redo,
	referencesTo,
	seal,
	startHistory,
	TABLE_KEYS,
	undo,
	type Draft,
	type Edit,
	type History
} from './ops';

function bundledDraft(): Draft {
	const result = loadDataset(bundled);
	if (!result.ok) throw new Error('bundled story does not load');
	return structuredClone(result.story.data);
}

describe('edits', () => {
	it('adds an item at the end or at a place, without changing the draft it was given', () => {
		const start = blankDraft();
		const frozen = structuredClone(start);
		const a = applyEdit(start, {
			type: 'add',
			table: 'actors',
			item: { id: 'a', name: 'A', kind: 'country' }
		});
		const b = applyEdit(a, {
			type: 'add',
			table: 'actors',
			item: { id: 'b', name: 'B', kind: 'country' },
			index: 0
		});
		expect(b.actors.map((x) => x.id)).toEqual(['b', 'a']);
		expect(start).toEqual(frozen);
	});

	it('updates a field, a nested field, and removes an optional field set empty', () => {
		let d = applyEdit(blankDraft(), {
			type: 'add',
			table: 'actors',
			item: { id: 'p', name: 'P', kind: 'person' }
		});
		d = applyEdit(d, {
			type: 'update',
			table: 'actors',
			index: 0,
			field: 'active.from',
			value: '2012'
		});
		expect(d.actors[0]!.active).toEqual({ from: '2012' });
		d = applyEdit(d, {
			type: 'update',
			table: 'actors',
			index: 0,
			field: 'role',
			value: 'President'
		});
		d = applyEdit(d, {
			type: 'update',
			table: 'actors',
			index: 0,
			field: 'active.from',
			value: ''
		});
		d = applyEdit(d, { type: 'update', table: 'actors', index: 0, field: 'role', value: '' });
		expect(d.actors[0]).toEqual({ id: 'p', name: 'P', kind: 'person' });
	});

	it('deletes and moves rows; an edit that does not apply gives back the same draft', () => {
		const d = bundledDraft();
		const removed = applyEdit(d, { type: 'remove', table: 'events', index: 0 });
		expect(removed.events).toHaveLength(d.events.length - 1);
		expect(removed.events[0]).toBe(d.events[1]);
		const moved = applyEdit(d, { type: 'move', table: 'sources', from: 0, to: 2 });
		expect(moved.sources[2]).toBe(d.sources[0]);
		expect(applyEdit(d, { type: 'remove', table: 'events', index: 999 })).toBe(d);
		expect(applyEdit(d, { type: 'move', table: 'events', from: 0, to: -1 })).toBe(d);
		expect(
			applyEdit(d, {
				type: 'update',
				table: 'events',
				index: 0,
				field: 'title',
				value: d.events[0]!.title
			})
		).toBe(d);
	});

	it('new items carry the format defaults, so that a loaded copy equals the draft', () => {
		let d = blankDraft();
		for (const table of TABLE_KEYS)
			d = applyEdit(d, { type: 'add', table, item: newItem(d, table) });
		const event = d.events[0]!;
		expect(event).toMatchObject({ summary: '', actors: [], sources: [], importance: 3 });
		expect(d.actors[0]!.id).toBe('actor-1');
		expect(idOf(newItem(d, 'actors'))).toBe('actor-2');
	});

	it('duplicates a row under a fresh id, right after it', () => {
		const d = bundledDraft();
		const edit = duplicateEdit(d, 'actors', 0)!;
		const next = applyEdit(d, edit);
		expect(next.actors[1]).toEqual({ ...d.actors[0], id: `${d.actors[0]!.id}-1` });
	});
});

describe('references', () => {
	it('names what cites a source before it is deleted, and deleting leaves problems on those rows', () => {
		const d = bundledDraft();
		// The source cited most often.
		const id = d.sources
			.map((s) => s.id)
			.sort(
				(a, b) => referencesTo(d, 'sources', b).length - referencesTo(d, 'sources', a).length
			)[0]!;
		const refs = referencesTo(d, 'sources', id);
		expect(refs.length).toBeGreaterThan(1);
		const index = d.sources.findIndex((s) => s.id === id);
		const after = applyEdit(d, { type: 'remove', table: 'sources', index });
		const result = loadDataset(after);
		expect(result.ok).toBe(false);
		const rows = new Set(
			(result.ok ? [] : result.errors).map((p) => `${String(p.path[0])}:${String(p.path[1])}`)
		);
		for (const ref of refs) expect(rows).toContain(`${ref.table}:${ref.index}`);
	});

	it('names the guided steps that show an event or focus on an actor', () => {
		const d = bundledDraft();
		const steps = listOf(d, 'story');
		expect(steps.length).toBeGreaterThan(0);
		const refs = referencesTo(d, 'events', 'treaty-2024');
		const stepRefs = refs.filter((r) => r.table === 'story');
		expect(stepRefs.map((r) => r.index)).toEqual(
			steps.flatMap((s, i) => (s.event === 'treaty-2024' ? [i] : []))
		);
		expect(stepRefs.length).toBeGreaterThan(0);
		const focus = referencesTo(d, 'actors', 'kim-jong-un').filter((r) => r.table === 'story');
		expect(focus.map((r) => r.field)).toEqual(focus.map(() => 'focus'));
		expect(focus.length).toBe(steps.filter((s) => s.focus?.includes('kim-jong-un')).length);
		expect(describeReferences('events', stepRefs)).toMatch(/^1 step \(step \d+\)/);
		// Deleting the event leaves a problem on each of those steps.
		const index = d.events.findIndex((e) => e.id === 'treaty-2024');
		const result = loadDataset(applyEdit(d, { type: 'remove', table: 'events', index }));
		const rows = new Set(
			(result.ok ? [] : result.errors).map((p) => `${String(p.path[0])}:${String(p.path[1])}`)
		);
		for (const ref of stepRefs) expect(rows).toContain(`story:${ref.index}`);
	});

	it('keeps the steps in the order the author gives them, and a story without steps has none', () => {
		const d = bundledDraft();
		const steps = listOf(d, 'story');
		const moved = applyEdit(d, { type: 'move', table: 'story', from: 0, to: 2 });
		expect(listOf(moved, 'story').map((s) => s.event)).toEqual([
			steps[1]!.event,
			steps[2]!.event,
			steps[0]!.event,
			...steps.slice(3).map((s) => s.event)
		]);
		let none: Draft = d;
		for (let i = steps.length - 1; i >= 0; i--)
			none = applyEdit(none, { type: 'remove', table: 'story', index: i });
		expect('story' in none).toBe(false);
		expect(loadDataset(none).ok).toBe(true);
		// A new step shows the story's first event; a duplicate is an exact copy (steps have no id).
		expect(newItem(d, 'story')).toEqual({ event: d.events[0]!.id });
		const dup = duplicateEdit(d, 'story', 0)!;
		expect(dup).toEqual({ type: 'add', table: 'story', item: steps[0], index: 1 });
		expect(idOf(steps[0]!)).toBe('');
	});

	it('says what refers in words', () => {
		expect(
			describeReferences('sources', [
				{ table: 'events', index: 0, id: 'summit', field: 'sources' },
				{ table: 'events', index: 3, id: 'treaty', field: 'sources' },
				{ table: 'relations', index: 1, id: 'pact', field: 'sources' }
			])
		).toBe("2 events ('summit', 'treaty') and 1 relation ('pact') cite this source");
		expect(
			describeReferences('actors', [{ table: 'relations', index: 0, id: 'r', field: 'from' }])
		).toBe("1 relation ('r') names this actor");
		expect(describeReferences('events', [])).toBeNull();
	});

	it('finds an actor in events, relations, guided steps and people who represent it; an event in intervals', () => {
		const d = bundledDraft();
		const tables = new Set(referencesTo(d, 'actors', 'russia').map((r) => r.table));
		expect(tables).toEqual(new Set(['actors', 'events', 'relations', 'story']));
		const relation = d.relations.find((r) => !/^\d/.test(r.since))!;
		expect(referencesTo(d, 'events', relation.since)).toContainEqual(
			expect.objectContaining({ table: 'relations', id: relation.id, field: 'since' })
		);
	});
});

describe('history', () => {
	const add: Edit = { type: 'add', table: 'actors', item: { id: 'a', name: 'A', kind: 'country' } };

	it('undoes and redoes, and a new edit drops what could be redone', () => {
		let h = startHistory(blankDraft());
		h = commit(h, add);
		h = commit(h, { type: 'update', table: 'actors', index: 0, field: 'name', value: 'Aa' });
		expect(undo(h).present.actors[0]!.name).toBe('A');
		expect(redo(undo(h)).present).toEqual(h.present);
		const branched = commit(undo(h), { type: 'remove', table: 'actors', index: 0 });
		expect(branched.future).toEqual([]);
		expect(undo(startHistory(blankDraft())).present).toEqual(blankDraft());
	});

	it('typing in one field is one step; sealing or another field starts a new one', () => {
		let h = commit(startHistory(blankDraft()), add);
		for (const value of ['R', 'Ru', 'Rus']) {
			h = commit(h, { type: 'update', table: 'actors', index: 0, field: 'name', value }, true);
		}
		expect(h.past).toHaveLength(2);
		expect(undo(h).present.actors[0]!.name).toBe('A');
		h = commit(
			seal(h),
			{ type: 'update', table: 'actors', index: 0, field: 'name', value: 'Russ' },
			true
		);
		expect(h.past).toHaveLength(3);
		expect(undo(h).present.actors[0]!.name).toBe('Rus');
	});
});

/** Edits that apply to some draft: indexes are taken modulo the list's length when applied. */
const tableArb = fc.constantFrom(...TABLE_KEYS);
const editArb = fc.oneof(
	fc.record({ type: fc.constant('add' as const), table: tableArb, at: fc.nat(40) }),
	fc.record({
		type: fc.constant('update' as const),
		table: tableArb,
		at: fc.nat(40),
		field: fc.constantFrom(
			'id',
			'title',
			'name',
			'date',
			'since',
			'active.from',
			'summary',
			'note',
			'event',
			'caption'
		),
		value: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '2024-02-30', '1995~'))
	}),
	fc.record({ type: fc.constant('remove' as const), table: tableArb, at: fc.nat(40) }),
	fc.record({
		type: fc.constant('move' as const),
		table: tableArb,
		at: fc.nat(40),
		to: fc.nat(40)
	}),
	fc.record({ type: fc.constant('meta' as const), value: fc.string({ maxLength: 8 }) }),
	fc.record({ type: fc.constant('duplicate' as const), table: tableArb, at: fc.nat(40) })
);
type EditSpec = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function realize(draft: Draft, spec: EditSpec): Edit | null {
	if (spec.type === 'meta') return { type: 'meta', field: 'title', value: spec.value };
	const size = listOf(draft, spec.table).length;
	if (spec.type === 'add')
		return {
			type: 'add',
			table: spec.table,
			item: newItem(draft, spec.table),
			index: spec.at % (size + 1)
		};
	if (size === 0) return null;
	const index = spec.at % size;
	if (spec.type === 'update')
		return { type: 'update', table: spec.table, index, field: spec.field, value: spec.value };
	if (spec.type === 'remove') return { type: 'remove', table: spec.table, index };
	if (spec.type === 'move')
		return { type: 'move', table: spec.table, from: index, to: spec.to % size };
	return duplicateEdit(draft, spec.table, index);
}

describe('history, property-tested', () => {
	const starts = fc.constantFrom<() => Draft>(blankDraft, bundledDraft);

	it('any sequence of edits followed by as many undos gives back the starting story', () => {
		fc.assert(
			fc.property(
				starts,
				fc.array(editArb, { maxLength: 30 }),
				fc.boolean(),
				(make, specs, merge) => {
					const start = make();
					const frozen = structuredClone(start);
					let h: History = startHistory(start);
					let steps = 0;
					for (const spec of specs) {
						const edit = realize(h.present, spec);
						if (!edit) continue;
						const before = h.past.length;
						h = seal(commit(h, edit, merge));
						steps += h.past.length - before;
					}
					const edited = h.present;
					for (let i = 0; i < steps; i++) h = undo(h);
					expect(h.present).toEqual(frozen);
					expect(h.past).toHaveLength(0);
					// And as many redos give back the edited story.
					for (let i = 0; i < steps; i++) h = redo(h);
					expect(h.present).toEqual(edited);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('every step of the history is a story loadDataset can judge without throwing', () => {
		fc.assert(
			fc.property(fc.array(editArb, { maxLength: 20 }), (specs) => {
				let h = startHistory(bundledDraft());
				for (const spec of specs) {
					const edit = realize(h.present, spec);
					if (edit) h = commit(h, edit);
				}
				for (const draft of [...h.past, h.present]) {
					const result = loadDataset(draft);
					if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 60 }
		);
	});
});
