import { describe, expect, it } from 'vitest';
import type { EventKind } from '../model/schema';
import { legendGroups } from './legend';

const of = (...kinds: EventKind[]) => kinds.map((kind) => ({ kind }));

describe('legendGroups', () => {
	it.each([
		[of('treaty'), [['treaty']]],
		[of('summit', 'visit'), [['visit', 'summit']]],
		[of('veto', 'treaty', 'treaty'), [['treaty'], ['veto']]],
		[[], []]
	] as const)('groups %o as %o', (events, kinds) => {
		expect(legendGroups(events).map((g) => g.kinds)).toEqual(kinds);
	});

	it('gives each group its shape and its first kind’s colour', () => {
		const [group] = legendGroups(of('summit', 'visit'));
		expect(group).toMatchObject({ kind: 'visit', shape: 'circle' });
	});
});
