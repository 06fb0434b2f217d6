// Before the browser tests: make sure a Chromium is there. Debian's (/usr/bin/chromium) or the
// binary named by ENTENTE_CHROMIUM is used when present; otherwise Playwright's own, which is
// downloaded once with `npx playwright install chromium` where the network allows it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.js';

const own = chromiumPath();
if (own && existsSync(own)) process.exit(0);
if (own) {
	console.error(`ENTENTE_CHROMIUM=${own} does not exist.`);
	process.exit(1);
}
if (existsSync(chromium.executablePath())) process.exit(0);
console.log("No Chromium found: installing Playwright's own (npx playwright install chromium)…");
try {
	execSync('npx playwright install chromium', { stdio: 'inherit' });
} catch {
	console.error(
		'Could not install a browser. On Debian or Ubuntu: sudo apt-get install chromium; elsewhere set ENTENTE_CHROMIUM to a Chromium binary.'
	);
	process.exit(1);
}
