/**
 * Words for the kinds in the format, as readers see them: each looked up in the reader's language
 * when it is read (a getter), never when the module loads, before the catalogue has.
 */
import { t } from '../i18n/i18n';
import { ACTOR_KINDS, EVENT_KINDS, RELATION_KINDS } from './constants';
import type { ActorKind, EventKind, RelationKind } from './schema';

/** An object whose every value is worded when it is read. */
function worded<K extends string>(words: () => Record<K, string>, keys: readonly K[]) {
	const out = {} as Record<K, string>;
	for (const key of keys)
		Object.defineProperty(out, key, { enumerable: true, get: () => words()[key] });
	return out as Readonly<Record<K, string>>;
}

const relationNames = (): Record<RelationKind, string> => ({
	alliance: t('alliance (mutual defence)'),
	partnership: t('partnership'),
	support: t('support'),
	war: t('war'),
	opposition: t('opposition'),
	sanctions: t('sanctions'),
	membership: t('member of'),
	leads: t('leads')
});

/**
 * "United States supports Ukraine", in the reader's words: one sentence per kind, since the verb's
 * place (and form) differs between languages.
 */
export function relationSentence(kind: RelationKind, from: string, to: string): string {
	const params = { from, to };
	switch (kind) {
		case 'alliance':
			return t('{from} is allied with {to}', params);
		case 'partnership':
			return t('{from} is a partner of {to}', params);
		case 'support':
			return t('{from} supports {to}', params);
		case 'war':
			return t('{from} is at war with {to}', params);
		case 'opposition':
			return t('{from} opposes {to}', params);
		case 'sanctions':
			return t('{from} sanctions {to}', params);
		case 'membership':
			return t('{from} is a member of {to}', params);
		case 'leads':
			return t('{from} leads {to}', params);
	}
}

export const RELATION_NAME = worded(relationNames, RELATION_KINDS);

/** How a directed relation reads between its two actors: "United States supports Ukraine". */
export const RELATION_VERB = worded(
	() =>
		Object.fromEntries(
			RELATION_KINDS.map((kind) => [kind, relationSentence(kind, '', '').trim()])
		) as Record<RelationKind, string>,
	RELATION_KINDS
);

export const EVENT_NAME = worded(
	(): Record<EventKind, string> => ({
		founding: t('founding'),
		visit: t('visit'),
		summit: t('summit'),
		treaty: t('treaty'),
		agreement: t('agreement'),
		vote: t('vote'),
		veto: t('veto'),
		statement: t('statement'),
		war: t('war'),
		military: t('military'),
		sanctions: t('sanctions'),
		election: t('election'),
		membership: t('membership'),
		other: t('other')
	}),
	EVENT_KINDS
);

export const ACTOR_NAME = worded(
	(): Record<ActorKind, string> => ({
		country: t('country'),
		person: t('person'),
		organization: t('organisation')
	}),
	ACTOR_KINDS
);
