/**
 * The snippet a journalist pastes: an iframe that works on its own (a fixed height, even where a
 * CMS strips scripts) and a tiny host script, served by the app itself, that resizes it.
 */
import { formatView, type EmbedView, type UrlView } from '../state/url';

export interface SnippetOptions {
	/** The app's address without query, e.g. `https://example.org/entente/`. */
	readonly appUrl: string;
	readonly view: UrlView;
	readonly embed: EmbedView;
	readonly title: string;
	/** Distinguishes several embeds on one page. */
	readonly id: string;
}

/**
 * A fixed height per view, used until (or unless) the host script resizes the frame: it fits the
 * bundled story at 700 px wide (e2e/look.spec.ts measures it), so the frame does not scroll.
 */
export const EMBED_HEIGHT: Record<EmbedView, number> = { graph: 690, timeline: 440, both: 1050 };

/** Bounds the host script accepts for a reported height. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe's `src`: the current view in embed mode, with the frame's id. */
export function embedSrc(options: SnippetOptions): string {
	const view: UrlView = { ...options.view, embed: options.embed, mode: 'explore', query: '' };
	const search = formatView(view);
	return `${options.appUrl}${search}${search ? '&' : '?'}id=${encodeURIComponent(options.id)}`;
}

/** The HTML to paste. */
export function embedSnippet(options: SnippetOptions): string {
	const src = embedSrc(options);
	const iframe =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}"` +
		` loading="lazy" allow="fullscreen" style="width:100%;border:0"` +
		` height="${EMBED_HEIGHT[options.embed]}"></iframe>`;
	const script = `<script src="${escapeAttribute(options.appUrl)}embed.js" async></script>`;
	return `${iframe}\n${script}`;
}
