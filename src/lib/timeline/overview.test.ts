import { describe, expect, it } from 'vitest';
import { histogram } from './overview';

describe('histogram', () => {
	it.each([
		[[], 10, ''],
		[[1, 1, 9], 10, 'M0,32v-26.0h1.6v26.0zM8,32v-18.4h1.6v18.4z'],
		[[5], 10, 'M4,32v-26.0h1.6v26.0z'],
		[[-1, 13, 30], 10, ''],
		[[1], 0, '']
	])('histogram(%o, %d, 34) is %s', (xs, width, d) => {
		expect(histogram(xs, width, 34)).toBe(d);
	});

	it('keeps a lone event visible (at least 2 px) beside a hundred', () => {
		const d = histogram([...Array(100).fill(1), 9], 10, 34);
		expect(d).toContain('M8,32v-2.6h1.6v2.6z');
	});
});
