// `npm run bench`: builds the benchmark page, serves it, and runs every suite in src/bench/ in
// Chromium (Debian's by default, ENTENTE_CHROMIUM to override), printing each suite's figures.
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { runLoad } from './bench-load.mjs';
import { launchOptions, startPreview } from './chromium.js';

const PORT = Number(process.env.ENTENTE_PORT ?? 4300 + Math.floor(Math.random() * 500));
const only = process.argv[2];
// `load` runs in Node against the production build (scripts/bench-load.mjs); the rest in bench.html.
const runsLoad = !only || only === 'load';
const suites = readdirSync(new URL('../src/bench/', import.meta.url))
	.filter((f) => f.endsWith('.bench.ts'))
	.map((f) => f.replace(/\.bench\.ts$/, ''))
	.filter((name) => !only || name === only);

if (runsLoad) await runLoad(PORT + 1);
if (suites.length === 0) process.exit(0);

execSync('npx vite build --outDir dist-bench', {
	stdio: 'inherit',
	env: { ...process.env, ENTENTE_BENCH: '1' }
});
const server = await startPreview('dist-bench', PORT);
try {
	const browser = await chromium.launch(launchOptions());
	for (const suite of suites) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${server.url}bench.html?suite=${suite}`);
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
	server.close();
}
