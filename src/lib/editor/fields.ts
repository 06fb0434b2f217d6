/**
 * What the editor shows of each table: its columns and the fields of its form. Adding a table
 * to the editor is one more entry here (and in `TABLE_KEYS`).
 */
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
	readonly label: string;
	readonly input: FieldInput;
	readonly required?: boolean;
	/** For kinds: the allowed values. */
	readonly options?: readonly string[];
	readonly hint?: string;
}

export interface TableSpec {
	/** The table's name for people, plural and singular. */
	readonly title: string;
	readonly singular: string;
	/** Fields shown as columns, after the id (the row header). */
	readonly columns: readonly string[];
	readonly fields: readonly FieldSpec[];
}

const ID: FieldSpec = {
	key: 'id',
	label: 'Id',
	input: 'text',
	required: true,
	hint: 'Starts with a letter; letters, digits, - and _.'
};
const DATE_HINT = 'Write 2024, 2024-06, 2024-06-19 or c. 1995.';
const REF_HINT = 'A date (2024, 2024-06, 2024-06-19, c. 1995) or the id of an event.';

export const TABLE_SPECS: Record<TableKey, TableSpec> = {
	actors: {
		title: 'Actors',
		singular: 'actor',
		columns: ['name', 'kind', 'active.from', 'active.until'],
		fields: [
			ID,
			{ key: 'name', label: 'Name', input: 'text', required: true },
			{ key: 'shortName', label: 'Short name', input: 'text' },
			{ key: 'kind', label: 'Kind', input: 'kind', options: ACTOR_KINDS, required: true },
			{
				key: 'represents',
				label: 'Represents (country)',
				input: 'actor',
				hint: 'For a person: the country they lead or serve.'
			},
			{ key: 'role', label: 'Role', input: 'text' },
			{ key: 'active.from', label: 'Active from', input: 'dateRef', hint: REF_HINT },
			{ key: 'active.until', label: 'Active until', input: 'dateRef', hint: REF_HINT },
			{ key: 'description', label: 'Description', input: 'longtext' }
		]
	},
	events: {
		title: 'Events',
		singular: 'event',
		columns: ['date', 'title', 'kind'],
		fields: [
			ID,
			{ key: 'date', label: 'Date', input: 'date', required: true, hint: DATE_HINT },
			{ key: 'end', label: 'End', input: 'date', hint: 'Last day, for an event that spans time.' },
			{ key: 'title', label: 'Title', input: 'text', required: true },
			{
				key: 'kind',
				label: 'Kind',
				input: 'kind',
				options: EVENT_KINDS,
				required: true,
				hint: 'Built-in kinds, then those the story declares.'
			},
			{ key: 'actors', label: 'Actors', input: 'actors' },
			{ key: 'sources', label: 'Sources', input: 'citations' },
			{ key: 'place', label: 'Place', input: 'text' },
			{
				key: 'importance',
				label: 'Importance',
				input: 'importance',
				hint: '1 (minor) to 5 (pivotal).'
			},
			{ key: 'summary', label: 'Summary', input: 'longtext' }
		]
	},
	relations: {
		title: 'Relations',
		singular: 'relation',
		columns: ['from', 'kind', 'to', 'since', 'until'],
		fields: [
			ID,
			{ key: 'from', label: 'From', input: 'actor', required: true },
			{
				key: 'kind',
				label: 'Kind',
				input: 'kind',
				options: RELATION_KINDS,
				required: true,
				hint: 'Built-in kinds, then those the story declares.'
			},
			{ key: 'to', label: 'To', input: 'actor', required: true },
			{ key: 'since', label: 'Since', input: 'dateRef', required: true, hint: REF_HINT },
			{ key: 'until', label: 'Until', input: 'dateRef', hint: REF_HINT },
			{ key: 'directed', label: 'Arrow', input: 'directed' },
			{ key: 'sources', label: 'Sources', input: 'citations' },
			{ key: 'label', label: 'Label', input: 'text' },
			{ key: 'note', label: 'Note', input: 'longtext' }
		]
	},
	sources: {
		title: 'Sources',
		singular: 'source',
		columns: ['title', 'publisher', 'date'],
		fields: [
			ID,
			{ key: 'title', label: 'Title', input: 'text', required: true },
			{ key: 'publisher', label: 'Publisher', input: 'text' },
			{ key: 'url', label: 'Address (URL)', input: 'url', hint: 'http:// or https:// only.' },
			{ key: 'date', label: 'Published', input: 'date', hint: DATE_HINT }
		]
	},
	story: {
		title: 'Guided steps',
		singular: 'step',
		columns: ['event', 'moment', 'title'],
		fields: [
			{
				key: 'event',
				label: 'Event',
				input: 'event',
				hint: 'The event the step shows: the moment moves to its date and it is selected.'
			},
			{
				key: 'moment',
				label: 'Moment',
				input: 'date',
				hint: `For a step about a moment rather than an event. ${DATE_HINT}`
			},
			{ key: 'title', label: 'Title', input: 'text', hint: "Defaults to the event's title." },
			{
				key: 'caption',
				label: 'Caption',
				input: 'longtext',
				hint: 'What to say at this step (shown large in present mode).'
			},
			{
				key: 'focus',
				label: 'Focus',
				input: 'actors',
				hint: "The actors the step is about; defaults to the event's actors."
			}
		]
	}
};

export const META_SPECS: readonly (FieldSpec & { key: MetaField })[] = [
	{ key: 'title', label: 'Title', input: 'text', required: true },
	{ key: 'id', label: 'Short name (for file names)', input: 'text', required: true, hint: ID.hint },
	{ key: 'credit', label: 'Credit', input: 'text' },
	{ key: 'defaultMoment', label: 'Opening moment', input: 'date', hint: DATE_HINT },
	{ key: 'description', label: 'Description', input: 'longtext' }
];

/** The label of a field of a table, for column headers and problem lists. */
export function fieldLabel(table: TableKey | 'meta', key: string): string {
	if (table === 'story' && key === 'id') return 'Step';
	const specs = table === 'meta' ? META_SPECS : TABLE_SPECS[table].fields;
	return specs.find((f) => f.key === key)?.label ?? key;
}

/** A DOM id for a field of the form. */
export function fieldDomId(key: string): string {
	return `edit-${key.replace(/\./g, '-')}`;
}
