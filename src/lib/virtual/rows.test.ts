import { describe, expect, it } from 'vitest';
import { RowPlaces, scrollToShow } from './rows';

describe('RowPlaces', () => {
	it('places rows by the estimate until they are measured', () => {
		const rows = new RowPlaces(46_000, 24);
		expect(rows.total).toBe(46_000 * 24);
		expect(rows.start(0)).toBe(0);
		expect(rows.start(10)).toBe(240);
		expect(rows.indexAt(0)).toBe(0);
		expect(rows.indexAt(239)).toBe(9);
		expect(rows.indexAt(240)).toBe(10);
		expect(rows.indexAt(46_000 * 24 + 500)).toBe(45_999);
	});

	it('moves the rows after one measured, and only those', () => {
		const rows = new RowPlaces(1000, 20);
		expect(rows.start(500)).toBe(10_000);
		expect(rows.measure(3, 50)).toBe(true);
		expect(rows.measure(3, 50)).toBe(false);
		expect(rows.start(3)).toBe(60);
		expect(rows.start(4)).toBe(110);
		expect(rows.start(500)).toBe(10_030);
		expect(rows.total).toBe(20_030);
		expect(rows.indexAt(109)).toBe(3);
		expect(rows.indexAt(110)).toBe(4);
		expect(rows.measure(999, 0)).toBe(true);
		expect(rows.total).toBe(20_010);
		expect(rows.start(999)).toBe(20_010);
	});

	it('agrees with adding the heights up, whatever is measured in whatever order', () => {
		const rows = new RowPlaces(300, 17);
		const sizes = Array.from({ length: 300 }, () => 17);
		for (let k = 0; k < 200; k++) {
			const i = (k * 7919) % 300;
			sizes[i] = (k * 31) % 90;
			rows.measure(i, sizes[i]!);
			const at = (k * 104_729) % 6000;
			let end = 0;
			let expected = 299;
			for (let j = 0; j < 300; j++)
				if ((end += sizes[j]!) > at) {
					expected = j;
					break;
				}
			expect(rows.indexAt(at)).toBe(expected);
			expect(rows.start(i)).toBe(sizes.slice(0, i).reduce((a, b) => a + b, 0));
		}
		expect(rows.total).toBe(sizes.reduce((a, b) => a + b, 0));
	});

	it('has nothing to place in an empty list', () => {
		const rows = new RowPlaces(0, 24);
		expect(rows.total).toBe(0);
		expect(rows.indexAt(100)).toBe(0);
		expect(rows.start(0)).toBe(0);
	});

	it('scrolls a row into view, centred, only when it is not in view already', () => {
		const at = (scrollTop: number, start: number, size: number) => {
			const scroller = { scrollTop, clientHeight: 100 };
			scrollToShow(scroller, start, size);
			return scroller.scrollTop;
		};
		expect(at(0, 40, 20)).toBe(0); // in view: stays
		expect(at(0, 90, 20)).toBe(50); // cut at the bottom: centred
		expect(at(200, 150, 20)).toBe(110); // above the view: centred
		expect(at(300, 10, 20)).toBe(0); // near the top: never below 0
	});
});
