import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, parseView, type UrlView } from './url';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('parseView and formatView', () => {
	it('formatView(default view) is the empty query, so a plain link opens the story as authored', () => {
		expect(formatView(DEFAULT_VIEW)).toBe('');
	});

	it.each([
		['?t=2024-06-20', { moment: day('2024-06-20') }],
		['?event=treaty-2024', { selection: { kind: 'event', id: 'treaty-2024' } }],
		['?actor=putin', { selection: { kind: 'actor', id: 'putin' } }],
		['?relation=partnership-2024', { selection: { kind: 'relation', id: 'partnership-2024' } }],
		['?q=veto&with=russia', { query: 'veto', actorFilter: 'russia' }],
		['?mode=present&theme=dark', { mode: 'present', theme: 'dark' }],
		['?mode=edit', { mode: 'edit' }],
		['?embed=graph', { embed: 'graph' }],
		['?embed', { embed: 'both' }],
		['?linear=1&ended=1', { compress: false, showEnded: true }],
		['?data=https%3A%2F%2Fexample.org%2Fstory.json', { data: 'https://example.org/story.json' }]
	] as const)('parseView(%s) reads what the link says', (search, expected) => {
		expect(parseView(search)).toEqual({ ...DEFAULT_VIEW, ...expected });
	});

	it.each([
		['?t=2024-02-30', 'an impossible day'],
		['?t=2024-06', 'a month instead of a day'],
		['?mode=disco', 'an unknown mode'],
		['?theme=purple', 'an unknown theme'],
		['?step=0', 'a step before the first'],
		['?step=two', 'a step that is not a number'],
		['?embed=everything', 'an unknown embed view falls back to both']
	])('parseView(%s) ignores %s', (search) => {
		const view = parseView(search);
		expect(view.moment).toBeNull();
		expect(view.mode).toBe('explore');
		expect(view.theme).toBe('auto');
		expect([null, 'both']).toContain(view.embed);
		expect(view.step).toBeNull();
	});

	it('a link says steps from 1: ?step=3 is the third step', () => {
		expect(parseView('?step=3').step).toBe(2);
		expect(formatView({ ...parseView(''), step: 2, mode: 'present' })).toBe('?mode=present&step=3');
	});

	it('parseView(formatView(view)) gives the view back, for any view', () => {
		const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
		const arbitraryView: fc.Arbitrary<UrlView> = fc.record({
			moment: fc.option(
				fc.integer({ min: -20000, max: 40000 }).map((d) => d * 86_400_000),
				{ nil: null }
			),
			selection: fc.option(fc.record({ kind: fc.constantFrom('event', 'actor', 'relation'), id }), {
				nil: null
			}),
			query: fc.string(),
			actorFilter: fc.oneof(fc.constant(''), id),
			mode: fc.constantFrom('explore', 'present', 'edit'),
			theme: fc.constantFrom('light', 'dark', 'projector', 'auto'),
			embed: fc.constantFrom(null, 'graph', 'timeline', 'both'),
			compress: fc.boolean(),
			showEnded: fc.boolean(),
			data: fc.option(fc.webUrl(), { nil: null }),
			step: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
			lang: fc.option(fc.constantFrom('en-GB', 'en-US', 'fr', 'de-CH'), { nil: null })
		}) as fc.Arbitrary<UrlView>;
		fc.assert(
			fc.property(arbitraryView, (view) => {
				expect(parseView(formatView(view))).toEqual({ ...view, data: view.data || null });
			}),
			{ numRuns: 500 }
		);
	});
});

describe('the lang parameter', () => {
	it('reads a language tag as Intl writes it, and writes it back', () => {
		expect(parseView('?lang=en-us').lang).toBe('en-US');
		expect(formatView({ ...DEFAULT_VIEW, lang: 'en-US' })).toBe('?lang=en-US');
		expect(parseView('').lang).toBeNull();
	});

	it('drops a value that is not a language tag', () => {
		expect(parseView('?lang=not a tag!').lang).toBeNull();
	});
});
