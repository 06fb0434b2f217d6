/**
 * Where the rows of a long list lie: the heights measured so far and an estimate for the rest, in
 * two typed arrays. A list of 46,000 rows is two arrays of numbers, not an object a row, and a
 * height that changes only makes the positions after it be added up again, as far as they are
 * asked for (the rows in view): taking in a long list costs the page no task of its own
 * (VirtualList.svelte).
 */
import { bisectRight } from 'd3-array';

/** Up to this many rows a list is simply listed; a longer one keeps only the rows in view. */
export const LONG_LIST = 200;

/**
 * Scrolls a list's own scroller (never the page) so that the row lying from `start` over `size`
 * px is in view, centred when it was not.
 */
export function scrollToShow(
	scroller: { scrollTop: number; readonly clientHeight: number },
	start: number,
	size: number
): void {
	const view = scroller.clientHeight;
	if (start >= scroller.scrollTop && start + size <= scroller.scrollTop + view) return;
	scroller.scrollTop = Math.max(0, start - (view - size) / 2);
}

export class RowPlaces {
	readonly count: number;
	readonly #sizes: Float64Array;
	/** Where each row ends; right for the rows before `#clean`. */
	readonly #ends: Float64Array;
	#clean = 0;
	#total: number;

	constructor(count: number, estimate: number) {
		this.count = count;
		this.#sizes = new Float64Array(count).fill(estimate);
		this.#ends = new Float64Array(count);
		this.#total = count * estimate;
	}

	/** Sets a row's height as drawn; whether it changed. */
	measure(index: number, size: number): boolean {
		if (!(index >= 0 && index < this.count) || this.#sizes[index] === size) return false;
		this.#total += size - this.#sizes[index]!;
		this.#sizes[index] = size;
		this.#clean = Math.min(this.#clean, index);
		return true;
	}

	size(index: number): number {
		return this.#sizes[index] ?? 0;
	}

	/** Where row `index` starts (0 for the first). */
	start(index: number): number {
		return index <= 0 ? 0 : this.#end(Math.min(index, this.count) - 1);
	}

	/** The height of the whole list. */
	get total(): number {
		return this.#total;
	}

	/** The row at `offset` from the top: the first or the last one beyond the list. */
	indexAt(offset: number): number {
		if (this.count === 0) return 0;
		// Added up only as far as the offset.
		while (
			this.#clean < this.count &&
			(this.#clean === 0 || this.#ends[this.#clean - 1]! <= offset)
		)
			this.#end(Math.min(this.count - 1, this.#clean + 63));
		// The first row that ends below the offset, or the last one.
		return Math.min(bisectRight(this.#ends, offset, 0, this.#clean), this.#clean - 1);
	}

	#end(index: number): number {
		if (index >= this.#clean) {
			let end = this.#clean > 0 ? this.#ends[this.#clean - 1]! : 0;
			for (let i = this.#clean; i <= index; i++) this.#ends[i] = end += this.#sizes[i]!;
			this.#clean = index + 1;
		}
		return this.#ends[index]!;
	}
}
