/**
 * What the editor shows of each table: its columns and the fields of its form, in the reader's
 * language. Adding a table to the editor is one more entry here (and in `TABLE_KEYS`).
 */
import { language, t } from '../i18n/i18n';
import type { Lang } from '../i18n/languages';
import { ACTOR_KINDS, EVENT_KINDS, RELATION_KINDS } from '../model/constants';
import type { MetaField, TableKey } from './ops';

export type FieldInput =
	| 'text'
	| 'longtext'
	| 'url'
	| 'date'
	| 'dateRef'
	| 'kind'
	| 'actor'
	| 'actors'
	| 'event'
	| 'citations'
	| 'importance'
	| 'directed';

export interface FieldSpec {
	/** The field's name in the format; dotted for nested fields (`active.from`). */
	readonly key: string;
	/** Its label and hint for people, in the reader's language. */
	readonly label: string;
	readonly input: FieldInput;
	readonly required?: boolean;
	/** For kinds: the allowed values. */
	readonly options?: readonly string[];
	readonly hint?: string;
}

export interface TableSpec {
	/** The table's name for people, and the word that heads one of its rows' forms. */
	readonly title: string;
	readonly singular: string;
	/** The label of its add button, of its filter, and what an empty table says. */
	readonly add: string;
	readonly filter: string;
	readonly empty: string;
	/** Fields shown as columns, after the id (the row header). */
	readonly columns: readonly string[];
	readonly fields: readonly FieldSpec[];
}

/** One of the story's own fields. */
export type MetaSpec = FieldSpec & { readonly key: MetaField };

/** The specs in the reader's language: made once per page language, never at module load. */
function build(): { tables: Record<TableKey, TableSpec>; meta: MetaSpec[] } {
	const id: FieldSpec = {
		key: 'id',
		label: t('Id'),
		input: 'text',
		required: true,
		hint: t('Starts with a letter; letters, digits, - and _.')
	};
	const dateHint = t('Write 2024, 2024-06, 2024-06-19 or c. 1995.');
	const refHint = t('A date (2024, 2024-06, 2024-06-19, c. 1995) or the id of an event.');
	const kindHint = t('Built-in kinds, then those the story declares.');
	const title = t('Title');
	const kind = t('Kind');
	const sources: FieldSpec = { key: 'sources', label: t('Sources'), input: 'citations' };
	const tables: Record<TableKey, TableSpec> = {
		actors: {
			title: t('Actors'),
			singular: t('actor'),
			add: t('Add actor'),
			filter: t('Filter actors'),
			empty: t('No actors yet: add one.'),
			columns: ['name', 'kind', 'active.from', 'active.until'],
			fields: [
				id,
				{ key: 'name', label: t('Name'), input: 'text', required: true },
				{ key: 'shortName', label: t('Short name'), input: 'text' },
				{ key: 'kind', label: kind, input: 'kind', options: ACTOR_KINDS, required: true },
				{
					key: 'represents',
					label: t('Represents (country)'),
					input: 'actor',
					hint: t('For a person: the country they lead or serve.')
				},
				{ key: 'role', label: t('Role'), input: 'text' },
				{ key: 'active.from', label: t('Active from'), input: 'dateRef', hint: refHint },
				{ key: 'active.until', label: t('Active until'), input: 'dateRef', hint: refHint },
				{ key: 'description', label: t('Description'), input: 'longtext' }
			]
		},
		events: {
			title: t('Events'),
			singular: t('event'),
			add: t('Add event'),
			filter: t('Filter events'),
			empty: t('No events yet: add one.'),
			columns: ['date', 'title', 'kind'],
			fields: [
				id,
				{ key: 'date', label: t('Date'), input: 'date', required: true, hint: dateHint },
				{
					key: 'end',
					label: t('End'),
					input: 'date',
					hint: t('Last day, for an event that spans time.')
				},
				{ key: 'title', label: title, input: 'text', required: true },
				{
					key: 'kind',
					label: kind,
					input: 'kind',
					options: EVENT_KINDS,
					required: true,
					hint: kindHint
				},
				{ key: 'actors', label: t('Actors'), input: 'actors' },
				sources,
				{ key: 'place', label: t('Place'), input: 'text' },
				{
					key: 'importance',
					label: t('Importance'),
					input: 'importance',
					hint: t('1 (minor) to 5 (pivotal).')
				},
				{ key: 'summary', label: t('Summary'), input: 'longtext' }
			]
		},
		relations: {
			title: t('Relations'),
			singular: t('relation'),
			add: t('Add relation'),
			filter: t('Filter relations'),
			empty: t('No relations yet: add one.'),
			columns: ['from', 'kind', 'to', 'since', 'until'],
			fields: [
				id,
				{ key: 'from', label: t('From'), input: 'actor', required: true },
				{
					key: 'kind',
					label: kind,
					input: 'kind',
					options: RELATION_KINDS,
					required: true,
					hint: kindHint
				},
				{ key: 'to', label: t('To'), input: 'actor', required: true },
				{ key: 'since', label: t('Since'), input: 'dateRef', required: true, hint: refHint },
				{ key: 'until', label: t('Until'), input: 'dateRef', hint: refHint },
				{ key: 'directed', label: t('Arrow'), input: 'directed' },
				sources,
				{ key: 'label', label: t('Label'), input: 'text' },
				{ key: 'note', label: t('Note'), input: 'longtext' }
			]
		},
		sources: {
			title: t('Sources'),
			singular: t('source'),
			add: t('Add source'),
			filter: t('Filter sources'),
			empty: t('No sources yet: add one.'),
			columns: ['title', 'publisher', 'date'],
			fields: [
				id,
				{ key: 'title', label: title, input: 'text', required: true },
				{ key: 'publisher', label: t('Publisher'), input: 'text' },
				{
					key: 'url',
					label: t('Address (URL)'),
					input: 'url',
					hint: t('http:// or https:// only.')
				},
				{ key: 'date', label: t('Published'), input: 'date', hint: dateHint }
			]
		},
		story: {
			title: t('Guided steps'),
			singular: t('step'),
			add: t('Add step'),
			filter: t('Filter guided steps'),
			empty: t('No guided steps yet: add one.'),
			columns: ['event', 'moment', 'title'],
			fields: [
				{
					key: 'event',
					label: t('Event'),
					input: 'event',
					hint: t('The event the step shows: the moment moves to its date and it is selected.')
				},
				{
					key: 'moment',
					label: t('Moment'),
					input: 'date',
					hint: t(
						'For a step about a moment rather than an event. Write 2024, 2024-06, 2024-06-19 or c. 1995.'
					)
				},
				{
					key: 'title',
					label: title,
					input: 'text',
					hint: t("Defaults to the event's title.")
				},
				{
					key: 'caption',
					label: t('Caption'),
					input: 'longtext',
					hint: t('What to say at this step (shown large in present mode).')
				},
				{
					key: 'focus',
					label: t('Focus'),
					input: 'actors',
					hint: t("The actors the step is about; defaults to the event's actors.")
				}
			]
		}
	};
	const meta: MetaSpec[] = [
		{ key: 'title', label: title, input: 'text', required: true },
		{
			key: 'id',
			label: t('Short name (for file names)'),
			input: 'text',
			required: true,
			hint: id.hint
		},
		{ key: 'credit', label: t('Credit'), input: 'text' },
		{ key: 'defaultMoment', label: t('Opening moment'), input: 'date', hint: dateHint },
		{ key: 'description', label: t('Description'), input: 'longtext' }
	];
	return { tables, meta };
}

let built: { lang: Lang; specs: ReturnType<typeof build> } | null = null;
function specs(): ReturnType<typeof build> {
	if (built?.lang !== language()) built = { lang: language(), specs: build() };
	return built.specs;
}

/** What the editor shows of a table, in the reader's language. */
export function tableSpec(table: TableKey): TableSpec {
	return specs().tables[table];
}

/** The story's own fields, in the reader's language. */
export function metaSpecs(): readonly MetaSpec[] {
	return specs().meta;
}

/** The label of a field of a table, for column headers and problem lists. */
export function fieldLabel(table: TableKey | 'meta', key: string): string {
	if (table === 'story' && key === 'id') return t('Step');
	const fields = table === 'meta' ? metaSpecs() : tableSpec(table).fields;
	return fields.find((f) => f.key === key)?.label ?? key;
}

/** A DOM id for a field of the form. */
export function fieldDomId(key: string): string {
	return `edit-${key.replace(/\./g, '-')}`;
}
