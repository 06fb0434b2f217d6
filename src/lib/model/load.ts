/**
 * Loading a dataset never throws: it returns the story, or every problem found, each located by
 * its JSON path and told in a sentence a dataset author understands. Three steps: the zod schema
 * (its issues in an author's words), the rules of rules.ts, and building the indexed story.
 */
import type { z } from 'zod';
import { t, tn } from '../i18n/i18n';
import {
	ActorSchema,
	DatasetSchema,
	EventSchema,
	EventKindSchema,
	RelationKindSchema,
	RelationSchema,
	SourceSchema,
	COLOUR_MESSAGE,
	DATE_MESSAGE,
	ID_MESSAGE,
	LANGUAGE_MESSAGE,
	STEP_MESSAGE,
	URL_MESSAGE,
	type Dataset
} from './schema';
import { dedupe, failed, neverThrows, type PathSegment, type Problem } from './problems';
import { checkRules } from './rules';
import { buildStory, type Story } from './story';

export type { PathSegment, Problem } from './problems';
export { formatLocation, formatPath, formatProblem } from './problems';
export type { Story, TimedActor, TimedEvent, TimedRelation } from './story';

export type LoadResult =
	| { readonly ok: true; readonly story: Story; readonly warnings: readonly Problem[] }
	| {
			readonly ok: false;
			readonly errors: readonly Problem[];
			readonly warnings: readonly Problem[];
	  };

/** Validates and indexes a parsed JSON value. Never throws. */
export function loadDataset(input: unknown): LoadResult {
	// A bug of ours must not cost the user their story: it comes back as a problem instead.
	return neverThrows(
		() => load(input),
		(problem) => failed([problem])
	);
}

function load(input: unknown): LoadResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return failed([
			{
				severity: 'error',
				path: [],
				message: t(
					'must be a JSON object with "title", "actors", "events", "relations" and "sources", not {value}',
					{ value: describeType(input) }
				)
			}
		]);
	}
	const raw = input as Record<string, unknown>;
	const parsed = DatasetSchema.safeParse(input, { reportInput: true });
	const schemaErrors = parsed.success ? [] : parsed.error.issues.map(issueToProblem);
	const data = parsed.success ? parsed.data : salvage(raw);
	const found = checkRules(data, raw, schemaErrors.length);
	const errors = [...schemaErrors, ...found.filter((p) => p.severity === 'error')];
	const warnings = found.filter((p) => p.severity === 'warning');
	if (errors.length > 0) return failed(dedupe(errors), warnings);
	return { ok: true, story: buildStory(data), warnings };
}

/** The items of each list that are valid on their own, so that the rules can still run. */
function salvage(raw: Record<string, unknown>): Dataset {
	const valid = (schema: z.ZodType, items: unknown) =>
		(Array.isArray(items) ? items : []).map((item: unknown) => {
			const result = schema.safeParse(item);
			return result.success ? result.data : null;
		});
	const kinds = raw.kinds as { relations?: unknown; events?: unknown } | undefined;
	return {
		id: 'story',
		title: typeof raw.title === 'string' ? raw.title : 'Untitled',
		sources: valid(SourceSchema, raw.sources),
		actors: valid(ActorSchema, raw.actors),
		events: valid(EventSchema, raw.events),
		relations: valid(RelationSchema, raw.relations),
		kinds: {
			relations: valid(RelationKindSchema, kinds?.relations),
			events: valid(EventKindSchema, kinds?.events)
		}
	} as Dataset;
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return t('a list');
	if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
	if (typeof value === 'number') return t('the number {n}', { n: String(value) });
	if (typeof value === 'boolean') return `${value}`;
	if (value === undefined) return t('nothing');
	if (typeof value === 'object') return t('an object');
	return t('a {type}', { type: typeof value });
}

/** What a field must be, in an author's words. */
function expectedName(expected: string): string {
	switch (expected) {
		case 'string':
			return t('text');
		case 'number':
			return t('a number');
		case 'int':
			return t('a whole number');
		case 'boolean':
			return t('true or false');
		case 'array':
			return t('a list');
		case 'object':
			return t('an object');
		default:
			return expected;
	}
}

/**
 * The schema's own messages (schema.ts), which zod writes when the schema is made, before any
 * catalogue has loaded: each as a whole sentence about the value, in the reader's words.
 */
function schemaMessage(message: string, value: string | null): string {
	switch (message) {
		case ID_MESSAGE:
			return value === null
				? t('must start with a letter and use only letters (of any alphabet), digits, "-" and "_"')
				: t(
						'{value} must start with a letter and use only letters (of any alphabet), digits, "-" and "_"',
						{ value }
					);
		case DATE_MESSAGE:
			return value === null
				? t(
						'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for "circa"'
					)
				: t(
						'{value} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for "circa"',
						{ value }
					);
		case URL_MESSAGE:
			return value === null
				? t('must be a web address starting with http:// or https://')
				: t('{value} must be a web address starting with http:// or https://', { value });
		case COLOUR_MESSAGE:
			return value === null
				? t('must be a colour written #rrggbb')
				: t('{value} must be a colour written #rrggbb', { value });
		case STEP_MESSAGE:
			return t('a step needs an event or a moment: write one of them');
		case LANGUAGE_MESSAGE:
			return value === null
				? t('must be a language tag (BCP 47) such as "fr" or "pt-BR"')
				: t('{value} must be a language tag (BCP 47) such as "fr" or "pt-BR"', { value });
		default:
			return value === null || !message.startsWith('must') ? message : `${value} ${message}`;
	}
}

/** A zod issue in an author's words. */
function issueToProblem(issue: z.core.$ZodIssue): Problem {
	const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
	// `reportInput` puts the offending value on the issue (absent: the field is missing).
	const value = issue.input;
	let message: string;
	switch (issue.code) {
		case 'invalid_type':
			message =
				value === undefined
					? t('is required but missing')
					: t('must be {expected}, not {value}', {
							expected: expectedName(issue.expected),
							value: describeType(value)
						});
			break;
		case 'unrecognized_keys':
			message =
				path.at(-2) === 'translations'
					? t(
							'cannot translate {fields}: a translation holds only the texts of its item (quotes stay as their source wrote them)',
							{ fields: issue.keys.map((k) => `'${k}'`).join(', ') }
						)
					: tn(
							issue.keys.length,
							'has unknown field {fields}: check the spelling against the format',
							'has unknown fields {fields}: check the spelling against the format',
							{ fields: issue.keys.map((k) => `'${k}'`).join(', ') }
						);
			break;
		case 'invalid_value':
			message = t('{value} is not allowed: use one of {values}', {
				value: describeType(value),
				values: issue.values.map((v) => `'${String(v)}'`).join(', ')
			});
			break;
		case 'invalid_format':
		case 'custom':
			message = schemaMessage(
				issue.message,
				typeof value === 'string' ? describeType(value) : null
			);
			break;
		case 'invalid_key':
			// Only `translations` has keys of a given form: language tags.
			message = t('{value} is not a language tag (BCP 47) such as "fr" or "pt-BR"', {
				value: describeType(value)
			});
			break;
		case 'too_small':
			message =
				issue.origin === 'array'
					? issue.message.startsWith('Too small')
						? t('needs at least {n} item(s)', { n: String(issue.minimum) })
						: schemaMessage(issue.message, null)
					: issue.origin === 'string'
						? t('must not be empty')
						: t('must be at least {n}', { n: String(issue.minimum) });
			break;
		case 'too_big':
			message =
				issue.origin === 'string'
					? t('is too long (at most {n} characters)', { n: String(issue.maximum) })
					: t('must be at most {n}', { n: String(issue.maximum) });
			break;
		default:
			message = issue.message;
	}
	return { severity: 'error', path, message };
}
