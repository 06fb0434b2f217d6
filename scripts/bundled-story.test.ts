import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positions } from 'virtual:entente/bundled-positions';
import { story } from 'virtual:entente/bundled-story';
import { cacheKey } from '../src/lib/graph/layout';
import { loadDataset } from '../src/lib/model/load';
import { bundledSources } from '../src/lib/state/story.svelte';
import { BUNDLED_STORY, bundledStoryModules, prepareStory } from './bundled-story';

describe('the bundled story, prepared at build time', () => {
	it('leaves its sources to a module of their own, which no first frame waits for', () => {
		const data = JSON.parse(readFileSync(BUNDLED_STORY, 'utf8'));
		const modules = bundledStoryModules(BUNDLED_STORY);
		const title: string = data.sources[0].title;
		expect(modules.story).not.toContain(title);
		expect(modules.sources).toContain(title);
	});

	it('is exactly the story loadDataset makes of data/russia-dprk.json, once its sources arrive', async () => {
		const loaded = loadDataset(JSON.parse(readFileSync(BUNDLED_STORY, 'utf8')));
		expect(loaded.ok).toBe(true);
		await bundledSources();
		if (loaded.ok) expect(story).toStrictEqual(loaded.story);
		expect(story.actorById.get('russia')).toBe(story.actors.find((a) => a.id === 'russia'));
	});

	it('comes with a finite position for every actor, under the key the graph looks up', () => {
		const laid = positions[cacheKey(story)];
		expect(laid).toBeDefined();
		for (const actor of story.actors) {
			expect(Number.isFinite(laid![actor.id]?.x)).toBe(true);
			expect(Number.isFinite(laid![actor.id]?.y)).toBe(true);
		}
	});

	it('fails the build, saying where, when the dataset has an error', () => {
		const bad = JSON.parse(readFileSync(BUNDLED_STORY, 'utf8'));
		bad.events[2].date = '2024-02-30';
		const file = join(mkdtempSync(join(tmpdir(), 'entente-')), 'story.json');
		writeFileSync(file, JSON.stringify(bad));
		expect(() => prepareStory(file)).toThrow(/events\[2\]\.date/);
	});
});
