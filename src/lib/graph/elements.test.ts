import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
	edgeId,
	isolatedLabel,
	labelWidth,
	nodeData,
	nodeLabel,
	relationIdOf,
	toElements
} from './elements';
import { miniStory } from './fixture';
import { graphStyle } from './style';

/** A headless Cytoscape with the real stylesheet, holding the story's elements. */
function headless() {
	return cytoscape({
		headless: true,
		styleEnabled: true,
		style: graphStyle('light'),
		elements: toElements(miniStory())
	});
}

describe('toElements(story): the dataset as Cytoscape elements', () => {
	it('makes one node per actor and one edge per relation, nodes first', () => {
		const story = miniStory();
		const elements = toElements(story);
		expect(elements.map((e) => e.group)).toEqual([
			...story.actors.map(() => 'nodes'),
			...story.relations.map(() => 'edges')
		]);
		expect(elements.map((e) => e.data.id)).toEqual([
			...story.actors.map((a) => a.id),
			...story.relations.map((r) => `rel:${r.id}`)
		]);
	});

	it('gives nodes their kind as a class, and edges their kind and whether directed', () => {
		const cy = headless();
		expect(cy.$id('russia').classes()).toEqual(['country']);
		expect(cy.$id('putin').classes()).toEqual(['person']);
		expect(cy.$id('unsc').classes()).toEqual(['organization']);
		expect(cy.$id('rel:partnership-2024').classes()).toEqual(['k-partnership']);
		expect(cy.$id('rel:sanctions').classes()).toEqual(['k-sanctions', 'directed']);
		expect(cy.$id('rel:putin-leads').classes()).toEqual(['k-leads', 'directed']);
		cy.destroy();
	});

	it('joins each edge from the relation’s `from` to its `to`', () => {
		const cy = headless();
		const lead = cy.$id('rel:putin-leads');
		expect(lead.source().id()).toBe('putin');
		expect(lead.target().id()).toBe('russia');
		expect(lead.data('relation')).toBe('putin-leads');
		cy.destroy();
	});

	it('keeps several relations between one pair as separate, separately curved edges', () => {
		const cy = headless();
		const pair = cy.$id('rel:partnership-2024').parallelEdges();
		expect(pair.map((e) => e.id()).sort()).toEqual([
			'rel:defence-2024',
			'rel:friendship',
			'rel:partnership-2024'
		]);
		// Bundled beziers fan parallel edges out by the step size instead of drawing them on top of each other.
		expect(pair.every((e) => e.style('curve-style') === 'bezier')).toBe(true);
		expect(parseFloat(pair[0]!.style('control-point-step-size') as string)).toBeGreaterThan(10);
		cy.destroy();
	});

	it('draws arrows only for directed kinds, and lines with the kind’s pattern', () => {
		const cy = headless();
		expect(cy.$id('rel:sanctions').style('target-arrow-shape')).toBe('triangle');
		expect(cy.$id('rel:partnership-2024').style('target-arrow-shape')).toBe('none');
		expect(cy.$id('rel:sanctions').style('line-style')).toBe('dashed');
		expect(cy.$id('rel:partnership-2024').style('line-style')).toBe('solid');
		cy.destroy();
	});

	it('shapes nodes by kind: rounded rectangles, hexagons and circles', () => {
		const cy = headless();
		expect(cy.$id('russia').style('shape')).toBe('round-rectangle');
		expect(cy.$id('unsc').style('shape')).toBe('hexagon');
		expect(cy.$id('putin').style('shape')).toBe('ellipse');
		cy.destroy();
	});

	it('sizes nodes by kind, not by how many relations they have', () => {
		const story = miniStory();
		const dprk = story.actorById.get('dprk')!;
		const ussr = story.actorById.get('ussr')!;
		// North Korea has five relations, the Soviet Union one; both are countries.
		expect(nodeData(dprk).h).toBe(nodeData(ussr).h);
		expect(nodeData(story.actorById.get('putin')!).h).toBeLessThan(nodeData(dprk).h);
	});

	it('places actors with a fixed position where the dataset says', () => {
		const unsc = toElements(miniStory()).find((e) => e.data.id === 'unsc');
		expect(unsc?.position).toEqual({ x: 400, y: -300 });
		const given = toElements(miniStory(), new Map([['russia', { x: 1, y: 2 }]]));
		expect(given.find((e) => e.data.id === 'russia')?.position).toEqual({ x: 1, y: 2 });
	});
});

describe('labels', () => {
	it.each([
		[{ name: 'North Korea', shortName: 'DPRK', kind: 'country' as const }, 'North Korea'],
		[
			{
				name: 'North Atlantic Treaty Organization',
				shortName: 'NATO',
				kind: 'organization' as const
			},
			'NATO'
		],
		[{ name: 'Vladimir Putin', shortName: 'Putin', kind: 'person' as const }, 'Putin'],
		[{ name: 'Kim Jong Un', kind: 'person' as const }, 'Kim Jong Un']
	])('nodeLabel(%o) is %s', (actor, label) => {
		expect(nodeLabel(actor)).toBe(label);
	});

	it('makes a country wide enough for its name', () => {
		const story = miniStory();
		expect(nodeData(story.actorById.get('dprk')!).w).toBeGreaterThan(
			nodeData(story.actorById.get('russia')!).w
		);
	});
});

describe('edge ids', () => {
	it('edgeId and relationIdOf are inverses, and actor ids are not edge ids', () => {
		expect(relationIdOf(edgeId('treaty-2024'))).toBe('treaty-2024');
		expect(relationIdOf('russia')).toBeNull();
	});
});

describe('labels in either direction', () => {
	it('are their own paragraph on a right-to-left page, or when they hold right-to-left letters', () => {
		expect(isolatedLabel('U.S.', 'ltr')).toBe('U.S.');
		expect(isolatedLabel('U.S.', 'rtl')).toBe('\u2068U.S.\u2069');
		expect(isolatedLabel('الأمم المتحدة (UN)', 'ltr')).toBe('\u2068الأمم المتحدة (UN)\u2069');
		expect(labelWidth(isolatedLabel('Russia', 'rtl'))).toBe(labelWidth('Russia'));
	});

	it('toElements isolates node labels for a right-to-left page only', () => {
		const label = (direction?: 'ltr' | 'rtl') =>
			toElements(miniStory(), undefined, direction).find((e) => e.data.id === 'russia')?.data.label;
		expect(label()).toBe('Russia');
		expect(label('rtl')).toBe('\u2068Russia\u2069');
	});
});
