/**
 * The kinds of actors, events and relations, and the id pattern: plain constants without zod, so
 * that the views can use them without loading the validator. schema.ts builds the format on them.
 */

/** Ids start with a letter so that they can never be mistaken for a date. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export const ACTOR_KINDS = ['country', 'person', 'organization'] as const;
export const EVENT_KINDS = [
	'founding',
	'visit',
	'summit',
	'treaty',
	'agreement',
	'vote',
	'veto',
	'statement',
	'war',
	'military',
	'sanctions',
	'election',
	'membership',
	'other'
] as const;
export const RELATION_KINDS = [
	'alliance',
	'partnership',
	'support',
	'war',
	'opposition',
	'sanctions',
	'membership',
	'leads'
] as const;
/** Kinds drawn with an arrow unless a relation says otherwise. */
export const DIRECTED_BY_DEFAULT: ReadonlySet<RelationKind> = new Set([
	'support',
	'sanctions',
	'membership',
	'leads'
]);

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
