/** The keys a presentation clicker sends, and what they do. */
export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * What a key does in present mode, or null to leave the key alone. The left and right arrows
 * follow the reading direction: in a right-to-left page (Arabic) the next step is to the left,
 * so ArrowLeft goes forward and ArrowRight back; every other key does the same in both.
 */
export function stepFor(
	event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
	direction: 'ltr' | 'rtl' = 'ltr'
): Step | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const key =
		direction === 'rtl' && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
			? event.key === 'ArrowLeft'
				? 'ArrowRight'
				: 'ArrowLeft'
			: event.key;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case 'n':
		case 'N':
			return 'next';
		case ' ':
			return event.shiftKey ? 'previous' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
		case 'p':
		case 'P':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/**
 * The keys that step forward and back in present mode, as `aria-keyshortcuts` names them: the
 * arrow that points the reading direction's way goes forward.
 */
export function stepShortcuts(direction: 'ltr' | 'rtl'): Record<'next' | 'previous', string> {
	const [forward, back] =
		direction === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
	return { next: `${forward} PageDown`, previous: `${back} PageUp` };
}

/**
 * What a key does in a list of events drawn left to right (the timeline's marks): arrows step,
 * Home and End jump; Space and Enter are left to the list (they select).
 */
export function listStepFor(key: string): Step | null {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return null;
	}
}

/** The index a step leads to among `count` events, from `index` (-1: none shown yet). */
export function stepIndex(step: Step, index: number, count: number): number {
	if (count === 0) return -1;
	switch (step) {
		case 'next':
			return Math.min(count - 1, index + 1);
		case 'previous':
			return Math.max(0, index - 1);
		case 'first':
			return 0;
		case 'last':
			return count - 1;
	}
}

/** What else a key does in present mode: blank the screen, toggle fullscreen, leave. */
export type PresentCommand = 'blank' | 'fullscreen' | 'leave';

/**
 * The keys of present mode beyond stepping: `B` and `.` (what clickers send for "black screen")
 * blank it, `F` toggles fullscreen, Escape leaves to explore mode.
 */
export function commandFor(
	event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>
): PresentCommand | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	switch (event.key) {
		case 'b':
		case 'B':
		case '.':
			return 'blank';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'Escape':
			return 'leave';
		default:
			return null;
	}
}
