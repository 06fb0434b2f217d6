/**
 * The graph in words: its summary, tooltips, what keyboard focus announces, and what changed
 * when the moment crossed events. Plain functions of the story.
 */
import { formatDay, formatPartialDate } from '../model/dates';
import type { Story, TimedEvent, TimedRelation } from '../model/load';
import { changesAt, refDate } from '../model/slice';
import { relationKind } from '../model/kinds';
import { ACTOR_NAME } from '../model/vocabulary';
import type { Scene } from './scene';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "19 June 2024: 12 actors, 9 relations" */
export function summaryText(scene: Scene, locale?: string): string {
	return `${formatDay(scene.t, locale)}: ${plural(scene.actors, 'actor')}, ${plural(scene.relations, 'relation')}`;
}

export function actorName(story: Story, id: string): string {
	return story.actorById.get(id)?.name ?? id;
}

/** "Russia is a partner of North Korea" */
export function relationPhrase(story: Story, r: TimedRelation): string {
	return `${actorName(story, r.from)} ${relationKind(story, r.kind).verb} ${actorName(story, r.to)}`;
}

/** "since 19 June 2024", "1961 – 26 December 1991" */
export function intervalText(story: Story, r: TimedRelation, locale?: string): string {
	const since = refDate(story, r.since);
	const until = refDate(story, r.until);
	const from = since ? formatPartialDate(since, locale) : r.since;
	return until ? `${from} – ${formatPartialDate(until, locale)}` : `since ${from}`;
}

/** A node's tooltip and focus text: "Vladimir Putin, person, President of Russia". */
export function actorText(story: Story, id: string, inactive = false): string {
	const actor = story.actorById.get(id);
	if (!actor) return id;
	const parts = [actor.name, ACTOR_NAME[actor.kind]];
	if (actor.role) parts.push(actor.role);
	if (inactive) parts.push('no longer active');
	return parts.join(', ');
}

/**
 * What keyboard focus on a node announces: "Russia, country. 6 relations in force. Enter selects."
 */
export function focusText(story: Story, scene: Scene, id: string): string {
	let n = 0;
	for (const [key, state] of scene.states) {
		if (state !== 'on' && state !== 'new') continue;
		const r = story.relationById.get(key.startsWith('rel:') ? key.slice(4) : '');
		if (r && (r.from === id || r.to === id)) n++;
	}
	const inactive = scene.states.get(id) === 'faded';
	return `${actorText(story, id, inactive)}. ${plural(n, 'relation')} in force. Enter selects.`;
}

/** An edge's tooltip: "Russia is a partner of North Korea (partnership), since 19 June 2024". */
export function relationText(
	story: Story,
	relationId: string,
	mark?: string,
	locale?: string
): string {
	const r = story.relationById.get(relationId);
	if (!r) return relationId;
	const label = r.label ? `: ${r.label}` : '';
	const prefix = mark ? `${mark}: ` : '';
	return `${prefix}${relationPhrase(story, r)} (${relationKind(story, r.kind).label}${label}), ${intervalText(story, r, locale)}`;
}

/** The events whose first day the moment passed going from `from` to `to`, in the order passed. */
export function eventsCrossed(story: Story, from: number, to: number): TimedEvent[] {
	if (to > from) return story.events.filter((e) => e.start > from && e.start <= to);
	if (to < from) return story.events.filter((e) => e.start > to && e.start <= from).reverse();
	return [];
}

/**
 * What a polite live region says when the moment moves across events, e.g. "19 June 2024: Treaty
 * … signed — started: Russia is a partner of North Korea". Empty when no event was crossed.
 */
export function changeAnnouncement(
	story: Story,
	from: number,
	to: number,
	limit = 3,
	locale?: string
): string {
	const crossed = eventsCrossed(story, from, to);
	if (crossed.length === 0) return '';
	const forward = to > from;
	const parts = crossed.slice(0, limit).map((event) => {
		if (!forward) return `back before ${event.title}`;
		const { started, ended } = changesAt(story, event.id);
		let text = event.title;
		if (started.length > 0)
			text += ` — started: ${started.map((r) => relationPhrase(story, r)).join('; ')}`;
		if (ended.length > 0)
			text += ` — ended: ${ended.map((r) => relationPhrase(story, r)).join('; ')}`;
		return text;
	});
	const more = crossed.length - limit;
	if (more > 0) parts.push(`and ${plural(more, 'more event')}`);
	return `${formatDay(to, locale)}: ${parts.join('. ')}`;
}
