// `npm run screenshots`: builds and serves the app, then saves screenshots at the three sizes we
// design for (laptop, projector, phone) to docs/screenshots/ (or the folder given as argv[2]).
// Extra views: argv[3] is a query string, e.g. "?event=treaty-2024&theme=dark".
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions, startPreview } from './chromium.js';

const PORT = Number(process.env.ENTENTE_PORT ?? 4300 + Math.floor(Math.random() * 500));
const outDir = process.argv[2] ?? 'docs/screenshots';
const query = process.argv[3] ?? '?event=treaty-2024';
const tag = process.argv[4] ?? '';
const SIZES = [
	['laptop', 1280, 800],
	['projector', 1024, 768],
	['phone', 375, 667]
];

mkdirSync(outDir, { recursive: true });
if (!process.env.SKIP_BUILD) execSync('npx vite build --outDir dist-shots', { stdio: 'inherit' });
const server = await startPreview('dist-shots', PORT);
try {
	const browser = await chromium.launch(launchOptions());
	for (const [name, width, height] of SIZES) {
		const page = await browser.newPage({ viewport: { width, height }, locale: 'en-GB' });
		await page.goto(`${server.url}${query}`);
		await page.waitForTimeout(1500);
		const file = `${outDir}/${name}${tag}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
		console.log(`saved ${file}`);
		await page.close();
	}
	await browser.close();
} finally {
	server.close();
}
