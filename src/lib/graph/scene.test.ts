import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphAt } from '../model/slice';
import { toElements } from './elements';
import { day, miniStory } from './fixture';
import { diffScenes, sceneAt, stateOf, type ElementState, type Scene } from './scene';

const STATES = 'off on faded new ended just-ended';

/** A headless graph with every element hidden, like the renderer starts. */
function headless(): Core {
	return cytoscape({
		headless: true,
		elements: toElements(miniStory()).map((e) => ({ ...e, classes: `${String(e.classes)} off` }))
	});
}

/** Applies a change set the way the renderer does: one state class per element. */
function apply(cy: Core, changes: ReadonlyMap<string, ElementState>): void {
	cy.batch(() => {
		for (const [id, state] of changes) cy.$id(id).removeClass(STATES).addClass(state);
	});
}

const shown = (cy: Core) =>
	cy
		.elements()
		.filter((e) => !e.hasClass('off'))
		.map((e) => e.id())
		.sort();

describe('sceneAt(story, t): what the graph shows at a moment', () => {
	const story = miniStory();

	it('shows the actors active and the relations in force (graphAt)', () => {
		const scene = sceneAt(story, day('2020-01-01'));
		const expected = graphAt(story, day('2020-01-01'));
		const on = [...scene.states].filter(([, s]) => s === 'on').map(([id]) => id);
		expect(on.sort()).toEqual(
			[...expected.actors.map((a) => a.id), ...expected.relations.map((r) => `rel:${r.id}`)].sort()
		);
		expect(scene.actors).toBe(expected.actors.length);
		expect(scene.relations).toBe(expected.relations.length);
	});

	it('adds the 19 June 2024 partnership between 1 January 2020 and 20 June 2024', () => {
		expect(stateOf(sceneAt(story, day('2020-01-01')), 'rel:partnership-2024')).toBe('off');
		expect(stateOf(sceneAt(story, day('2024-06-20')), 'rel:partnership-2024')).toBe('on');
	});

	it('hides an actor outside its active time, with its relations', () => {
		const scene = sceneAt(story, day('2020-01-01'));
		expect(stateOf(scene, 'ussr')).toBe('off');
		expect(stateOf(scene, 'rel:alliance-1961')).toBe('off');
		expect(stateOf(sceneAt(story, day('1980-01-01')), 'ussr')).toBe('on');
	});

	it('marks what the selected event started as new', () => {
		const scene = sceneAt(story, day('2024-06-19'), { eventId: 'treaty-2024' });
		expect(stateOf(scene, 'rel:partnership-2024')).toBe('new');
		expect(stateOf(scene, 'rel:friendship')).toBe('on');
		expect(scene.started.map((r) => r.id)).toEqual(['partnership-2024']);
	});

	it('shows what the selected event ended as just ended, though no longer in force', () => {
		const scene = sceneAt(story, day('2024-12-04'), { eventId: 'in-force-2024' });
		expect(stateOf(scene, 'rel:friendship')).toBe('just-ended');
		expect(stateOf(scene, 'rel:defence-2024')).toBe('new');
		expect(scene.relations).toBe(graphAt(story, day('2024-12-04')).relations.length);
	});

	it('does not mark an event’s changes before they happen', () => {
		const scene = sceneAt(story, day('2024-01-01'), { eventId: 'in-force-2024' });
		expect(stateOf(scene, 'rel:friendship')).toBe('on');
		expect(stateOf(scene, 'rel:defence-2024')).toBe('off');
	});

	it('with "show ended relations", shows ended ones faded, and their vanished actors faded', () => {
		const t = day('2020-01-01');
		expect(stateOf(sceneAt(story, t), 'rel:alliance-1961')).toBe('off');
		const scene = sceneAt(story, t, { showEnded: true });
		expect(stateOf(scene, 'rel:alliance-1961')).toBe('ended');
		expect(stateOf(scene, 'ussr')).toBe('faded');
		// Relations that have not started yet stay hidden.
		expect(stateOf(scene, 'rel:partnership-2024')).toBe('off');
		// The counts describe what is in force, not what is drawn faded.
		expect(scene.relations).toBe(graphAt(story, t).relations.length);
	});
});

describe('diffScenes(previous, next): the change set between two moments', () => {
	const story = miniStory();

	it('lists only the elements whose state changes', () => {
		const before = sceneAt(story, day('2024-06-18'));
		const after = sceneAt(story, day('2024-06-20'));
		expect([...diffScenes(before, after)]).toEqual([['rel:partnership-2024', 'on']]);
		expect([...diffScenes(after, before)]).toEqual([['rel:partnership-2024', 'off']]);
		expect(diffScenes(after, after).size).toBe(0);
	});

	it('from nothing, lists everything shown', () => {
		const scene = sceneAt(story, day('2024-06-20'));
		expect(diffScenes(null, scene)).toEqual(scene.states);
	});

	it('applied in a headless Cytoscape, leaves exactly the scene shown', () => {
		const cy = headless();
		const a = sceneAt(story, day('2020-01-01'));
		const b = sceneAt(story, day('2024-06-20'));
		apply(cy, diffScenes(null, a));
		expect(shown(cy)).toEqual([...a.states.keys()].sort());
		apply(cy, diffScenes(a, b));
		expect(shown(cy)).toEqual([...b.states.keys()].sort());
		expect(cy.$id('rel:partnership-2024').hasClass('on')).toBe(true);
		cy.destroy();
	});

	it('keeps a headless Cytoscape equal to graphAt through any walk in time', () => {
		const from = day('1950-01-01');
		const to = day('2030-01-01');
		const moment = fc
			.integer({ min: 0, max: (to - from) / 86_400_000 })
			.map((d) => from + d * 86_400_000);
		const options = fc.record({
			eventId: fc.constantFrom(null, 'treaty-2024', 'in-force-2024', 'treaty-1961'),
			showEnded: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(fc.tuple(moment, options), { minLength: 1, maxLength: 8 }), (walk) => {
				const cy = headless();
				let previous: Scene | null = null;
				for (const [t, opts] of walk) {
					const scene = sceneAt(story, t, opts);
					apply(cy, diffScenes(previous, scene));
					previous = scene;
					const state = graphAt(story, t);
					const inForce = new Set([
						...state.actors.map((a) => a.id),
						...state.relations.map((r) => `rel:${r.id}`)
					]);
					// Everything in force is drawn; anything else drawn is marked as such.
					for (const id of inForce) expect(cy.$id(id).hasClass('off')).toBe(false);
					cy.elements().forEach((e) => {
						if (e.hasClass('off') || inForce.has(e.id())) return;
						expect(e.hasClass('ended') || e.hasClass('just-ended') || e.hasClass('faded')).toBe(
							true
						);
					});
				}
				cy.destroy();
			}),
			{ numRuns: 60 }
		);
	});
});
