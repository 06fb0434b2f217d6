import { describe, expect, it } from 'vitest';
import { momentStep } from './keys';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const first = day('1945-02-04');
const last = day('2024-12-01');

describe('momentStep', () => {
	it.each([
		['ArrowRight', '2024-06-19', '2024-06-20'],
		['ArrowUp', '2024-06-30', '2024-07-01'],
		['ArrowLeft', '2024-03-01', '2024-02-29'],
		['ArrowDown', '2024-01-01', '2023-12-31'],
		['PageUp', '2024-12-15', '2025-01-15'],
		['PageDown', '2024-03-15', '2024-02-15'],
		// A month on from the 31st is that month's last day, never a day of the month after.
		['PageUp', '2024-01-31', '2024-02-29'],
		['PageUp', '2023-01-31', '2023-02-28'],
		['PageDown', '2024-03-31', '2024-02-29'],
		['PageUp', '2024-08-31', '2024-09-30'],
		['PageDown', '2024-01-31', '2023-12-31'],
		['Home', '2024-06-19', '1945-02-04'],
		['End', '2000-07-19', '2024-12-01']
	])('%s from %s leads to %s', (key, from, to) => {
		expect(momentStep(key, day(from), first, last)).toBe(day(to));
	});

	it('Home and End stay put in a story without events', () => {
		expect(momentStep('Home', day('2024-06-19'), undefined, undefined)).toBe(day('2024-06-19'));
		expect(momentStep('End', day('2024-06-19'), undefined, undefined)).toBe(day('2024-06-19'));
	});

	it.each(['Enter', ' ', 'a', 'Tab', '+'])('leaves %j alone', (key) => {
		expect(momentStep(key, day('2024-06-19'), first, last)).toBeNull();
	});
});
