/**
 * The Content-Security-Policy, from this one source: the built page carries it in a <meta> tag,
 * and `vite preview` (and so every browser test) sends the same text as a header, so what the
 * tests see is what a reader gets. No `eval`, no inline script, no third-party host; `?data=` may
 * read a story from any https address the reader names (connect-src), and the story loader and
 * the layout run in workers from the app's own origin (worker-src).
 *
 * `frame-ancestors` is left out on purpose: a <meta> policy cannot carry it, and any site may
 * frame an embed (docs/security.md says how a host can restrict that on its server).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:', 'blob:'],
	'connect-src': ["'self'", 'https:'],
	'worker-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"]
};

/** The policy as one header value. */
export const CSP = Object.entries(CSP_DIRECTIVES)
	.map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
	.join('; ');
