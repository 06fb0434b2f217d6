/**
 * The dataset format: the single source of truth.
 *
 * TypeScript types are inferred from these zod schemas, and `data/schema.json` is generated
 * from them (`npm run schema`). Checks that a JSON Schema cannot express (duplicate ids,
 * unknown references, intervals that end before they start) live in `load.ts`.
 */
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN, partialDateProblem } from './dates';

export { PARTIAL_DATE_PATTERN };
// The kinds, limits and id pattern live in constants.ts, which needs no zod: the views import them
// from there, so that showing a story never loads the validator.
import {
	ACTOR_KINDS,
	EVENT_KINDS,
	ID_PATTERN,
	LANGUAGE_TAG_PATTERN,
	LIMITS,
	LINE_PATTERNS,
	MARK_SHAPES,
	RELATION_KINDS
} from './constants';
export {
	ACTOR_KINDS,
	DIRECTED_BY_DEFAULT,
	EVENT_KINDS,
	ID_PATTERN,
	LIMITS,
	LINE_PATTERNS,
	MARK_SHAPES,
	RELATION_KINDS
} from './constants';
export type { ActorKind, EventKind, LinePattern, MarkShape, RelationKind } from './constants';

// Zod 4 probes `new Function` to decide whether it may compile parsers. Under a strict CSP the
// probe is reported as a violation even though zod catches it, so turn the JIT off everywhere.
z.config({ jitless: true });

/*
 * The schema's own messages, in English: zod keeps them from when the schema is made, before any
 * catalogue loads, so load.ts words them in the reader's language when it reports an issue.
 */
export const ID_MESSAGE =
	'must start with a letter and use only letters (of any alphabet), digits, "-" and "_"';
export const DATE_MESSAGE =
	'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ for "circa"';
export const URL_MESSAGE = 'must be a web address starting with http:// or https://';
export const COLOUR_MESSAGE = 'must be a colour written #rrggbb';
export const STEP_MESSAGE = 'a step needs an event or a moment: write one of them';
export const LANGUAGE_MESSAGE = 'must be a language tag (BCP 47) such as "fr" or "pt-BR"';

export const IdSchema = z
	.string()
	.regex(ID_PATTERN, ID_MESSAGE)
	.max(LIMITS.id)
	.describe('An identifier, unique within its list. Starts with a letter (of any alphabet).');

/** Refuses dates of the right form that are not in the calendar, such as `2024-02-30`. */
function realDate(value: string, context: z.RefinementCtx): void {
	if (!PARTIAL_DATE_PATTERN.test(value)) return;
	const problem = partialDateProblem(value);
	if (problem) context.addIssue({ code: 'custom', message: problem });
}

export const PartialDateSchema = z
	.string()
	.regex(PARTIAL_DATE_PATTERN, DATE_MESSAGE)
	.superRefine(realDate)
	.describe(
		'A date whose form is its precision: "2000" (year), "2024-03" (month), "2024-06-19" (day). ' +
			'Append "~" for an approximate date ("1995~").'
	);

/** A moment that is either a partial date or the id of an event (meaning that event's date). */
export const DateRefSchema = z
	.string()
	.min(1)
	.superRefine((value, context) => {
		if (PARTIAL_DATE_PATTERN.test(value)) realDate(value, context);
	})
	.describe('A partial date ("2024-06-19") or the id of an event, meaning that event\'s date.');

export const UrlSchema = z
	.string()
	.max(2000)
	.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, URL_MESSAGE)
	.describe('An http(s) address. Other schemes (javascript:, data:, file:) are refused.');

const ColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, COLOUR_MESSAGE);

/** Whether a BCP 47 language tag is well formed (`fr`, `pt-BR`, `zh-Hant-TW`). */
export function isLanguageTag(tag: string): boolean {
	try {
		return LANGUAGE_TAG_PATTERN.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}

export const LanguageTagSchema = z
	.string()
	.regex(LANGUAGE_TAG_PATTERN, LANGUAGE_MESSAGE)
	.refine(isLanguageTag, LANGUAGE_MESSAGE)
	.describe('A language, as a BCP 47 tag: "en", "fr", "pt-BR".');

/**
 * An item with `translations` of its texts: per language (a BCP 47 tag), any of the `fields`
 * named, each with the limits of the field it translates and nothing else (a quote is never
 * translated: it stays in the language of its source).
 */
function translatable<Shape extends z.ZodRawShape, Field extends keyof Shape & string>(
	item: z.ZodObject<Shape>,
	fields: readonly Field[]
) {
	const texts = Object.fromEntries(
		fields.map((field) => {
			let text = item.shape[field] as z.ZodType;
			while (text instanceof z.ZodOptional || text instanceof z.ZodDefault)
				text = text.unwrap() as z.ZodType;
			return [field, text.optional()];
		})
	) as { [F in Field]: z.ZodOptional<z.ZodString> };
	return item
		.extend({
			translations: z
				.record(LanguageTagSchema, z.object(texts).strict())
				.optional()
				.describe(
					`Translations of this item's texts, by language: { "fr": { "${fields[0]}": "…" } }. ` +
						`Translatable: ${fields.join(', ')}. A text left out shows as written.`
				)
		})
		.strict();
}

/** A relation kind a story declares for itself, beside the built-in ones. */
const RelationKindFields = z
	.object({
		id: IdSchema.describe('What relations write in `kind`. Must not be a built-in kind.'),
		label: z
			.string()
			.min(1)
			.max(LIMITS.kindLabel)
			.describe('The name in the legend and the tables: "candidate for membership".'),
		verb: z
			.string()
			.min(1)
			.max(LIMITS.kindLabel)
			.optional()
			.describe('How it reads between two actors: "is a candidate for". Defaults to the label.'),
		directed: z
			.boolean()
			.optional()
			.describe('Draw an arrow from `from` to `to` unless a relation says otherwise.'),
		style: z
			.object({
				line: z
					.enum(LINE_PATTERNS)
					.optional()
					.describe('The line pattern. When absent, one no other kind uses is chosen.'),
				colour: ColourSchema.optional().describe(
					'The line colour, #rrggbb. When absent, a grey is used.'
				)
			})
			.strict()
			.optional()
	})
	.strict();
export const RelationKindSchema = translatable(RelationKindFields, ['label', 'verb']);

/** An event kind a story declares for itself, beside the built-in ones. */
const EventKindFields = z
	.object({
		id: IdSchema.describe('What events write in `kind`. Must not be a built-in kind.'),
		label: z
			.string()
			.min(1)
			.max(LIMITS.kindLabel)
			.describe('The name in the legend, the lists and the details: "sanctions package".'),
		style: z
			.object({
				shape: z
					.enum(MARK_SHAPES)
					.optional()
					.describe("The mark's shape. When absent, one no other kind uses is chosen."),
				colour: ColourSchema.optional().describe(
					"The mark's colour, #rrggbb. When absent, a grey is used."
				)
			})
			.strict()
			.optional()
	})
	.strict();
export const EventKindSchema = translatable(EventKindFields, ['label']);

export const KindsSchema = z
	.object({
		relations: z
			.array(RelationKindSchema)
			.default([])
			.describe('Relation kinds of this story, used in `kind` like the built-in ones.'),
		events: z
			.array(EventKindSchema)
			.default([])
			.describe('Event kinds of this story, used in `kind` like the built-in ones.')
	})
	.strict()
	.describe('Kinds the story declares beside the built-in ones.');

export const CitationSchema = z
	.object({
		source: IdSchema.describe('The id of an entry in `sources`.'),
		quote: z
			.string()
			.max(1000)
			.optional()
			.describe('A short, exact quote from the source that supports the claim.'),
		note: z.string().max(1000).optional().describe('How the source supports the claim.')
	})
	.strict();

export const IntervalSchema = z
	.object({
		from: DateRefSchema.optional().describe('First day in force; absent means "since always".'),
		until: DateRefSchema.optional().describe('First day no longer in force; absent means "still".')
	})
	.strict();

const SourceFields = z
	.object({
		id: IdSchema,
		title: z.string().min(1).max(500),
		publisher: z.string().max(200).optional(),
		url: UrlSchema.optional(),
		date: PartialDateSchema.optional().describe('When the source was published.')
	})
	.strict();
export const SourceSchema = translatable(SourceFields, ['title']);

const ActorFields = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(200),
		shortName: z.string().max(40).optional().describe('A short label for tight spaces.'),
		kind: z.enum(ACTOR_KINDS),
		represents: IdSchema.optional().describe(
			'For a person: the id of the country they lead or serve.'
		),
		role: z.string().max(200).optional().describe('For a person: their office, e.g. "President".'),
		active: IntervalSchema.optional().describe(
			'When the actor exists on the stage: a state from founding to dissolution, a person in office.'
		),
		description: z.string().max(2000).optional(),
		position: z
			.object({ x: z.number().finite(), y: z.number().finite() })
			.strict()
			.optional()
			.describe('A fixed position in the graph, used as given instead of the computed layout.')
	})
	.strict();
export const ActorSchema = translatable(ActorFields, ['name', 'shortName', 'role', 'description']);

const EventFields = z
	.object({
		id: IdSchema,
		date: PartialDateSchema,
		end: PartialDateSchema.optional().describe('Last day of an event that spans time (inclusive).'),
		title: z.string().min(1).max(200),
		summary: z.string().max(4000).default(''),
		kind: IdSchema.meta({ examples: [...EVENT_KINDS] }).describe(
			`One of ${EVENT_KINDS.join(', ')}, or the id of a kind declared in \`kinds.events\`.`
		),
		actors: z.array(IdSchema).default([]).describe('Ids of the actors involved.'),
		place: z.string().max(200).optional(),
		sources: z
			.array(CitationSchema)
			.default([])
			.describe('The sources that support it. Loading warns when there are none.'),
		importance: z
			.number()
			.int()
			.min(1)
			.max(5)
			.default(3)
			.describe('1 (minor) to 5 (pivotal): decides which labels win space.')
	})
	.strict();
export const EventSchema = translatable(EventFields, ['title', 'summary', 'place']);

const RelationFields = z
	.object({
		id: IdSchema,
		from: IdSchema.describe('The id of an actor.'),
		to: IdSchema.describe('The id of an actor.'),
		kind: IdSchema.meta({ examples: [...RELATION_KINDS] }).describe(
			`One of ${RELATION_KINDS.join(', ')}, or the id of a kind declared in \`kinds.relations\`.`
		),
		directed: z
			.boolean()
			.optional()
			.describe(
				'Draw an arrow from `from` to `to`. Defaults by kind (support, sanctions, membership, leads).'
			),
		since: DateRefSchema.describe('First day in force: a partial date or an event id.'),
		until: DateRefSchema.optional().describe(
			'First day no longer in force: a partial date or an event id. Absent: still in force.'
		),
		label: z.string().max(200).optional(),
		note: z.string().max(2000).optional(),
		sources: z
			.array(CitationSchema)
			.default([])
			.describe('The sources that support it. Loading warns when there are none.')
	})
	.strict();
export const RelationSchema = translatable(RelationFields, ['label', 'note']);

const StepFields = z
	.object({
		event: IdSchema.optional().describe(
			'The id of the event the step shows: the moment moves to its date and it is selected.'
		),
		moment: PartialDateSchema.optional().describe(
			'For a step about a moment rather than an event: the date to show.'
		),
		title: z
			.string()
			.min(1)
			.max(200)
			.optional()
			.describe("A heading; defaults to the event's title."),
		caption: z
			.string()
			.max(600)
			.optional()
			.describe('What to say at this step, written for it (shown large in present mode).'),
		focus: z
			.array(IdSchema)
			.max(12)
			.optional()
			.describe(
				"Ids of the actors the step is about: framed and lit; defaults to the event's actors."
			)
	})
	.strict();

export const StepSchema = translatable(StepFields, ['title', 'caption']).refine(
	(step) => step.event !== undefined || step.moment !== undefined,
	{
		message: 'a step needs an event or a moment: write one of them'
	}
);

const DatasetFields = z
	.object({
		$schema: z.string().optional(),
		id: IdSchema.describe('A short name for the story, used in file names of exports.'),
		title: z.string().min(1).max(200),
		description: z.string().max(4000).optional(),
		credit: z.string().max(500).optional().describe('Who made the dataset, shown in the header.'),
		lang: LanguageTagSchema.optional().describe(
			'The language the story is written in (BCP 47: "en", "fr", "pt-BR"); "en" when absent.'
		),
		defaultMoment: PartialDateSchema.optional().describe('The moment shown when the story opens.'),
		view: z
			.object({ start: PartialDateSchema, end: PartialDateSchema })
			.strict()
			.optional()
			.describe(
				'The stretch of time the timeline shows when the story opens (from the start of `start` to the end of `end`); else the whole story.'
			),
		sources: z.array(SourceSchema),
		actors: z.array(ActorSchema).min(1, 'a story needs at least one actor'),
		events: z.array(EventSchema).min(1, 'a story needs at least one event'),
		relations: z.array(RelationSchema).default([]),
		story: z
			.array(StepSchema)
			.min(1, 'a guided story needs at least one step')
			.max(200)
			.optional()
			.describe(
				'A guided story: the steps present mode and the guided mode walk through, in order. ' +
					'Without it, the steps are every event in date order.'
			),
		kinds: KindsSchema.optional()
	})
	.strict();
export const DatasetSchema = translatable(DatasetFields, ['title', 'description', 'credit']);

export type Citation = z.infer<typeof CitationSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type StoryEvent = z.infer<typeof EventSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type DeclaredRelationKind = z.infer<typeof RelationKindSchema>;
export type DeclaredEventKind = z.infer<typeof EventKindSchema>;
/** What authors write: defaults not yet applied. */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** A built-in relation kind; a relation's `kind` may also name a declared one. */
