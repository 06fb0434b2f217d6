/**
 * The steps of a guided story: the dataset's own `story` when it has one, otherwise every event
 * in date order. Present mode and the guided mode of explore walk through the same list.
 */
import { formatPartialDate, formatRange, parsePartialDate, type PartialDate } from '../model/dates';
import type { Story, TimedEvent } from '../model/load';
import { textLang } from '../model/text-lang';

export interface GuidedStep {
	/** The event shown, when the step is about one. */
	readonly event?: TimedEvent;
	/** The step's date, at its precision (an event's date, or the step's moment). */
	readonly when: PartialDate;
	/** The date as read aloud and printed: "June 2024", "June 19, 2024", "1961–1996". */
	readonly date: string;
	/** The UTC day the graph and the timeline show. */
	readonly moment: number;
	readonly title: string;
	/** What the author wrote for the step ('' when nothing). */
	readonly caption: string;
	/** The languages of the title and the caption, where not the page's (`lang=`). */
	readonly titleLang?: string | undefined;
	readonly captionLang?: string | undefined;
	/** Actors the step is about: framed and lit in the graph. */
	readonly focus: readonly string[];
}

const cache = new WeakMap<Story, readonly GuidedStep[]>();

/** The steps of a story (computed once per story). */
export function stepsOf(story: Story): readonly GuidedStep[] {
	let steps = cache.get(story);
	if (!steps) cache.set(story, (steps = computeSteps(story)));
	return steps;
}

function eventStep(story: Story, event: TimedEvent): GuidedStep {
	return {
		event,
		titleLang: textLang(story, event, 'title'),
		when: event.when,
		date: formatRange(event.when, event.last),
		moment: event.start,
		title: event.title,
		caption: '',
		focus: event.actors
	};
}

function computeSteps(story: Story): readonly GuidedStep[] {
	const authored = story.data.story;
	if (!authored || authored.length === 0) return story.events.map((e) => eventStep(story, e));
	const steps: GuidedStep[] = [];
	for (const step of authored) {
		const event = step.event !== undefined ? story.eventById.get(step.event) : undefined;
		const moment = step.moment !== undefined ? parsePartialDate(step.moment) : null;
		const base = event ? eventStep(story, event) : null;
		const when = moment ?? base?.when;
		if (!when) continue; // A loaded story has none of these: load.ts checks every step.
		steps.push({
			...(event ? { event } : {}),
			when,
			date: moment ? formatPartialDate(moment) : base!.date,
			moment: moment ? moment.start : base!.moment,
			title: step.title ?? base?.title ?? formatPartialDate(when),
			caption: step.caption ?? '',
			titleLang: step.title ? textLang(story, step, 'title') : base?.titleLang,
			captionLang: textLang(story, step, 'caption'),
			focus: step.focus ?? base?.focus ?? []
		});
	}
	return steps;
}

/** The actors a step puts on stage (framed and lit in the graph); none outside a step. */
export function stageOf(story: Story, step: number | null): readonly string[] {
	return step === null ? [] : (stepsOf(story)[step]?.focus ?? []);
}

/** The 0-based index of the step showing an event, or -1. */
export function stepOfEvent(steps: readonly GuidedStep[], eventId: string | null): number {
	return eventId === null ? -1 : steps.findIndex((s) => s.event?.id === eventId);
}
