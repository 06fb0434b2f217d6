import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import {
	changeAnnouncement,
	eventsCrossed,
	focusText,
	relationText,
	summaryText
} from './describe';
import { day, miniStory } from './fixture';
import { sceneAt } from './scene';

const GB = 'en-GB';

describe('the graph in words', () => {
	const story = miniStory();

	it('summarises a moment: "19 June 2024: 4 actors, 4 relations"', () => {
		expect(summaryText(sceneAt(story, day('2024-06-19')), GB)).toBe(
			'19 June 2024: 4 actors, 4 relations'
		);
		expect(summaryText(sceneAt(story, day('1950-01-01')), GB)).toBe(
			'1 January 1950: 3 actors, 0 relations'
		);
	});

	it('describes a relation with its kind and interval', () => {
		expect(relationText(story, 'partnership-2024', undefined, GB)).toBe(
			'Russia is a partner of North Korea (partnership), since 19 June 2024'
		);
		expect(relationText(story, 'friendship', 'Just ended', GB)).toBe(
			'Just ended: Russia is a partner of North Korea (partnership), 9 February 2000 – 4 December 2024'
		);
	});

	it('tells keyboard users which node has focus and how many relations it has now', () => {
		const scene = sceneAt(story, day('2024-06-20'));
		expect(focusText(story, scene, 'russia')).toBe(
			'Russia, country. 3 relations in force. Enter selects.'
		);
		expect(focusText(story, sceneAt(story, day('2020-01-01'), { showEnded: true }), 'ussr')).toBe(
			'Soviet Union, country, no longer active. 0 relations in force. Enter selects.'
		);
	});

	it('lists the events the moment passed, in the order passed', () => {
		expect(eventsCrossed(story, day('2020-01-01'), day('2024-06-20')).map((e) => e.id)).toEqual([
			'treaty-2024'
		]);
		expect(eventsCrossed(story, day('2025-01-01'), day('2024-06-01')).map((e) => e.id)).toEqual([
			'in-force-2024',
			'treaty-2024'
		]);
		expect(eventsCrossed(story, day('2024-06-19'), day('2024-06-19'))).toEqual([]);
	});

	it('announces what changed when the moment crosses an event', () => {
		expect(changeAnnouncement(story, day('2020-01-01'), day('2024-06-20'), 3, GB)).toBe(
			'20 June 2024: Event treaty-2024 — started: Russia is a partner of North Korea'
		);
		expect(changeAnnouncement(story, day('2024-07-01'), day('2024-12-05'), 3, GB)).toBe(
			'5 December 2024: Event in-force-2024 — started: Russia is allied with North Korea — ended: Russia is a partner of North Korea'
		);
		expect(changeAnnouncement(story, day('2024-06-20'), day('2024-06-01'), 3, GB)).toBe(
			'1 June 2024: back before Event treaty-2024'
		);
		expect(changeAnnouncement(story, day('2024-06-20'), day('2024-06-21'), 3, GB)).toBe('');
		expect(changeAnnouncement(story, day('1950-01-01'), day('2030-01-01'), 2, GB)).toMatch(
			/and 2 more events$/
		);
	});

	describe('in French', () => {
		afterEach(() => useLanguage('en'));

		it('says the same in French, with its plural forms and dates', async () => {
			await useLanguage('fr');
			expect(summaryText(sceneAt(story, day('2024-06-19')))).toBe(
				'19 juin 2024 : 4 acteurs, 4 relations'
			);
			expect(focusText(story, sceneAt(story, day('2024-06-20')), 'russia')).toMatch(
				/^Russia, .*\. 3 relations en vigueur\. Entrée sélectionne\.$/
			);
			expect(changeAnnouncement(story, day('1950-01-01'), day('2030-01-01'), 2)).toMatch(
				/^1 janvier 2030 : .* et 2 autres événements$/
			);
		});
	});
});
