/// <reference types="node" />
/** The story that ships with the app: it must load cleanly and tell the history right. */
import { loadJsonText } from './import';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDay, parseDay } from './dates';
import { formatProblem, type Story } from './load';
import { changesAt, graphAt } from './slice';

const FILE = new URL('../../../data/russia-dprk.json', import.meta.url);

let cached: ReturnType<typeof loadJsonText> | undefined;

/** The bundled dataset, loaded once; a missing or unreadable file fails each test that asks. */
function bundled() {
	cached ??= loadJsonText(readFileSync(FILE, 'utf8'), 'story.json');
	return cached;
}

function story(): Story {
	const result = bundled();
	if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
	return result.story;
}

function day(text: string): number {
	const ms = parseDay(text);
	if (ms === null) throw new Error(`'${text}' is not a day`);
	return ms;
}

const between = (a: string, b: string) => (r: { from: string; to: string }) =>
	(r.from === a && r.to === b) || (r.from === b && r.to === a);

describe('data/russia-dprk.json', () => {
	it('loads with no errors and no warnings', () => {
		const result = bundled();
		expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([]);
	});

	it('has at least 20 events and 12 relations', () => {
		expect(story().events.length).toBeGreaterThanOrEqual(20);
		expect(story().relations.length).toBeGreaterThanOrEqual(12);
	});

	it.each([
		['2000-07-19', 'Putin’s visit to Pyongyang'],
		['2024-03-28', 'the Russian veto ending the UN panel of experts'],
		['2024-06-13', 'the US–Ukraine security agreement'],
		['2024-06-19', 'the Comprehensive Strategic Partnership treaty']
	])('has an event on %s (%s)', (date) => {
		expect(story().events.map((e) => isoDay(e.start))).toContain(date);
	});

	it('does not date the founding of North Korea to 1945 (it was 9 September 1948)', () => {
		const foundings1945 = story().events.filter(
			(e) =>
				e.kind === 'founding' &&
				e.date.startsWith('1945') &&
				(e.actors.includes('dprk') || /north korea|dprk/i.test(`${e.title} ${e.summary}`))
		);
		expect(foundings1945.map((e) => e.id)).toEqual([]);
	});

	it('does not make North Korea a member of BRICS', () => {
		const memberships = story().relations.filter(
			(r) => r.kind === 'membership' && between('dprk', 'brics')(r)
		);
		expect(memberships.map((r) => r.id)).toEqual([]);
	});

	it('graphAt(2024-06-20) joins Russia and North Korea by a relation since the 2024 treaty', () => {
		const relations = graphAt(story(), day('2024-06-20')).relations.filter(
			between('russia', 'dprk')
		);
		expect(relations.map((r) => r.since)).toContain('treaty-2024');
	});

	it('graphAt(2020-01-01) has no relation since the 2024 treaty', () => {
		const relations = graphAt(story(), day('2020-01-01')).relations;
		expect(relations.filter((r) => r.since === 'treaty-2024').map((r) => r.id)).toEqual([]);
	});

	it('changesAt(treaty-2024) starts the Russia–North Korea relation it created', () => {
		const started = changesAt(story(), 'treaty-2024').started;
		expect(started.filter(between('russia', 'dprk')).map((r) => r.since)).toContain('treaty-2024');
	});

	it('every event ends after it starts and the story spans all of them', () => {
		const { events, span } = story();
		for (const e of events) expect(e.finish, e.id).toBeGreaterThan(e.start);
		expect(span.start).toBe(Math.min(...events.map((e) => e.start)));
		expect(span.end).toBe(Math.max(...events.map((e) => e.finish)));
	});
});
