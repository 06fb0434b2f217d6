/** Keyboard movement between nodes: to the nearest node in an arrow's direction. */
import type { Point } from './layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTION: Readonly<Record<string, Direction>> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

/**
 * The id of the node nearest to `from` in a direction (screen coordinates: y grows downwards), or
 * null when there is none that way. Nodes within 45° of the direction come first; among them, and
 * then among the rest of the half-plane, the distance along counts once and the distance across
 * twice, so that "right" prefers the node straight to the right over a nearer one far above.
 */
export function nearestInDirection(
	from: Point,
	candidates: readonly (Point & { readonly id: string })[],
	direction: Direction
): string | null {
	let best: string | null = null;
	let bestScore = Infinity;
	for (const c of candidates) {
		const dx = c.x - from.x;
		const dy = c.y - from.y;
		const along =
			direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
		const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
		if (along <= 0.5) continue;
		const outside = across > along ? 1e6 : 0;
		const score = outside + along + 2 * across;
		if (score < bestScore || (score === bestScore && best !== null && c.id < best)) {
			best = c.id;
			bestScore = score;
		}
	}
	return best;
}

/** Where keyboard focus starts: the node nearest the centre of the given points. */
export function nearestTo(
	point: Point,
	candidates: readonly (Point & { readonly id: string })[]
): string | null {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = Math.hypot(c.x - point.x, c.y - point.y);
		if (d < bestDistance) {
			best = c.id;
			bestDistance = d;
		}
	}
	return best;
}
