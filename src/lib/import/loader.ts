/**
 * The page's side of the story loader (story.worker.ts): one worker, started when first needed.
 * Cancel ends the worker outright, so nothing of a cancelled story reaches the page, and the next
 * story starts a fresh one.
 */
import { language, locale, t } from '../i18n/i18n';
import type { ImportResult } from '../model/import';
import type { SaveOutcome } from '../state/saved';
import type { LoaderRequest, LoaderResponse, Stage } from './protocol';
import { Unshipping } from './shipping';

export type { Stage } from './protocol';

/** How far opening has come: the stage, and for reading the share done (0 to 1). */
export interface Progress {
	readonly stage: Stage;
	readonly fraction: number | null;
}

/** The saved story: its name (null for none), and with `load` the result of opening it. */
export interface Restored {
	readonly name: string | null;
	/** Whether a story kept by an older version (in localStorage) is now stored here. */
	readonly migrated: boolean;
	readonly result: ImportResult | null;
}
type Open = Extract<LoaderRequest, { type: 'files' | 'text' | 'address' }>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id' | 'lang' | 'locale'> : never;

interface Pending {
	readonly type: LoaderRequest['type'];
	/** The long lists of the result, arriving ahead of it in slices. */
	readonly unshipping: Unshipping;
	answer(response: LoaderResponse | null, error?: string): void;
	progress?: (progress: Progress) => void;
}

export class StoryLoader {
	#worker: Worker | null = null;
	#nextId = 1;
	readonly #pending = new Map<number, Pending>();

	/** Opens a story in the worker; null when cancelled. */
	open(
		request: WithoutId<Open>,
		progress: (progress: Progress) => void
	): Promise<ImportResult | null> {
		return new Promise((resolve) => {
			const unshipping = new Unshipping();
			this.#send(request, {
				type: request.type,
				unshipping,
				progress,
				answer: (response, error) => {
					if (response?.type === 'opened') resolve(unshipping.result(response.result));
					else if (error !== undefined) resolve(crashed(error));
					else resolve(null);
				}
			});
		});
	}

	/** Keeps the story that opened last in this browser. */
	keep(name: string): Promise<SaveOutcome> {
		return new Promise((resolve) => {
			this.#send(
				{ type: 'keep', name },
				{
					type: 'keep',
					unshipping: new Unshipping(),
					answer: (response) =>
						resolve(response?.type === 'kept' ? response.outcome : { ok: false, reason: 'refused' })
				}
			);
		});
	}

	/** The saved story: its name, and (with `load`) the result of opening it. */
	restore(load: boolean, legacy: string | null): Promise<Restored | null> {
		return new Promise((resolve) => {
			const unshipping = new Unshipping();
			this.#send(
				{ type: 'restore', load, legacy },
				{
					type: 'restore',
					unshipping,
					answer: (response) => {
						if (response?.type !== 'restored') return resolve(null);
						const { name, migrated, result } = response;
						resolve({ name, migrated, result: result && unshipping.result(result) });
					}
				}
			);
		});
	}

	forget(): Promise<void> {
		return new Promise((resolve) => {
			this.#send(
				{ type: 'forget' },
				{ type: 'forget', unshipping: new Unshipping(), answer: () => resolve() }
			);
		});
	}

	/** Stops whatever the worker is doing: pending opens come back as null. */
	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		for (const request of pending) request.answer(null);
	}

	#send(request: WithoutId<LoaderRequest>, pending: Pending): void {
		const id = this.#nextId++;
		this.#pending.set(id, pending);
		const message = { ...request, id, lang: language(), locale: locale() } as LoaderRequest;
		const transfer = message.type === 'address' ? [message.bytes.buffer as ArrayBuffer] : [];
		this.#getWorker().postMessage(message, transfer);
	}

	#getWorker(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./story.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<LoaderResponse>) => {
			const response = event.data;
			const pending = this.#pending.get(response.id);
			if (!pending) return;
			if (response.type === 'slice') {
				pending.unshipping.add(response.list, response.items);
				return;
			}
			if (response.type === 'progress') {
				const fraction =
					response.total && response.done !== undefined ? response.done / response.total : null;
				pending.progress?.({ stage: response.stage, fraction });
				return;
			}
			this.#pending.delete(response.id);
			pending.answer(response);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			const pending = [...this.#pending.values()];
			this.#pending.clear();
			worker.terminate();
			if (this.#worker === worker) this.#worker = null;
			for (const request of pending) request.answer(null, event.message || 'the loader stopped');
		};
		this.#worker = worker;
		return worker;
	}
}

function crashed(message: string): ImportResult {
	return {
		ok: false,
		name: t('the story'),
		warnings: [],
		errors: [
			{ severity: 'error', path: [], message: t('could not be opened ({message})', { message }) }
		]
	};
}
