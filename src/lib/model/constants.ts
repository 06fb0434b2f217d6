/**
 * The kinds, limits and id pattern of the format: plain constants without zod, so that the views
 * can use them without loading the validator. schema.ts builds the format on them.
 */

/**
 * Ids start with a letter so that they can never be mistaken for a date. Letters and digits are
 * those of any script (`niinistö`, `日本`, `москва`); marks that combine with a letter are kept.
 */
export const ID_PATTERN = /^\p{L}[\p{L}\p{M}\p{N}_-]*$/u;

/** The form of a BCP 47 language tag (`fr`, `pt-BR`); `Intl.getCanonicalLocales` checks the rest. */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The limits of the format, in characters; docs/data-format.md lists them. */
export const LIMITS = {
	id: 120,
	title: 200,
	name: 200,
	shortName: 40,
	summary: 4000,
	description: 2000,
	quote: 1000,
	kindLabel: 60
} as const;

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
export const LINE_PATTERNS = [
	'solid',
	'dashed',
	'dotted',
	'dashdot',
	'longdash',
	'dashdotdot'
] as const;

/**
 * The timeline's mark shapes: those the built-in event kinds use, then four that only declared
 * kinds get (each one no built-in kind has), unless their author picks a shape.
 */
export const MARK_SHAPES = [
	'square',
	'circle',
	'triangle',
	'diamond',
	'star',
	'small-circle',
	'hexagon',
	'triangle-down',
	'sparkle',
	'pentagon'
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
export type LinePattern = (typeof LINE_PATTERNS)[number];
export type MarkShape = (typeof MARK_SHAPES)[number];
