/**
 * Opening a dataset from an address (`?data=<url>`): only https or the page's own origin, with a
 * time limit, a size limit checked both on the announced length and on the bytes actually read,
 * and a check that what came back is a JSON dataset. Never throws.
 */
import { t } from '../i18n/i18n';
import { decodeText, loadJsonText, type ImportResult } from './import';
import type { LoadResult, Problem } from './load';
import { limitSize, sizeOverLimit } from './sizes';

export const URL_TIMEOUT_MS = 10_000;
export const URL_MAX_BYTES = 5 * 1024 * 1024;

export interface FetchDatasetOptions {
	/** The page's own address: relative addresses resolve against it, and its origin is trusted. */
	readonly pageUrl: string;
	readonly timeoutMs?: number;
	readonly maxBytes?: number;
	readonly fetch?: typeof fetch;
	/** Stops the fetch (the reader cancelled). */
	readonly signal?: AbortSignal;
	/**
	 * After a fetch failed: the directive of this page's Content-Security-Policy that blocked it,
	 * or null (in a browser, from the `securitypolicyviolation` events; see `watchPolicy`).
	 */
	readonly blockedBy?: (url: URL) => Promise<string | null>;
}

/** Whether an address may be fetched: https anywhere, or anything on the page's own origin. */
export function checkDataAddress(
	address: string,
	pageUrl: string
): { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly message: string } {
	let url: URL;
	try {
		url = new URL(address, pageUrl);
	} catch {
		return { ok: false, message: t('is not a web address') };
	}
	const page = new URL(pageUrl);
	if (url.origin === page.origin && (url.protocol === 'https:' || url.protocol === 'http:')) {
		return { ok: true, url };
	}
	if (url.protocol === 'https:') return { ok: true, url };
	return {
		ok: false,
		message:
			url.protocol === 'http:'
				? t(
						"is not secure (http:): Entente's policy opens only https: addresses, or files on its own site"
					)
				: t(
						"uses '{scheme}', which Entente's policy does not allow: give an https: address, or a file on this site",
						{ scheme: url.protocol }
					)
	};
}

/** A short name for an address: its last path segment, else its host. */
export function nameOfAddress(address: string, pageUrl: string): string {
	try {
		const url = new URL(address, pageUrl);
		const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '');
		return last || url.host || address;
	} catch {
		return address.slice(0, 80);
	}
}

/**
 * Fetches and loads a dataset JSON.
 *
 * @example await fetchDataset('./examples/cuban-missile-crisis.json', { pageUrl: location.href })
 */
export async function fetchDataset(
	address: string,
	options: FetchDatasetOptions
): Promise<ImportResult> {
	const fetched = await fetchDatasetBytes(address, options);
	return 'bytes' in fetched ? { ...loadFetchedBytes(fetched), name: fetched.name } : fetched;
}

/** What came from an address: its bytes, to be loaded (in the story loader's worker). */
export interface FetchedBytes {
	readonly name: string;
	readonly bytes: Uint8Array;
	/** The address it came from and the type the server gave it, to tell a CSV table. */
	readonly url: string;
	readonly contentType: string;
}

/**
 * Fetches a dataset's bytes, with every check `fetchDataset` makes before loading them; a
 * refusal comes back as a failed result. Never throws.
 */
export async function fetchDatasetBytes(
	address: string,
	options: FetchDatasetOptions
): Promise<FetchedBytes | ImportResult> {
	const name = nameOfAddress(address, options.pageUrl);
	try {
		const fetched = await fetchChecked(address, name, options);
		return fetched.ok === 'fetched'
			? { name, bytes: fetched.bytes, url: fetched.url, contentType: fetched.contentType }
			: { ...fetched, name };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { ...refuse(name, t('could not be opened ({message})', { message })), name };
	}
}

/** Loads the bytes of a dataset JSON that came from an address. */
export function loadFetchedBytes({ name, bytes, url, contentType }: FetchedBytes): LoadResult {
	const decoded = decodeText(name, bytes);
	if (!decoded.ok) return { ok: false, errors: [decoded.problem], warnings: [] };
	if (looksLikeCsv(new URL(url), contentType, decoded.text)) return refuse(name, csvByAddress());
	const result = loadJsonText(decoded.text, name);
	return decoded.warning ? { ...result, warnings: [decoded.warning, ...result.warnings] } : result;
}

function refuse(file: string, message: string): LoadResult {
	const problem: Problem = { severity: 'error', path: [], file, message };
	return { ok: false, errors: [problem], warnings: [] };
}

async function fetchChecked(
	address: string,
	name: string,
	options: FetchDatasetOptions
): Promise<
	| LoadResult
	| {
			readonly ok: 'fetched';
			readonly bytes: Uint8Array;
			readonly url: string;
			readonly contentType: string;
	  }
> {
	const checked = checkDataAddress(address, options.pageUrl);
	if (!checked.ok) return refuse(address.slice(0, 200), checked.message);
	const maxBytes = options.maxBytes ?? URL_MAX_BYTES;
	const timeoutMs = options.timeoutMs ?? URL_TIMEOUT_MS;
	const doFetch = options.fetch ?? fetch;
	const controller = new AbortController();
	options.signal?.addEventListener('abort', () => controller.abort(), { once: true });
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs);
	const seconds = String(Math.round(timeoutMs / 100) / 10);
	try {
		let response: Response;
		try {
			response = await doFetch(checked.url.href, {
				signal: controller.signal,
				credentials: 'same-origin',
				headers: { Accept: 'application/json' }
			});
		} catch {
			if (timedOut) return refuse(name, t('did not answer within {seconds} seconds', { seconds }));
			return refuse(name, await whyFetchFailed(checked.url, options, doFetch));
		}
		if (response.redirected) {
			const final = checkDataAddress(response.url, options.pageUrl);
			if (!final.ok) {
				await response.body?.cancel();
				return refuse(
					name,
					t('redirects to an address that {problem}', { problem: final.message })
				);
			}
		}
		if (!response.ok) {
			await response.body?.cancel();
			return refuse(
				name,
				t('could not be fetched: the server answered {status}', {
					status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
				})
			);
		}
		const type = (response.headers.get('content-type') ?? '').toLowerCase();
		if (/^(text\/html|application\/xhtml|image\/|video\/|audio\/)/.test(type)) {
			await response.body?.cancel();
			return refuse(
				name,
				t('is {type}, not a JSON dataset: link to the raw .json file itself', {
					type: type.split(';')[0]!
				})
			);
		}
		const announced = Number(response.headers.get('content-length'));
		if (Number.isFinite(announced) && announced > maxBytes) {
			await response.body?.cancel();
			return refuse(name, tooLarge(announced, maxBytes));
		}
		const bytes = await readCapped(response, maxBytes);
		if (bytes === 'too-large') return refuse(name, tooLarge(null, maxBytes));
		return { ok: 'fetched', bytes, url: checked.url.href, contentType: type };
	} catch {
		return refuse(
			name,
			timedOut
				? t('did not finish within {seconds} seconds', { seconds })
				: t('could not be read to the end')
		);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Why a fetch that failed without an answer failed, in words: the page's own policy blocked it,
 * the other site answered but does not let other sites read it (CORS), or it could not be
 * reached at all. A fetch gives all three the same TypeError, so the policy is asked through its
 * violation events, and a second, opaque (`no-cors`) request tells a server that answers from
 * one that does not.
 */
async function whyFetchFailed(
	url: URL,
	options: FetchDatasetOptions,
	doFetch: typeof fetch
): Promise<string> {
	const directive = (await options.blockedBy?.(url)) ?? null;
	if (directive) {
		return t(
			"was blocked by this page's Content-Security-Policy ({directive}), which does not let it read from {host}: put the file on the same site as Entente, or ask whoever serves Entente to allow {origin} in connect-src",
			{ directive, host: url.host, origin: url.origin }
		);
	}
	const sameOrigin = url.origin === new URL(options.pageUrl).origin;
	if (!sameOrigin) {
		const answers = await doFetch(url.href, {
			mode: 'no-cors',
			credentials: 'omit',
			signal: AbortSignal.timeout(options.timeoutMs ?? URL_TIMEOUT_MS)
		}).then(
			() => true,
			() => false
		);
		if (answers) {
			return t(
				'was refused by the browser: {host} answered, but does not allow other sites to read the file (CORS). Its server must send Access-Control-Allow-Origin, or put the file on the same site as Entente',
				{ host: url.host }
			);
		}
	}
	return t('could not be reached: {host} did not answer. Check the address and the connection', {
		host: url.host
	});
}

export function csvByAddress(): string {
	return t(
		'is a CSV table, but an address can open only a dataset JSON: open the CSV files with “Open story…” (choose them all together), then download the story as JSON and link to that file'
	);
}

/** A CSV table rather than JSON: by its name, its type, or a first line of cells. */
function looksLikeCsv(url: URL, type: string, text: string): boolean {
	if (/\.csv$/i.test(url.pathname) || /^text\/(csv|tab-separated-values)/.test(type)) return true;
	const start = text.replace(/^\uFEFF/, '').trimStart();
	const line = start.slice(0, start.search(/\r|\n|$/));
	return !/^[{["]/.test(start) && /[,;\t]/.test(line);
}

/** Reads a body, stopping as soon as more than `maxBytes` have come. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > maxBytes) {
			await reader.cancel();
			return 'too-large';
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}

function tooLarge(bytes: number | null, limit: number): string {
	if (bytes === null)
		return t('is larger than {limit}, the most that can be opened from an address', {
			limit: limitSize(limit)
		});
	const sizes = sizeOverLimit(bytes, limit);
	return t('is too large ({size}; at most {limit} can be opened from an address)', sizes);
}
