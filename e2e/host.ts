/** A host page on another local port: a stand-in for a newsroom's article. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Host {
	readonly url: string;
	close(): Promise<void>;
}

/** Serves `html` at `/` from a fresh port on 127.0.0.1. */
export async function hostPage(html: string): Promise<Host> {
	const server: Server = createServer((request, response) => {
		if (request.url === '/' || request.url?.startsWith('/?')) {
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(html);
		} else {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
