import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, type ImportResult } from './import';
import { checkDataAddress, fetchDataset, nameOfAddress } from './import-url';

const EXAMPLE = readFileSync('data/examples/cuban-missile-crisis.json');

/** A real HTTP server on the loopback address, answering each path in its own way. */
const routes: Record<string, (res: ServerResponse) => void> = {
	'/stories/example.json': (res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(EXAMPLE);
	},
	'/stories/missing.json': (res) => {
		res.writeHead(404, 'Not Found');
		res.end('no');
	},
	'/stories/page.html': (res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end('<h1>hi</h1>');
	},
	'/stories/announced-big.json': (res) => {
		res.writeHead(200, { 'content-type': 'application/json', 'content-length': '6000000' });
		res.write('{');
		// The rest never comes: the client must not wait for it.
	},
	'/stories/streamed-big.json': (res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		const chunk = Buffer.alloc(64 * 1024, 0x20);
		let sent = 0;
		const more = () => {
			if (res.destroyed || sent > 8 * 1024 * 1024) return res.end();
			sent += chunk.length;
			res.write(chunk, () => setImmediate(more));
		};
		more();
	},
	'/stories/silent.json': () => {
		// Never answers.
	},
	'/stories/slow-body.json': (res) => {
		res.writeHead(200, { 'content-type': 'application/json' });
		res.write('{"title": ');
		// The body stops half way.
	},
	'/stories/not-json.json': (res) => {
		res.writeHead(200, { 'content-type': 'text/plain' });
		res.end('title: a story');
	},
	'/stories/binary.json': (res) => {
		res.writeHead(200, { 'content-type': 'application/octet-stream' });
		res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
	},
	'/stories/events.csv': (res) => {
		res.writeHead(200, { 'content-type': 'text/csv' });
		res.end('id,date,title,kind\na,2024-06-19,A,vote\n');
	},
	'/stories/events': (res) => {
		res.writeHead(200, { 'content-type': 'application/octet-stream' });
		res.end('id;date;title;kind\r\na;2024-06-19;A;vote\r\n');
	},
	'/stories/redirect.json': (res) => {
		res.writeHead(302, { location: `http://localhost:${port}/stories/example.json` });
		res.end();
	}
};

let server: Server;
let port = 0;
let page = '';
const hits: string[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		hits.push(req.url ?? '');
		const route = routes[req.url ?? ''];
		if (route) route(res);
		else {
			res.writeHead(500);
			res.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
	page = `http://127.0.0.1:${port}/app/index.html`;
});

afterAll(() => {
	server.closeAllConnections();
	server.close();
});

function errorsOf(result: ImportResult): string[] {
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.errors.map(describeProblem);
}

describe('checkDataAddress', () => {
	it.each([
		['https://example.org/story.json', true],
		['./stories/story.json', true],
		['/stories/story.json', true],
		['http://example.org/story.json', false],
		['javascript:alert(1)', false],
		['data:application/json,{}', false],
		['file:///etc/passwd', false],
		['http://[', false]
	])('%s may be fetched: %s', (address, ok) => {
		expect(checkDataAddress(address, 'http://127.0.0.1:4173/').ok).toBe(ok);
	});

	it('says why an address is refused', () => {
		const refused = (address: string) => {
			const checked = checkDataAddress(address, 'https://entente.example/');
			return checked.ok ? 'allowed' : checked.message;
		};
		expect(refused('http://example.org/a.json')).toBe(
			"is not secure (http:): Entente's policy opens only https: addresses, or files on its own site"
		);
		expect(refused('javascript:alert(1)')).toBe(
			"uses 'javascript:', which Entente's policy does not allow: give an https: address, or a file on this site"
		);
		expect(refused('http://[')).toBe('is not a web address');
	});

	it('names an address by its file', () => {
		expect(nameOfAddress('https://example.org/data/cuba%201962.json?x=1', page)).toBe(
			'cuba 1962.json'
		);
		expect(nameOfAddress('https://example.org/', page)).toBe('example.org');
	});
});

describe('fetchDataset', () => {
	const open = (path: string, options: { timeoutMs?: number; maxBytes?: number } = {}) =>
		fetchDataset(path, { pageUrl: page, ...options });

	it('loads a dataset from the page’s own origin', async () => {
		const result = await open('../stories/example.json');
		expect(result.ok && result.story.data.title).toBe('The Cuban Missile Crisis, 1962');
		expect(result.name).toBe('example.json');
	});

	it('says what the server answered when it is not a success', async () => {
		expect(errorsOf(await open('/stories/missing.json'))).toEqual([
			'missing.json: could not be fetched: the server answered 404 Not Found'
		]);
	});

	it('refuses a web page in place of a dataset', async () => {
		expect(errorsOf(await open('/stories/page.html'))).toEqual([
			'page.html: is text/html, not a JSON dataset: link to the raw .json file itself'
		]);
	});

	it('refuses a body announced larger than the limit without reading it', async () => {
		expect(errorsOf(await open('/stories/announced-big.json', { timeoutMs: 5000 }))).toEqual([
			'announced-big.json: is too large (5.8 MB; at most 5 MB can be opened from an address)'
		]);
	});

	it('stops reading a body that grows past the limit', async () => {
		expect(errorsOf(await open('/stories/streamed-big.json', { maxBytes: 1024 * 1024 }))).toEqual([
			'streamed-big.json: is larger than 1 MB, the most that can be opened from an address'
		]);
	});

	it('gives up on a server that does not answer, or stops half way, in time', async () => {
		const start = Date.now();
		expect(errorsOf(await open('/stories/silent.json', { timeoutMs: 300 }))).toEqual([
			'silent.json: did not answer within 0.3 seconds'
		]);
		expect(errorsOf(await open('/stories/slow-body.json', { timeoutMs: 300 }))).toEqual([
			'slow-body.json: did not finish within 0.3 seconds'
		]);
		expect(Date.now() - start).toBeLessThan(3000);
	});

	it('checks that what came is JSON text', async () => {
		expect(errorsOf(await open('/stories/not-json.json'))).toEqual([
			"not-json.json: is not valid JSON: expected a value but found 't' at line 1, column 1"
		]);
		expect(errorsOf(await open('/stories/binary.json'))).toEqual([
			'binary.json: is not a text file: choose a dataset JSON or CSV tables saved as text (UTF-8)'
		]);
	});

	it('says that an address takes a dataset JSON when it points at a CSV table', async () => {
		const message =
			'is a CSV table, but an address can open only a dataset JSON: open the CSV files with “Open story…” (choose them all together), then download the story as JSON and link to that file';
		expect(errorsOf(await open('/stories/events.csv'))).toEqual([`events.csv: ${message}`]);
		expect(errorsOf(await open('/stories/events'))).toEqual([`events: ${message}`]);
	});

	it('refuses a redirect to an address it would not have fetched', async () => {
		expect(errorsOf(await open('/stories/redirect.json'))).toEqual([
			"redirect.json: redirects to an address that is not secure (http:): Entente's policy opens only https: addresses, or files on its own site"
		]);
	});

	it('refuses an address that is neither https nor on this site, without a request', async () => {
		const before = hits.length;
		const result = await fetchDataset(`http://localhost:${port}/stories/example.json`, {
			pageUrl: page
		});
		expect(errorsOf(result)[0]).toMatch(/is not secure \(http:\)/);
		expect(hits.length).toBe(before);
	});

	it('tells a server that does not answer from one that answers without CORS', async () => {
		const unreachable = await fetchDataset('https://example.invalid/story.json', {
			pageUrl: page,
			fetch: () => Promise.reject(new TypeError('failed to fetch'))
		});
		expect(errorsOf(unreachable)).toEqual([
			'story.json: could not be reached: example.invalid did not answer. Check the address and the connection'
		]);
		// A CORS refusal: the same TypeError for the real request, an (opaque) answer to no-cors.
		const modes: (RequestMode | undefined)[] = [];
		const refused = await fetchDataset('https://other.example/story.json', {
			pageUrl: page,
			fetch: (_input, init) => {
				modes.push(init?.mode);
				return init?.mode === 'no-cors'
					? Promise.resolve(new Response(null))
					: Promise.reject(new TypeError('failed to fetch'));
			}
		});
		expect(modes).toEqual([undefined, 'no-cors']);
		expect(errorsOf(refused)[0]).toMatch(
			/^story.json: was refused by the browser: other.example answered, but does not allow other sites to read the file \(CORS\)/
		);
	});

	it("names the page's policy when it blocked the request", async () => {
		const result = await fetchDataset('https://other.example/story.json', {
			pageUrl: page,
			fetch: () => Promise.reject(new TypeError('failed to fetch')),
			blockedBy: async (url) => (url.host === 'other.example' ? 'connect-src' : null)
		});
		expect(errorsOf(result)[0]).toMatch(
			/^story.json: was blocked by this page's Content-Security-Policy \(connect-src\)/
		);
	});
});
