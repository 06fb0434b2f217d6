// Shared by the Playwright config, the benchmarks and the screenshot script: which Chromium to
// run and how, and a `vite preview` server to point it at.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Flags for Chromium in a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * `ENTENTE_CHROMIUM` if set; else Debian's `/usr/bin/chromium` if present; else undefined, which
 * lets Playwright use its own browser.
 * @returns {string | undefined}
 */
export function chromiumPath() {
	return (
		process.env.ENTENTE_CHROMIUM ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
	);
}

/** Launch options for Playwright's `chromium.launch` or `use.launchOptions`. */
export function launchOptions() {
	const executablePath = chromiumPath();
	return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}

/**
 * Serves a built folder with `vite preview` on `port`; resolves once it answers.
 * @param {string} outDir
 * @param {number} port
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export async function startPreview(outDir, port) {
	// Node runs Vite itself (not through npx), so that killing the child stops the server.
	const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
	const args = ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)];
	const server = spawn(process.execPath, [vite, ...args, '--strictPort'], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(url)).ok) return { url, close: () => server.kill() };
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	server.kill();
	throw new Error(`vite preview did not start at ${url}`);
}
