import { describe, expect, it } from 'vitest';
import type { EventKind } from '../model/schema';
import { BUILT_IN_EVENT_KINDS, eventKinds } from '../model/event-kinds';
import { legendGroups } from './legend';

const of = (...kinds: EventKind[]) => kinds.map((kind) => ({ kind }));

describe('legendGroups', () => {
	it.each([
		[of('treaty'), [['treaty']]],
		[of('summit', 'visit'), [['visit', 'summit']]],
		[of('veto', 'treaty', 'treaty'), [['treaty'], ['veto']]],
		[[], []]
	] as const)('groups %o as %o', (events, kinds) => {
		expect(legendGroups(events, BUILT_IN_EVENT_KINDS).map((g) => g.kinds)).toEqual(kinds);
	});

	it('gives each group its shape, its names and its first kind’s colour', () => {
		const [group] = legendGroups(of('summit', 'visit'), BUILT_IN_EVENT_KINDS);
		expect(group).toEqual({
			kinds: ['visit', 'summit'],
			label: 'visit, summit',
			shape: 'circle',
			light: '#007A5A',
			dark: '#009E73'
		});
	});

	it('names declared kinds as declared, after the built-in ones, each with its own mark', () => {
		const kinds = eventKinds([
			{ id: 'package', label: 'sanctions package', style: { colour: '#aa3377' } },
			{ id: 'talks', label: 'talks <b>held</b>' }
		]);
		const groups = legendGroups(
			[{ kind: 'talks' }, { kind: 'package' }, { kind: 'treaty' }],
			kinds
		);
		expect(groups.map((g) => [g.label, g.shape, g.light])).toEqual([
			['treaty', 'square', '#0072B2'],
			['sanctions package', 'hexagon', '#aa3377'],
			['talks <b>held</b>', 'triangle-down', '#5f5f5f']
		]);
	});
});
