/** Words for the kinds in the format, as readers see them. */
import type { ActorKind, EventKind, RelationKind } from './schema';

export const RELATION_NAME: Record<RelationKind, string> = {
	alliance: 'alliance (mutual defence)',
	partnership: 'partnership',
	support: 'support',
	war: 'war',
	opposition: 'opposition',
	sanctions: 'sanctions',
	membership: 'member of',
	leads: 'leads'
};

/** How a directed relation reads between its two actors: "United States supports Ukraine". */
export const RELATION_VERB: Record<RelationKind, string> = {
	alliance: 'is allied with',
	partnership: 'is a partner of',
	support: 'supports',
	war: 'is at war with',
	opposition: 'opposes',
	sanctions: 'sanctions',
	membership: 'is a member of',
	leads: 'leads'
};

export const EVENT_NAME: Record<EventKind, string> = {
	founding: 'founding',
	visit: 'visit',
	summit: 'summit',
	treaty: 'treaty',
	agreement: 'agreement',
	vote: 'vote',
	veto: 'veto',
	statement: 'statement',
	war: 'war',
	military: 'military',
	sanctions: 'sanctions',
	election: 'election',
	membership: 'membership',
	other: 'other'
};

export const ACTOR_NAME: Record<ActorKind, string> = {
	country: 'country',
	person: 'person',
	organization: 'organisation'
};
