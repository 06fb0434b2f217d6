/**
 * The CSV templates in data/templates/ and the example story in data/examples/, built into the
 * app so that readers can download them (as blob: links, which stay on the page's own origin).
 */
import actors from '../../../data/templates/actors.csv?raw';
import events from '../../../data/templates/events.csv?raw';
import relations from '../../../data/templates/relations.csv?raw';
import sources from '../../../data/templates/sources.csv?raw';
import story from '../../../data/templates/story.csv?raw';
import steps from '../../../data/templates/steps.csv?raw';
import example from '../../../data/examples/cuban-missile-crisis.json?raw';

export interface Download {
	readonly name: string;
	readonly text: string;
	readonly type: string;
}

export const TEMPLATES: readonly Download[] = [
	{ name: 'actors.csv', text: actors, type: 'text/csv' },
	{ name: 'events.csv', text: events, type: 'text/csv' },
	{ name: 'relations.csv', text: relations, type: 'text/csv' },
	{ name: 'sources.csv', text: sources, type: 'text/csv' },
	{ name: 'story.csv', text: story, type: 'text/csv' },
	{ name: 'steps.csv', text: steps, type: 'text/csv' }
];

export const EXAMPLE: Download = {
	name: 'cuban-missile-crisis.json',
	text: example,
	type: 'application/json'
};
