import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitSize, sizeOverLimit } from './sizes';

const MB = 1024 * 1024;
const number = (text: string) => Number.parseFloat(text);

describe('sizes in messages', () => {
	it('never show a size over a limit as equal to it or below it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 200 * MB }),
				fc.integer({ min: 1, max: 100 * MB }),
				(limit, over) => {
					const { size, limit: most } = sizeOverLimit(limit + over, limit);
					expect(number(size)).toBeGreaterThan(number(most));
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('say "20.1 MB; at most 20 MB" for a file a byte over 20 MB', () => {
		expect(sizeOverLimit(20 * MB + 1, 20 * MB)).toEqual({ size: '20.1 MB', limit: '20 MB' });
		expect(sizeOverLimit(20.04 * MB, 20 * MB)).toEqual({ size: '20.1 MB', limit: '20 MB' });
		expect(sizeOverLimit(7 * MB, 5 * MB)).toEqual({ size: '7.0 MB', limit: '5 MB' });
		expect(limitSize(5 * MB)).toBe('5 MB');
		expect(limitSize(1.5 * MB)).toBe('1.5 MB');
	});
});
