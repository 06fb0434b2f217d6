import { describe, expect, it } from 'vitest';
import { parseView } from '../state/url';
import {
	firstViewLoaders,
	loadEditor,
	loadEmbed,
	loadExplore,
	loadGraph,
	loadPresent,
	loadTimeline
} from './loaders';

describe('the code a link starts loading before its first render', () => {
	it.each([
		['', [loadExplore]],
		['?t=2024-06-19&event=treaty-2024', [loadExplore]],
		['?embed=timeline', [loadEmbed, loadTimeline]],
		['?embed=graph&step=3', [loadEmbed, loadGraph]],
		['?embed=both', [loadEmbed, loadGraph, loadTimeline]],
		['?embed', [loadEmbed, loadGraph, loadTimeline]],
		['?mode=present', [loadPresent]],
		['?mode=edit', [loadEditor]],
		// An embed shows only its view, whatever mode the link also names.
		['?embed=timeline&mode=present', [loadEmbed, loadTimeline]]
	])('%s loads what it draws, and nothing else', (search, expected) => {
		expect(firstViewLoaders(parseView(search))).toEqual(expected);
	});
});
