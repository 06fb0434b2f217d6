/**
 * The story loader: reads files, decodes, parses and checks a story off the main thread, so the
 * page stays responsive however large the story; and keeps the story in this browser
 * (IndexedDB), so the main thread never copies a large dataset into storage either.
 */
import { language, locale, t, useLanguage } from '../i18n/i18n';
import { loadJsonText, type ImportResult, type RawFile } from '../model/import';
import { readSaved, writeSaved, forgetSaved, type SavedStory } from '../state/saved';
import { openSource, refuseTooLarge, type OpenSource } from './open';
import type { LoaderRequest, LoaderResponse } from './protocol';
import { ship, type Shipped } from './shipping';

const scope = self as unknown as {
	postMessage(message: LoaderResponse): void;
	onmessage: ((event: MessageEvent<LoaderRequest>) => void) | null;
};
const post = (message: LoaderResponse) => scope.postMessage(message);
/** Sends the result's long lists ahead, in slices; returns the rest to send. */
const shipped = (id: number, result: ImportResult): Shipped =>
	ship(result, (list, items) => post({ id, type: 'slice', list, items }));

/** The dataset of the last story that opened, as JSON, for `keep`. */
let lastOpened: string | null = null;

scope.onmessage = (event) => {
	void handle(event.data).catch((error: unknown) => {
		// Every path above returns a result; this is the last guard against a bug.
		const message = error instanceof Error ? error.message : String(error);
		post({
			id: event.data.id,
			type: 'opened',
			result: {
				ok: false,
				name: t('the story'),
				warnings: [],
				errors: [
					{
						severity: 'error',
						path: [],
						message: t('could not be opened ({message})', { message })
					}
				]
			}
		});
	});
};

async function handle(request: LoaderRequest): Promise<void> {
	const { id } = request;
	// This worker has its own copy of the catalogues: problems are written in the reader's words.
	if (request.lang !== language() || request.locale !== locale())
		await useLanguage(request.lang, request.locale);
	switch (request.type) {
		case 'files': {
			const refused = refuseTooLarge(request.files);
			if (refused) return post({ id, type: 'opened', result: shipped(id, refused) });
			const files = await readFiles(id, request.files);
			return open(id, { kind: 'files', files });
		}
		case 'text':
			return open(id, { kind: 'text', text: request.text });
		case 'address':
			return open(id, {
				kind: 'address',
				name: request.name,
				bytes: request.bytes,
				url: request.url,
				contentType: request.contentType
			});
		case 'keep': {
			if (lastOpened === null)
				return post({ id, type: 'kept', outcome: { ok: false, reason: 'refused' } });
			const outcome = await writeSaved({
				name: request.name,
				json: lastOpened,
				savedAt: new Date().toISOString()
			});
			return post({ id, type: 'kept', outcome });
		}
		case 'restore':
			return restore(id, request.load, request.legacy);
		case 'forget':
			await forgetSaved();
			return post({ id, type: 'forgotten' });
	}
}

function open(id: number, source: OpenSource): void {
	post({ id, type: 'progress', stage: 'checking' });
	const result = openSource(source);
	lastOpened = result.ok ? JSON.stringify(result.story.data) : null;
	post({ id, type: 'opened', result: shipped(id, result) });
}

/** Reads files chunk by chunk, telling how far it got. */
async function readFiles(id: number, files: readonly File[]): Promise<RawFile[]> {
	const total = files.reduce((sum, f) => sum + f.size, 0);
	let done = 0;
	let told = 0;
	const raw: RawFile[] = [];
	post({ id, type: 'progress', stage: 'reading', done, total });
	for (const file of files) {
		const bytes = new Uint8Array(file.size);
		let offset = 0;
		const reader = file.stream().getReader();
		for (;;) {
			const { done: finished, value } = await reader.read();
			if (finished) break;
			bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset);
			offset += value.length;
			done += value.length;
			if (done - told > total / 50) {
				told = done;
				post({ id, type: 'progress', stage: 'reading', done, total });
			}
		}
		raw.push({ name: file.name, bytes: bytes.subarray(0, Math.min(offset, bytes.length)) });
	}
	post({ id, type: 'progress', stage: 'reading', done: total, total });
	return raw;
}

async function restore(id: number, load: boolean, legacy: string | null): Promise<void> {
	let saved = await readSaved();
	let migrated = false;
	if (!saved && legacy) {
		const moved = fromLegacy(legacy);
		if (moved && (await writeSaved(moved)).ok) {
			saved = moved;
			migrated = true;
		}
	}
	if (!saved) return post({ id, type: 'restored', name: null, migrated, result: null });
	if (!load) return post({ id, type: 'restored', name: saved.name, migrated, result: null });
	post({ id, type: 'progress', stage: 'checking' });
	const result = { ...loadJsonText(saved.json, saved.name), name: saved.name };
	lastOpened = result.ok ? saved.json : null;
	post({ id, type: 'restored', name: saved.name, migrated, result: shipped(id, result) });
}

/** A story kept by an older Entente in localStorage: `{ name, dataset }` as JSON. */
function fromLegacy(text: string): SavedStory | null {
	try {
		const value = JSON.parse(text) as { name?: unknown; dataset?: unknown };
		if (typeof value !== 'object' || value === null || value.dataset === undefined) return null;
		return {
			name: typeof value.name === 'string' ? value.name : t('the saved story'),
			json: JSON.stringify(value.dataset),
			savedAt: new Date().toISOString()
		};
	} catch {
		return null;
	}
}
