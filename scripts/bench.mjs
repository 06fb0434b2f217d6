// `npm run bench`: builds the benchmark page, serves it, and runs every suite in src/bench/ in
// Chromium (Debian's by default, ENTENTE_CHROMIUM to override), printing each suite's figures.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4181;
const executablePath =
	process.env.ENTENTE_CHROMIUM ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

const only = process.argv[2];
const suites = readdirSync(new URL('../src/bench/', import.meta.url))
	.filter((f) => f.endsWith('.bench.ts'))
	.map((f) => f.replace(/\.bench\.ts$/, ''))
	.filter((name) => !only || name === only);

execSync('npx vite build --outDir dist-bench', {
	stdio: 'inherit',
	env: { ...process.env, ENTENTE_BENCH: '1' }
});
const server = spawn(
	'npx',
	['vite', 'preview', '--outDir', 'dist-bench', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore'
	}
);
try {
	await waitForServer(`http://127.0.0.1:${PORT}/bench.html`);
	const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
	for (const suite of suites) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`http://127.0.0.1:${PORT}/bench.html?suite=${suite}`);
		await page.waitForFunction(() => window.__benchResult !== undefined, null, {
			timeout: 600_000
		});
		const result = await page.evaluate(() => window.__benchResult);
		console.log(`\n${suite}`);
		for (const [key, value] of Object.entries(result)) {
			console.log(`  ${key.padEnd(48)} ${typeof value === 'number' ? value.toFixed(1) : value}`);
		}
		await page.close();
	}
	await browser.close();
} finally {
	server.kill();
}

async function waitForServer(url) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`preview server did not start at ${url}`);
}
