import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import type { ImportResult } from '../model/import';
import type { LoaderRequest, LoaderResponse } from './protocol';
import { Unshipping } from './shipping';

// The worker's own scope, as the browser gives it: it answers through postMessage.
const posted: LoaderResponse[] = [];
const scope = {
	postMessage: (message: LoaderResponse) => posted.push(message),
	onmessage: null as ((event: MessageEvent<LoaderRequest>) => void) | null
};
vi.stubGlobal('self', scope);
await import('./story.worker');

/** Sends a request as the page does, and puts the answer together as the page does. */
async function send(request: LoaderRequest): Promise<ImportResult> {
	posted.length = 0;
	scope.onmessage!({ data: request } as MessageEvent<LoaderRequest>);
	await vi.waitFor(() => expect(posted.some((m) => m.type === 'opened')).toBe(true));
	const unshipping = new Unshipping();
	for (const m of posted) if (m.type === 'slice') unshipping.add(m.list, m.items);
	const opened = posted.find((m) => m.type === 'opened');
	return unshipping.result(opened!.type === 'opened' ? opened!.result : (null as never));
}

const messages = (result: ImportResult) => (result.ok ? [] : result.errors.map((e) => e.message));

describe('the story worker', () => {
	afterEach(() => useLanguage('en'));

	it('writes problems in the language the page asks for, and back in English', async () => {
		const text =
			'{"title": "T", "actors": [], "events": [], "relations": [], "sources": [], "defaultMoment": "2024-02-30"}';
		const fr = await send({ id: 1, type: 'text', text, lang: 'fr', locale: 'fr' });
		expect(messages(fr)).toContain("'2024-02-30' n'est pas une date réelle");
		const en = await send({ id: 2, type: 'text', text, lang: 'en', locale: 'en' });
		expect(messages(en)).toContain("'2024-02-30' is not a real date");
	});
});
