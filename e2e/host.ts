/** A host page on another local port: a stand-in for a newsroom's article. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** What a file server answers at one path: a body and its headers. */
export interface Served {
	readonly body: string | Buffer;
	readonly headers?: Record<string, string>;
}

/**
 * Serves files at their paths from a fresh port on 127.0.0.1: a second site, as a reader's
 * `?data=` address would name. With `https`, under a self-signed certificate made for the run
 * (the browser context must ignore HTTPS errors).
 */
export async function hostFiles(
	files: Record<string, Served>,
	options: { readonly https?: boolean } = {}
): Promise<Host & { readonly origin: string }> {
	const handler = (request: IncomingMessage, response: ServerResponse) => {
		const file = files[new URL(request.url ?? '/', 'http://x').pathname];
		if (!file) return response.writeHead(404).end();
		response.writeHead(200, file.headers ?? {});
		response.end(request.method === 'HEAD' ? undefined : file.body);
	};
	const server = options.https
		? createHttpsServer(selfSignedCertificate(), handler)
		: createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`;
	return {
		url: `${origin}/`,
		origin,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** A key and certificate for 127.0.0.1, valid for a day, from openssl. */
function selfSignedCertificate(): { key: string; cert: string } {
	const folder = mkdtempSync(join(tmpdir(), 'entente-cert-'));
	const key = join(folder, 'key.pem');
	const cert = join(folder, 'cert.pem');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
			'-keyout',
			key,
			'-out',
			cert
		],
		{ stdio: 'ignore' }
	);
	const pair = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
	rmSync(folder, { recursive: true, force: true });
	return pair;
}
