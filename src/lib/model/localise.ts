/**
 * A story shown in the reader's language: its texts replaced by the translations it carries
 * (`translations: { "fr": { "title": "…" } }`) where it has them, its own text elsewhere. The
 * dataset as written stays in `original`, for the editor and the exports. It loads only with a
 * story opened (src/lib/import/opening.ts) or, before the first frame, for the bundled story in
 * another language; `textLang` (text-lang.ts), which every view uses, is apart and tiny.
 */
import type { Dataset } from './schema';
import type { Story } from './story';
import { primary } from './text-lang';

type Texts = Readonly<Record<string, string | undefined>>;
interface Translatable {
	readonly translations?: Readonly<Record<string, Texts>>;
}

/**
 * A story as loaded, with its texts in `page` (a BCP 47 tag, matched by language: a `fr-CA` translation
 * serves `fr`). New objects where something is translated; the same ones elsewhere.
 */
export function localiseStory(story: Story, page: string): Story {
	const data = story.data;
	const lang = data.lang ?? 'en';
	const translated = new WeakMap<object, Record<string, string>>();
	const shown = { ...story, original: data, texts: { page, lang, translated } };
	if (primary(lang) === primary(page)) return shown;

	const one = <T extends object>(item: T): T => {
		const all = (item as Translatable).translations ?? {};
		const tag = all[page] ? page : Object.keys(all).find((k) => primary(k) === primary(page));
		if (!tag) return item;
		const out = { ...item } as Record<string, unknown>;
		const langs: Record<string, string> = {};
		for (const [field, text] of Object.entries(all[tag]!)) {
			if (text === undefined) continue;
			out[field] = text;
			langs[field] = tag;
		}
		translated.set(out, langs);
		return out as T;
	};
	const each = <T extends object>(items: readonly T[], show: (item: T) => T = one) => {
		const out = items.map(show);
		return out.some((item, i) => item !== items[i]) ? out : items;
	};
	const byId = <T extends { readonly id: string }>(
		items: readonly T[],
		written: readonly T[],
		index: ReadonlyMap<string, T>
	): ReadonlyMap<string, T> =>
		items === written ? index : new Map(items.map((item) => [item.id, item]));
	// Declared kinds' names (a relation kind without a verb of its own reads as its name).
	const kinds = <K extends { readonly label: string }>(
		map: ReadonlyMap<string, K>,
		declared: readonly ((Translatable & { id: string; verb?: string }) | null)[] = []
	): ReadonlyMap<string, K> => {
		let out: Map<string, K> | undefined;
		for (const kind of declared) {
			const info = kind && map.get(kind.id);
			const kindShown = info && one({ ...info, translations: kind.translations });
			const langs = kindShown && translated.get(kindShown);
			if (!langs) continue;
			if ('verb' in kindShown && !kind.verb && langs.label && !langs.verb) {
				kindShown.verb = kindShown.label;
				langs.verb = langs.label;
			}
			(out ??= new Map(map)).set(kind.id, kindShown);
		}
		return out ?? map;
	};

	const actors = each(story.actors);
	const actorById = byId(actors, story.actors, story.actorById);
	// A person's office implies a `leads` relation labelled with it: in its translation too.
	const relations = each(story.relations, (relation) => {
		if (!relation.derived) return one(relation);
		const person = actorById.get(relation.from);
		const tag = person && translated.get(person)?.role;
		if (!tag) return relation;
		const out = { ...relation, label: person.role };
		translated.set(out, { label: tag });
		return out;
	});
	const events = each(story.events);
	const sources = each(story.sources);
	const top = one(data);
	const steps = data.story && (each(data.story) as Dataset['story']);
	const localised: Dataset = { ...top, ...(steps ? { story: steps } : {}) };
	const langs = translated.get(top);
	if (langs) translated.set(localised, langs);
	return {
		...shown,
		data: localised,
		actors,
		events,
		relations,
		sources,
		actorById,
		eventById: byId(events, story.events, story.eventById),
		relationById: byId(relations, story.relations, story.relationById),
		sourceById: byId(sources, story.sources, story.sourceById),
		relationKinds: kinds(story.relationKinds, data.kinds?.relations),
		eventKinds: kinds(story.eventKinds, data.kinds?.events)
	};
}
