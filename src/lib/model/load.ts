/**
 * Loading a dataset never throws: it returns the story, or every problem found, each located by
 * its JSON path and told in a sentence a dataset author understands. Three steps: the zod schema
 * (its issues in an author's words), the rules of rules.ts, and building the indexed story.
 */
import type { z } from 'zod';
import {
	ActorSchema,
	DatasetSchema,
	EventSchema,
	EventKindSchema,
	RelationKindSchema,
	RelationSchema,
	SourceSchema,
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
				message: `must be a JSON object with "title", "actors", "events", "relations" and "sources", not ${describeType(input)}`
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
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return `${value}`;
	if (value === undefined) return 'nothing';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object'
};

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
					? 'is required but missing'
					: `must be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, not ${describeType(value)}`;
			break;
		case 'unrecognized_keys':
			message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
				.map((k) => `'${k}'`)
				.join(', ')}: ${
				path.at(-2) === 'translations'
					? 'a translation holds only the texts of its item (quotes stay as their source wrote them)'
					: 'check the spelling against the format'
			}`;
			break;
		case 'invalid_value':
			message = `${describeType(value)} is not allowed: use one of ${issue.values
				.map((v) => `'${String(v)}'`)
				.join(', ')}`;
			break;
		case 'invalid_format':
		case 'custom':
			message =
				typeof value === 'string' && issue.message.startsWith('must')
					? `${describeType(value)} ${issue.message}`
					: issue.message;
			break;
		case 'invalid_key':
			// Only `translations` has keys of a given form: language tags.
			message = `${describeType(value)} is not a language tag (BCP 47) such as "fr" or "pt-BR"`;
			break;
		case 'too_small':
			message =
				issue.origin === 'array'
					? issue.message.startsWith('Too small')
						? `needs at least ${String(issue.minimum)} item(s)`
						: issue.message
					: issue.origin === 'string'
						? 'must not be empty'
						: `must be at least ${String(issue.minimum)}`;
			break;
		case 'too_big':
			message =
				issue.origin === 'string'
					? `is too long (at most ${String(issue.maximum)} characters)`
					: `must be at most ${String(issue.maximum)}`;
			break;
		default:
			message = issue.message;
	}
	return { severity: 'error', path, message };
}
