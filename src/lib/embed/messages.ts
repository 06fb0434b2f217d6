/**
 * Messages between an embed and its host page. Plain functions, tested without a browser.
 */
import { parseDay } from '../model/dates';
import { ID_PATTERN } from '../model/constants';

/**
 * What a host page may ask of an embed: `{ type: 'entente:show', moment?, event?, step? }`. A
 * step (1 for the first, as in `?step=1`) wins over an event, an event over a moment.
 */
export interface ShowRequest {
	/** A day, UTC ms. */
	readonly moment?: number;
	readonly event?: string;
	/** The step of the guided story, 0-based. */
	readonly step?: number;
}

const SHOW_KEYS = new Set(['type', 'moment', 'event', 'step']);
/** The largest step a message may name (as `?step=` allows). */
const MAX_STEP = 99_999;

/** Reads a scrollytelling request; anything of another shape is null and must be ignored. */
export function parseShowMessage(data: unknown): ShowRequest | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const record = data as Record<string, unknown>;
	if (record.type !== 'entente:show') return null;
	if (Object.keys(record).some((key) => !SHOW_KEYS.has(key))) return null;
	const request: { moment?: number; event?: string; step?: number } = {};
	if (record.moment !== undefined) {
		if (typeof record.moment !== 'string') return null;
		const day = parseDay(record.moment);
		if (day === null) return null;
		request.moment = day;
	}
	if (record.event !== undefined) {
		if (typeof record.event !== 'string' || !ID_PATTERN.test(record.event)) return null;
		request.event = record.event;
	}
	if (record.step !== undefined) {
		const step = record.step;
		if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > MAX_STEP)
			return null;
		request.step = step - 1;
	}
	return request.moment === undefined && request.event === undefined && request.step === undefined
		? null
		: request;
}

/** The two forms of the height report: Entente's own and AMP's `embed-size`. */
export function heightMessages(height: number, id: string | null) {
	return [
		{ type: 'entente:height', height, id },
		{ sentinel: 'amp', type: 'embed-size', height }
	] as const;
}
