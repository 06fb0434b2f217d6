import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { sceneAt } from '../graph/scene';
import { parseDay } from '../model/dates';
import { loadJsonText } from '../model/import';
import type { Story } from '../model/load';
import { changesAt, graphAt } from '../model/slice';
import { MomentState } from './moment.svelte';
import { StoryStore } from './story.svelte';
import { ViewState } from './view.svelte';

// The view state asks the browser for the colour scheme and motion preference (MediaQuery) when
// it loads; in Node the answer is "no preference".
vi.hoisted(() => {
	const query = { matches: false, addEventListener() {}, removeEventListener() {} };
	Object.assign(globalThis, { window: { matchMedia: () => query } });
});

function story(): Story {
	const result = loadJsonText(readFileSync('data/russia-dprk.json', 'utf8'), 'story.json');
	if (!result.ok) throw new Error('the bundled story does not load');
	return result.story;
}

const day = (text: string) => parseDay(text)!;

/** A moment state over a store and a view, inside an effect root as components have one. */
function setup() {
	const stories = new StoryStore();
	stories.story = story();
	const view = new ViewState();
	let moment!: MomentState;
	const stop = $effect.root(() => {
		moment = new MomentState(stories, view);
	});
	return { stories, view, moment, stop };
}

describe('MomentState: what holds at the moment, computed once for every view', () => {
	it('gives the graph, changes and scene of the moment and selected event', () => {
		const { stories, view, moment, stop } = setup();
		view.selectEvent(stories.story, 'treaty-2024');
		expect(moment.graph).toEqual(graphAt(stories.story, day('2024-06-19')));
		expect(moment.changes).toEqual(changesAt(stories.story, 'treaty-2024'));
		expect(moment.changes.started.length).toBeGreaterThan(0);
		expect([...moment.started]).toEqual(moment.changes.started.map((r) => r.id));
		expect(moment.scene).toEqual(
			sceneAt(stories.story, day('2024-06-19'), { eventId: 'treaty-2024' })
		);
		stop();
	});

	it('every reader gets the same objects until the moment, selection or story changes', () => {
		const { stories, view, moment, stop } = setup();
		view.setMoment(day('2024-06-20'));
		const graph = moment.graph;
		const scene = moment.scene;
		expect(moment.graph).toBe(graph);
		expect(moment.scene).toBe(scene);

		view.showEnded = true;
		expect(moment.graph).toBe(graph);
		expect(moment.scene).not.toBe(scene);

		view.setMoment(day('2000-07-19'));
		expect(moment.graph).not.toBe(graph);
		expect(moment.graph.relations.some((r) => r.since === 'treaty-2024')).toBe(false);

		const before = moment.graph;
		stories.backToBundled();
		expect(moment.graph).not.toBe(before);
		stop();
	});

	it('with no event selected there are no changes and nothing is marked new', () => {
		const { view, moment, stop } = setup();
		view.setMoment(day('2024-06-20'));
		expect(moment.changes).toEqual({ started: [], ended: [] });
		expect(moment.started.size).toBe(0);
		expect([...moment.scene.states.values()]).not.toContain('new');
		stop();
	});
});
