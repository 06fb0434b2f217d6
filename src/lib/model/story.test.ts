import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { formatProblem } from './problems';
import { graphAt } from './slice';
import { parseDay } from './dates';

function story(extraRelations: unknown[] = []) {
	const result = loadDataset({
		id: 's',
		title: 'S',
		sources: [{ id: 'src', title: 'Source' }],
		actors: [
			{ id: 'finland', name: 'Finland', kind: 'country' },
			{
				id: 'niinistö',
				name: 'Sauli Niinistö',
				kind: 'person',
				represents: 'finland',
				role: 'President',
				active: { from: '2012-03-01', until: '2024-03-01' }
			},
			{ id: 'stubb', name: 'Alexander Stubb', kind: 'person', represents: 'finland' }
		],
		events: [
			{
				id: 'e',
				date: '2022-05-18',
				title: 'E',
				kind: 'other',
				actors: ['finland', 'stubb'],
				sources: [{ source: 'src' }]
			}
		],
		relations: extraRelations
	});
	if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
	return result.story;
}

describe('leadership implied by represents, role and active', () => {
	it('draws a person with represents, role and active as leading that actor while active', () => {
		const s = story();
		const leads = s.relations.filter((r) => r.kind === 'leads');
		expect(leads).toEqual([
			expect.objectContaining({
				from: 'niinistö',
				to: 'finland',
				label: 'President',
				derived: true,
				directed: true
			})
		]);
		const during = graphAt(s, parseDay('2020-01-01')!).relations.map((r) => r.id);
		const after = graphAt(s, parseDay('2024-06-01')!).relations.map((r) => r.id);
		expect(during).toEqual([leads[0]!.id]);
		expect(after).toEqual([]);
	});

	it('lets a written leads relation win', () => {
		const s = story([
			{
				id: 'term',
				from: 'niinistö',
				to: 'finland',
				kind: 'leads',
				since: '2018-03-01',
				sources: [{ source: 'src' }]
			}
		]);
		expect(s.relations.filter((r) => r.kind === 'leads').map((r) => r.id)).toEqual(['term']);
	});
});
