/**
 * The built-in relation kinds, apart from kinds.ts (declared kinds, look-alikes) so that the
 * bundled story can rebuild them instead of carrying them as data (state/packed.ts): their names,
 * verbs and drawings are in tables every view loads already.
 */
import { RELATION_STYLE } from '../visual';
import { DIRECTED_BY_DEFAULT, RELATION_KINDS } from './constants';
import type { RelationKindInfo } from './kinds';
import { RELATION_NAME, RELATION_VERB } from './vocabulary';

export const BUILT_IN_KINDS: ReadonlyMap<string, RelationKindInfo> = new Map(
	RELATION_KINDS.map((id) => [
		id,
		{
			id,
			// Worded when read, in the reader's language (vocabulary.ts).
			get label() {
				return RELATION_NAME[id];
			},
			get verb() {
				return RELATION_VERB[id];
			},
			directed: DIRECTED_BY_DEFAULT.has(id),
			style: RELATION_STYLE[id],
			builtIn: true,
			className: `k-${id}`
		}
	])
);
