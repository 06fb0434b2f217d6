/**
 * The graph in words: its summary, tooltips, what keyboard focus announces, and what changed
 * when the moment crossed events. Plain functions of the story.
 */
import { t, tn } from '../i18n/i18n';
import { formatDay, formatPartialDate } from '../model/dates';
import type { Story, TimedEvent, TimedRelation } from '../model/load';
import { changesAt, refDate } from '../model/slice';
import { relationKind } from '../model/kinds';
import { RELATION_KINDS } from '../model/constants';
import type { RelationKind } from '../model/schema';
import { ACTOR_NAME, relationSentence } from '../model/vocabulary';
import type { Scene } from './scene';

/** "19 June 2024: 12 actors, 9 relations" */
export function summaryText(scene: Scene, locale?: string): string {
	return t('{date}: {actors}, {relations}', {
		date: formatDay(scene.t, locale),
		actors: tn(scene.actors, '{n} actor', '{n} actors'),
		relations: tn(scene.relations, '{n} relation', '{n} relations')
	});
}

export function actorName(story: Story, id: string): string {
	return story.actorById.get(id)?.name ?? id;
}

const isRelationKind = (id: string): id is RelationKind =>
	(RELATION_KINDS as readonly string[]).includes(id);

/** "Russia is a partner of North Korea" */
export function relationPhrase(story: Story, r: TimedRelation): string {
	const kind = relationKind(story, r.kind);
	const from = actorName(story, r.from);
	const to = actorName(story, r.to);
	// A built-in kind has a sentence of its own in each language; a declared kind, its author's verb.
	return kind.builtIn && isRelationKind(kind.id)
		? relationSentence(kind.id, from, to)
		: t('{from} {verb} {to}', { from, verb: kind.verb, to });
}

/** "since 19 June 2024", "1961 – 26 December 1991" */
export function intervalText(story: Story, r: TimedRelation, locale?: string): string {
	const since = refDate(story, r.since);
	const until = refDate(story, r.until);
	const from = since ? formatPartialDate(since, locale) : r.since;
	return until
		? t('{from} – {until}', { from, until: formatPartialDate(until, locale) })
		: t('since {date}', { date: from });
}

/** A node's tooltip and focus text: "Vladimir Putin, person, President of Russia". */
export function actorText(story: Story, id: string, inactive = false): string {
	const actor = story.actorById.get(id);
	if (!actor) return id;
	const params = { name: actor.name, kind: ACTOR_NAME[actor.kind], role: actor.role ?? '' };
	if (actor.role) {
		return inactive
			? t('{name}, {kind}, {role}, no longer active', params)
			: t('{name}, {kind}, {role}', params);
	}
	return inactive ? t('{name}, {kind}, no longer active', params) : t('{name}, {kind}', params);
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
	return tn(
		n,
		'{actor}. {n} relation in force. Enter selects.',
		'{actor}. {n} relations in force. Enter selects.',
		{ actor: actorText(story, id, inactive) }
	);
}

/** The marks a relation's tooltip may start with, by their English words. */
export type RelationMark = 'New' | 'Just ended' | 'Ended';

/** An edge's tooltip: "Russia is a partner of North Korea (partnership), since 19 June 2024". */
export function relationText(
	story: Story,
	relationId: string,
	mark?: RelationMark,
	locale?: string
): string {
	const r = story.relationById.get(relationId);
	if (!r) return relationId;
	const params = {
		relation: relationPhrase(story, r),
		kind: relationKind(story, r.kind).label,
		label: r.label ?? '',
		interval: intervalText(story, r, locale)
	};
	const text = r.label
		? t('{relation} ({kind}: {label}), {interval}', params)
		: t('{relation} ({kind}), {interval}', params);
	switch (mark) {
		case 'New':
			return t('New: {relation}', { relation: text });
		case 'Just ended':
			return t('Just ended: {relation}', { relation: text });
		case 'Ended':
			return t('Ended: {relation}', { relation: text });
		default:
			return text;
	}
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
		if (!forward) return t('back before {event}', { event: event.title });
		const changes = changesAt(story, event.id);
		const phrases = (relations: readonly TimedRelation[]) =>
			relations.map((r) => relationPhrase(story, r)).join('; ');
		const params = {
			event: event.title,
			started: phrases(changes.started),
			ended: phrases(changes.ended)
		};
		if (changes.started.length > 0 && changes.ended.length > 0)
			return t('{event} — started: {started} — ended: {ended}', params);
		if (changes.started.length > 0) return t('{event} — started: {started}', params);
		if (changes.ended.length > 0) return t('{event} — ended: {ended}', params);
		return event.title;
	});
	const more = crossed.length - limit;
	if (more > 0) parts.push(tn(more, 'and {n} more event', 'and {n} more events'));
	return t('{date}: {changes}', { date: formatDay(to, locale), changes: parts.join('. ') });
}
