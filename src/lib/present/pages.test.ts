import { describe, expect, it } from 'vitest';
import { pageStarts, visibleHeight, type Block } from './pages';

const blocks = (...spans: [number, number][]): Block[] =>
	spans.map(([top, bottom]) => ({ top, bottom }));

describe('present card pages', () => {
	it.each([
		{ name: 'everything fits: one page', b: blocks([0, 40], [50, 300]), h: 400, starts: [0] },
		{
			name: 'a block cut at the bottom starts the next page',
			b: blocks([0, 40], [50, 300], [310, 380], [390, 430]),
			h: 350,
			starts: [0, 310]
		},
		{
			name: 'several pages, each starting at a block',
			b: blocks([0, 200], [210, 400], [410, 600]),
			h: 250,
			starts: [0, 210, 410]
		},
		{
			name: 'a block taller than the card is read by page stride, less the overlap',
			b: blocks([0, 40], [50, 700], [710, 760]),
			h: 300,
			starts: [0, 252, 504]
		},
		{ name: 'no room: one page', b: blocks([0, 100]), h: 0, starts: [0] }
	])('$name', ({ b, h, starts }) => {
		expect(pageStarts(b, h, 48)).toEqual(starts);
	});

	it('every page shows only whole blocks, except a block taller than the card', () => {
		const b = blocks([0, 40], [50, 300], [310, 380], [390, 430]);
		// Page 1 (0–350): the block at 310–380 would be cut, so the page shows 0–310.
		expect(visibleHeight(b, 0, 350)).toBe(310);
		// Page 2 starts at 310: both remaining blocks fit.
		expect(visibleHeight(b, 310, 350)).toBe(350);
		// A page that starts inside a tall block shows the whole card.
		expect(visibleHeight(blocks([0, 900]), 252, 300)).toBe(300);
		// A block taller than the card is shown as far as it goes, and read on by stride.
		expect(visibleHeight(blocks([0, 40], [50, 700]), 0, 300)).toBe(300);
	});
});
