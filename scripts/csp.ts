/**
 * Content-Security-Policies.
 *
 * STRICT_CSP is the strict policy a newsroom may serve the app under; `vite preview` (and so every
 * browser test) serves the built app with it, so any violation fails a test.
 * APP_CSP is the policy the built page carries itself in a <meta> tag: the same, except that
 * `?data=` may fetch a story from any https address the reader names.
 */
export const STRICT_CSP =
	"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";

export const APP_CSP = `${STRICT_CSP}; connect-src 'self' https:; object-src 'none'; base-uri 'self'; form-action 'self'`;
