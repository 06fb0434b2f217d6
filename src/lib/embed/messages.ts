/**
 * Messages between an embed and its host page. Plain functions, tested without a browser.
 */
import { parseDay } from '../model/dates';
import { ID_PATTERN } from '../model/constants';

/** What a host page may ask of an embed: `{ type: 'entente:show', moment?, event? }`. */
export interface ShowRequest {
	/** A day, UTC ms. */
	readonly moment?: number;
	readonly event?: string;
}

const SHOW_KEYS = new Set(['type', 'moment', 'event']);

/** Reads a scrollytelling request; anything of another shape is null and must be ignored. */
export function parseShowMessage(data: unknown): ShowRequest | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const record = data as Record<string, unknown>;
	if (record.type !== 'entente:show') return null;
	if (Object.keys(record).some((key) => !SHOW_KEYS.has(key))) return null;
	const request: { moment?: number; event?: string } = {};
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
	return request.moment === undefined && request.event === undefined ? null : request;
}

/** The two forms of the height report: Entente's own and AMP's `embed-size`. */
export function heightMessages(height: number, id: string | null) {
	return [
		{ type: 'entente:height', height, id },
		{ sentinel: 'amp', type: 'embed-size', height }
	] as const;
}
