/**
 * When the page's views have first been drawn. Code that the first render does not need (the
 * timeline's gestures, say) waits for it, so that it never competes with the views' own code for
 * the network or the main thread. App.svelte says which views the mode shows; each view reports
 * its first drawing. Where nobody said what to expect (a view mounted on its own, as in the
 * benchmarks), the first report is enough; and after a few seconds the wait ends regardless, so
 * a view that cannot draw (a failed layout) never holds the rest back for long.
 */
const expected = new Set<string>();
let expecting = false;
let done: () => void = () => {};
let finished = false;

/** Resolves once every expected view has been drawn. */
export const viewsDrawn: Promise<void> = new Promise((resolve) => {
	done = () => {
		if (finished) return;
		finished = true;
		performance.mark('entente:views-drawn');
		resolve();
	};
});

/** The views the page will show (App.svelte, once per page). */
export function expectViews(views: readonly string[]): void {
	expecting = true;
	for (const v of views) expected.add(v);
	setTimeout(done, 5000);
	if (expected.size === 0) done();
}

/** A view has drawn for the first time. */
export function viewDrawn(view: string): void {
	expected.delete(view);
	if (!expecting || expected.size === 0) done();
}

/**
 * Runs `task` once the views are drawn and a frame has gone by, so that what it loads never
 * competes with the first render (nor shows up among the files it fetched).
 */
export function afterViewsDrawn(task: () => void): void {
	void viewsDrawn.then(() => requestAnimationFrame(() => setTimeout(task, 0)));
}
