/**
 * The view as a URL query: every view is a link. Plain functions, no DOM, so they are unit-tested.
 *
 * `?t=2024-06-20&event=treaty-2024&q=veto&with=russia&mode=present&step=3&theme=dark&embed=graph&lang=en-US`
 */
import { isoDay, parseDay } from '../model/dates';

export type SelectionKind = 'event' | 'actor' | 'relation';
export interface Selection {
	readonly kind: SelectionKind;
	readonly id: string;
}
export type Mode = 'explore' | 'present' | 'edit';
export type Theme = 'light' | 'dark' | 'projector' | 'auto';
export type EmbedView = 'graph' | 'timeline' | 'both';

/** Everything a link carries. `moment` is a UTC day in ms; null means "the story's default". */
export interface UrlView {
	moment: number | null;
	selection: Selection | null;
	query: string;
	actorFilter: string;
	mode: Mode;
	theme: Theme;
	embed: EmbedView | null;
	/** Gap compression on the timeline (on unless `linear=1`). */
	compress: boolean;
	/** Show relations out of force faded instead of hidden (`ended=1`). */
	showEnded: boolean;
	/** A dataset to load from an address (`data=`). */
	data: string | null;
	/** The step of the guided story, 0-based (the link says `step=1` for the first); null: none. */
	step: number | null;
	/** The locale dates are written in (`lang=en-US`); null: the reader's own. */
	lang: string | null;
}

export const DEFAULT_VIEW: Readonly<UrlView> = {
	moment: null,
	selection: null,
	query: '',
	actorFilter: '',
	mode: 'explore',
	theme: 'auto',
	embed: null,
	compress: true,
	showEnded: false,
	data: null,
	step: null,
	lang: null
};

const SELECTION_KINDS: readonly SelectionKind[] = ['event', 'actor', 'relation'];
const MODES: readonly Mode[] = ['explore', 'present', 'edit'];
const THEMES: readonly Theme[] = ['light', 'dark', 'projector', 'auto'];
const EMBEDS: readonly EmbedView[] = ['graph', 'timeline', 'both'];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
	return values.find((v) => v === value);
}

/** A BCP 47 language tag as Intl writes it (`en-us` → `en-US`), or null when it is none. */
function localeTag(text: string | null): string | null {
	if (!text) return null;
	try {
		return Intl.getCanonicalLocales(text)[0] ?? null;
	} catch {
		return null;
	}
}

/** Reads a view from a query string; anything unknown or malformed falls back to the default. */
export function parseView(search: string): UrlView {
	const params = new URLSearchParams(search);
	const view: UrlView = { ...DEFAULT_VIEW };
	const t = params.get('t');
	if (t) view.moment = parseDay(t);
	for (const kind of SELECTION_KINDS) {
		const id = params.get(kind);
		if (id) {
			view.selection = { kind, id };
			break;
		}
	}
	view.query = params.get('q') ?? '';
	view.actorFilter = params.get('with') ?? '';
	view.mode = oneOf(MODES, params.get('mode')) ?? 'explore';
	view.theme = oneOf(THEMES, params.get('theme')) ?? 'auto';
	if (params.has('embed')) view.embed = oneOf(EMBEDS, params.get('embed') || 'both') ?? 'both';
	view.compress = params.get('linear') !== '1';
	view.showEnded = params.get('ended') === '1';
	view.data = params.get('data');
	const step = params.get('step');
	if (step && /^[1-9]\d{0,4}$/.test(step)) view.step = Number(step) - 1;
	view.lang = localeTag(params.get('lang'));
	return view;
}

/** Writes a view as a query string (with its leading `?`, or empty), leaving defaults out. */
export function formatView(view: UrlView): string {
	const params = new URLSearchParams();
	if (view.data) params.set('data', view.data);
	if (view.embed) params.set('embed', view.embed);
	if (view.moment !== null) params.set('t', isoDay(view.moment));
	if (view.selection) params.set(view.selection.kind, view.selection.id);
	if (view.query) params.set('q', view.query);
	if (view.actorFilter) params.set('with', view.actorFilter);
	if (view.mode !== 'explore') params.set('mode', view.mode);
	if (view.step !== null) params.set('step', String(view.step + 1));
	if (view.theme !== 'auto') params.set('theme', view.theme);
	if (!view.compress) params.set('linear', '1');
	if (view.showEnded) params.set('ended', '1');
	if (view.lang) params.set('lang', view.lang);
	const text = params.toString();
	return text ? `?${text}` : '';
}
