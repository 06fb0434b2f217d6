/**
 * Which requests this page's Content-Security-Policy blocked. A blocked fetch fails with the same
 * TypeError as a network failure or a CORS refusal; only the `securitypolicyviolation` event
 * tells them apart.
 */
export interface PolicyWatch {
	/** The directive that blocked a request to `url`, or null when none did. */
	blockedBy(url: URL): Promise<string | null>;
	stop(): void;
}

/** How long after a failed fetch its violation event may still be on its way. */
const SETTLE_MS = 100;

export function watchPolicy(
	target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document
): PolicyWatch {
	const seen: { readonly uri: string; readonly directive: string }[] = [];
	const listener = (event: SecurityPolicyViolationEvent) => {
		seen.push({
			uri: event.blockedURI,
			directive: event.effectiveDirective || event.violatedDirective
		});
	};
	target.addEventListener('securitypolicyviolation', listener);
	const find = (url: URL) =>
		seen.find(
			(v) => v.uri === url.href || v.uri === url.origin || v.uri.startsWith(`${url.origin}/`)
		);
	return {
		async blockedBy(url) {
			const started = performance.now();
			while (!find(url) && performance.now() - started < SETTLE_MS) {
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			return find(url)?.directive ?? null;
		},
		stop: () => target.removeEventListener('securitypolicyviolation', listener)
	};
}
