/**
 * Label placement in lanes above the marks. The most important labels claim room first; a label
 * that finds no free lane is hidden (its event stays reachable by hover and focus). No two placed
 * labels intersect, and no leader line (from a label down to its mark) crosses another label.
 * No DOM: property-tested.
 */

export interface LabelRequest {
	readonly id: string;
	/** The mark's centre on screen. */
	readonly x: number;
	/** The label's text width, px. */
	readonly width: number;
	/** Higher wins. Ties go to the earlier (left) mark. */
	readonly priority: number;
}

export interface PlacedLabel {
	readonly id: string;
	/** 0 is the lane nearest the marks. */
	readonly lane: number;
	readonly left: number;
	readonly right: number;
	/** Where the leader line drops to the mark: the label's left or right end. */
	readonly anchor: 'start' | 'end';
	readonly x: number;
}

export interface LaneOptions {
	readonly lanes: number;
	/** The plot's width: labels stay inside `[0, width]`. */
	readonly width: number;
	/** Space kept between two labels in a lane, px. */
	readonly gap?: number;
	/** How far a label starts before (or ends after) its mark's centre, px. */
	readonly inset?: number;
}

interface Occupied {
	readonly left: number;
	readonly right: number;
}

/** Places labels; returns the placed ones, keyed by id. */
export function placeLabels(
	requests: readonly LabelRequest[],
	options: LaneOptions
): Map<string, PlacedLabel> {
	const gap = options.gap ?? 8;
	const inset = options.inset ?? 4;
	const lanes: Occupied[][] = Array.from({ length: options.lanes }, () => []);
	// Leader lines pass through the lanes below their label: other labels must keep clear.
	const leaders: Occupied[][] = Array.from({ length: options.lanes }, () => []);
	const placed = new Map<string, PlacedLabel>();

	const free = (lane: number, left: number, right: number): boolean =>
		lanes[lane]!.every((o) => right + gap <= o.left || left >= o.right + gap) &&
		leaders[lane]!.every((o) => right + 2 <= o.left || left >= o.right + 2);
	const leaderFree = (lane: number, x: number): boolean => {
		for (let l = 0; l < lane; l++) {
			if (!lanes[l]!.every((o) => x + 2 <= o.left || x - 2 >= o.right)) return false;
		}
		return true;
	};

	const done = new Set<string>();
	// Where the marks still waiting for a label are: a label that covers them leaves their leader
	// lines nowhere to go below it. Each counts by its priority (twice as much per step), so that
	// the important labels still to come keep their room: beside a key label, the next one takes
	// the lane above and ends at its mark, stepping up like a staircase.
	const weightOf = (r: LabelRequest) => Math.pow(2, Math.min(30, r.priority));
	const waitingUnder = (left: number, right: number, self: LabelRequest): number => {
		let n = 0;
		for (const r of requests) {
			if (r !== self && !done.has(r.id) && r.x >= left && r.x < right) n += weightOf(r);
		}
		return n;
	};
	// The waiting marks whose labels a leader line at `x` may stand in the way of.
	const waitingNear = (self: LabelRequest): number => {
		let n = 0;
		for (const r of requests) {
			if (r !== self && !done.has(r.id) && Math.abs(r.x - self.x) < r.width) n += weightOf(r);
		}
		return n;
	};
	const order = [...requests].sort((p, q) => q.priority - p.priority || p.x - q.x);
	for (const request of order) {
		if (placed.has(request.id)) continue;
		const candidates: { left: number; right: number; anchor: 'start' | 'end' }[] = [
			{ left: request.x - inset, right: request.x - inset + request.width, anchor: 'start' },
			{ left: request.x + inset - request.width, right: request.x + inset, anchor: 'end' }
		];
		let best: (PlacedLabel & { cost: number }) | null = null;
		const near = waitingNear(request);
		for (let lane = 0; lane < options.lanes; lane++) {
			if (!leaderFree(lane, request.x)) continue;
			for (const c of candidates) {
				if (c.left < 0 || c.right > options.width || !free(lane, c.left, c.right)) continue;
				// A waiting mark under a label in lane L can only take lanes below L.
				// A waiting mark under a label in lane L can only take lanes below L; a leader from
				// lane L crosses the lanes below it.
				const under = waitingUnder(c.left, c.right, request);
				const cost = (under * (options.lanes - lane) + near * lane) * 10 + lane;
				if (!best || cost < best.cost) best = { id: request.id, lane, ...c, x: request.x, cost };
			}
		}
		done.add(request.id);
		if (!best) continue;
		const { cost: _, ...label } = best;
		lanes[label.lane]!.push({ left: label.left, right: label.right });
		for (let l = 0; l < label.lane; l++)
			leaders[l]!.push({ left: label.x - 1, right: label.x + 1 });
		placed.set(label.id, label);
	}
	return placed;
}

/** Whether two placed labels intersect (same lane, overlapping extents). */
export function intersects(p: PlacedLabel, q: PlacedLabel): boolean {
	return p.lane === q.lane && p.left < q.right && q.left < p.right;
}

/** What a label's event is to the reader now: selected, focused, of the chosen actor or not. */
export interface LabelState {
	readonly importance: number;
	readonly selected?: boolean;
	readonly focused?: boolean;
	/** The selected actor takes part in it (+), or an actor is selected and it is not (−). */
	readonly involved?: boolean;
	readonly dimmed?: boolean;
}

/** A label's priority: the event's importance, raised for what the reader is looking at. */
export function labelPriority(state: LabelState): number {
	let priority = state.importance;
	if (state.selected) priority += 100;
	else if (state.focused) priority += 50;
	if (state.involved) priority += 10;
	if (state.dimmed) priority -= 10;
	return priority;
}
