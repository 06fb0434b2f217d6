/**
 * A story with kinds of its own, for the unit tests (model/kinds.test.ts) and the end-to-end
 * ones (e2e/kinds.spec.ts): Finland's path into NATO, with two relation kinds (candidate for
 * membership, objects to) and two event kinds (accession talks, trilateral memorandum).
 */
export const NATO = {
	id: 'nato-finland',
	title: 'Finland joins NATO',
	sources: [{ id: 'nato-site', title: 'Finland joins NATO', url: 'https://www.nato.int/' }],
	actors: [
		{ id: 'finland', name: 'Finland', kind: 'country' },
		{ id: 'türkiye', name: 'Türkiye', kind: 'country' },
		{ id: 'nato', name: 'NATO', kind: 'organization' },
		{ id: 'niinistö', name: 'Sauli Niinistö', kind: 'person' }
	],
	events: [
		{
			id: 'application',
			date: '2022-05-18',
			title: 'Finland applies to join',
			kind: 'membership',
			actors: ['finland', 'nato', 'türkiye', 'niinistö'],
			sources: [{ source: 'nato-site' }]
		},
		{
			id: 'memorandum',
			date: '2022-06-28',
			title: 'Trilateral memorandum in Madrid',
			kind: 'memorandum',
			actors: ['finland', 'türkiye', 'nato'],
			sources: [{ source: 'nato-site' }]
		},
		{
			id: 'talks',
			date: '2022-07-04',
			title: 'Accession talks in Brussels',
			kind: 'talks',
			actors: ['finland', 'nato'],
			sources: [{ source: 'nato-site' }]
		}
	],
	kinds: {
		relations: [
			{
				id: 'candidate',
				label: 'candidate for membership',
				verb: 'is a candidate for',
				directed: true
			},
			{ id: 'objects', label: 'objects to', verb: 'objects to', style: { colour: '#aa3377' } }
		],
		events: [
			{ id: 'talks', label: 'accession talks' },
			{ id: 'memorandum', label: 'trilateral memorandum', style: { colour: '#aa3377' } }
		]
	},
	relations: [
		{
			id: 'bid',
			from: 'finland',
			to: 'nato',
			kind: 'candidate',
			since: 'application',
			until: '2023-04-04',
			sources: [{ source: 'nato-site' }]
		},
		{
			id: 'veto',
			from: 'türkiye',
			to: 'finland',
			kind: 'objects',
			since: 'application',
			until: '2023-03-30',
			sources: [{ source: 'nato-site' }]
		}
	]
};
