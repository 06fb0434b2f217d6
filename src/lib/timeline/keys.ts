/**
 * The timeline moment slider's keys: arrows step a day, Page Up and Page Down a month, Home and
 * End go to the first and the last event. No DOM: unit-tested.
 */
import { utcDay } from './utc';

/** `t` moved by `n` months, to the same day of the month or that month's last (31 Jan → 29 Feb). */
function addMonths(t: number, n: number): number {
	const d = new Date(t);
	const [year, month] = [d.getUTCFullYear(), d.getUTCMonth() + n];
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay));
}

/** The moment a key leads to from `t` (UTC ms), or null to leave the key alone. */
export function momentStep(
	key: string,
	t: number,
	first: number | undefined,
	last: number | undefined
): number | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return utcDay.offset(new Date(t), 1).getTime();
		case 'ArrowLeft':
		case 'ArrowDown':
			return utcDay.offset(new Date(t), -1).getTime();
		case 'PageUp':
			return addMonths(t, 1);
		case 'PageDown':
			return addMonths(t, -1);
		case 'Home':
			return first ?? t;
		case 'End':
			return last ?? t;
		default:
			return null;
	}
}
