/**
 * Code that loads on first use. `lazy(() => import('./Heavy.svelte'))` makes a handle whose
 * `current` is null until the module has arrived, and starts the download the first time it is
 * read: a view that reads it only where it needs the module loads nothing before then.
 */
import { afterViewsDrawn } from './drawn';

export interface Lazy<T> {
	/** The module, or null while it loads (reading this starts the load). */
	readonly current: T | null;
	/** Why it failed to load (a dropped connection, a deploy in between), or ''. */
	readonly error: string;
	/** Loads it now, if not already. */
	load(): Promise<T>;
}

export interface LazyOptions {
	/**
	 * `'views'`: a read starts the load only once the page's views have been drawn (drawn.ts), and
	 * a frame later, for code the first render does not need (gestures, say), so that it never
	 * delays that render.
	 */
	readonly after?: 'views';
}

export function lazy<T>(importer: () => Promise<T>, options: LazyOptions = {}): Lazy<T> {
	let value = $state.raw<T | null>(null);
	let error = $state('');
	let pending: Promise<T> | null = null;
	const load = (): Promise<T> => {
		pending ??= importer().then(
			(module) => (value = module),
			(reason: unknown) => {
				pending = null;
				const why = reason instanceof Error ? reason.message : String(reason);
				// The reason at once (a read before the message is in words must not load again), then
				// the message. The words come by import(): a static import of i18n.ts here splits the
				// entry chunk into five (0.9 KiB more before explore's first render).
				error = why || 'error';
				void import('./i18n/i18n').then(({ t }) => {
					error = t('Part of the page could not be loaded ({reason}). Reload to try again.', {
						reason: why
					});
				});
				throw reason;
			}
		);
		return pending;
	};
	let scheduled = false;
	return {
		get current() {
			if (!value && !pending && !error && !scheduled) {
				if (options.after === 'views') {
					scheduled = true;
					afterViewsDrawn(() => load().catch(() => {}));
				} else load().catch(() => {});
			}
			return value;
		},
		get error() {
			return error;
		},
		load
	};
}
