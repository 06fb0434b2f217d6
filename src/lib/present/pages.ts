/**
 * Present mode's card pages. A step whose text is longer than the card is read page by page, and
 * a page never ends in a half-cut block: the next page starts at the first block that did not fit
 * whole, and the part of it that did fit is hidden. Only a block taller than the card itself is
 * cut, at page stride, keeping `overlap` pixels so a line cut at the bottom is read whole next.
 */

/** A block of the card (a paragraph, a heading), from its top to its bottom, in card pixels. */
export interface Block {
	readonly top: number;
	readonly bottom: number;
}

/** Where each page starts (card pixels, the first is 0) for a card `height` pixels tall. */
export function pageStarts(blocks: readonly Block[], height: number, overlap: number): number[] {
	const starts = [0];
	if (height <= 0) return starts;
	let top = 0;
	for (const block of blocks) {
		while (block.bottom - top > height + 0.5) {
			// The block does not end on this page: the next starts at its top, or, for a block
			// taller than a page (which no page could show whole), one page further into it.
			const whole = block.bottom - block.top <= height && block.top > top + 0.5;
			top = whole ? block.top : top + Math.max(1, height - overlap);
			starts.push(top);
		}
	}
	return starts;
}

/**
 * How many pixels of the card to show on the page starting at `start`: up to the top of the first
 * block that does not fit whole (the whole card when every block on it fits, or when the block
 * cut is taller than a page and so is read by stride).
 */
export function visibleHeight(blocks: readonly Block[], start: number, height: number): number {
	const end = start + height;
	for (const block of blocks) {
		const fitsAPage = block.bottom - block.top <= height;
		if (fitsAPage && block.bottom > end + 0.5 && block.top < end && block.top > start + 0.5) {
			return block.top - start;
		}
	}
	return height;
}
