/** What a download is called and what it holds. Plain functions, no DOM. */
import { formatCsvRows } from '../model/csv-cell';
import { formatPartialDate, isoDay } from '../model/dates';
import type { Story } from '../model/load';
import type { DatasetInput } from '../model/schema';
import { graphAt, refDate } from '../model/slice';
import { relationKind } from '../model/kinds';

/** `russia-dprk-2024-06-19-graph.png`, whatever the story's id holds. */
export function exportName(story: Story, t: number, what: string, extension: string): string {
	return `${safeFileStem(story.data.id)}-${isoDay(t)}-${safeFileStem(what)}.${safeFileStem(extension)}`;
}

/** Names Windows keeps for devices, which no file may take. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A part of a file name that every system accepts: letters and digits of any script, `-` and
 * `_`; anything else (slashes, dots, controls, quotes, spaces) becomes `-`; at most 60 characters,
 * never empty, never a device name.
 */
export function safeFileStem(text: string): string {
	const stem = text
		.normalize('NFC')
		.replace(/[^\p{L}\p{N}_-]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-+|-+$/g, '');
	const short = Array.from(stem).slice(0, 60).join('').replace(/-+$/, '');
	if (short === '') return 'story';
	return DEVICE_NAMES.test(short) ? `${short}-file` : short;
}

/** The relations in force at `t` as CSV: the table on screen, with ids and ISO dates added. */
export function relationsCsv(story: Story, t: number): string {
	const name = (id: string) => story.actorById.get(id)?.name ?? id;
	const rows = graphAt(story, t).relations.map((r) => {
		const since = refDate(story, r.since);
		const until = refDate(story, r.until);
		return {
			id: r.id,
			from: name(r.from),
			relation: r.label ?? relationKind(story, r.kind).label,
			kind: r.kind,
			to: name(r.to),
			since: since ? formatPartialDate(since) : r.since,
			since_date: since?.text ?? '',
			until_date: until?.text ?? '',
			sources: r.sources.map((c) => story.sourceById.get(c.source)?.title ?? c.source).join('; ')
		};
	});
	const columns = [
		'id',
		'from',
		'relation',
		'kind',
		'to',
		'since',
		'since_date',
		'until_date',
		'sources'
	] as const;
	return formatCsvRows([columns, ...rows.map((row) => columns.map((c) => row[c]))]);
}

/** The dataset as authored (translations and all), pointing at the schema, as pretty JSON. */
export function datasetJson(story: Story): string {
	return dataText(story.original ?? story.data);
}

/** A dataset (or a draft of one) as pretty JSON pointing at the schema. */
export function dataText(data: DatasetInput): string {
	return JSON.stringify({ $schema: './schema.json', ...data }, null, '\t') + '\n';
}
