import { describe, expect, it } from 'vitest';
import { wrapText } from './svg';

describe('wrapText', () => {
	it('keeps every word, in order, on lines no longer than the width allows', () => {
		const text = 'Russia and North Korea: from patron to mutual-defence pact · Made with Entente';
		const lines = wrapText(text, 200, 10);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
		expect(lines.length).toBeGreaterThan(1);
	});

	it('leaves a short text on one line, and a word longer than a line on a line of its own', () => {
		expect(wrapText('Made with Entente', 400, 7)).toEqual(['Made with Entente']);
		expect(wrapText('a supercalifragilistic b', 80, 10)).toEqual([
			'a',
			'supercalifragilistic',
			'b'
		]);
	});
});
