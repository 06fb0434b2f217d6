/**
 * The timeline moment slider's keys: arrows step a day, Page Up and Page Down a month, Home and
 * End go to the first and the last event. No DOM: unit-tested.
 */
import { utcDay, utcMonth } from './utc';

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
			return utcMonth.offset(new Date(t), 1).getTime();
		case 'PageDown':
			return utcMonth.offset(new Date(t), -1).getTime();
		case 'Home':
			return first ?? t;
		case 'End':
			return last ?? t;
		default:
			return null;
	}
}
