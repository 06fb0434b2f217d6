/** What a download is called and what it holds. Plain functions, no DOM. */
import { csvFormat } from 'd3-dsv';
import { formatPartialDate, isoDay } from '../model/dates';
import type { Story } from '../model/load';
import { graphAt, refDate } from '../model/slice';
import { relationKind } from '../model/kinds';

/** `russia-dprk-2024-06-19-graph.png` */
export function exportName(story: Story, t: number, what: string, extension: string): string {
	return `${story.data.id}-${isoDay(t)}-${what}.${extension}`;
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
			since: since ? formatPartialDate(since, 'en-GB') : r.since,
			since_date: since?.text ?? '',
			until_date: until?.text ?? '',
			sources: r.sources.map((c) => story.sourceById.get(c.source)?.title ?? c.source).join('; ')
		};
	});
	return csvFormat(rows, [
		'id',
		'from',
		'relation',
		'kind',
		'to',
		'since',
		'since_date',
		'until_date',
		'sources'
	]);
}

/** The dataset as authored, pointing at the schema, as pretty JSON. */
export function datasetJson(story: Story): string {
	return JSON.stringify({ $schema: './schema.json', ...story.data }, null, '\t') + '\n';
}
