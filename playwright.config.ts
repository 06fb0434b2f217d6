import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run against the production build served by `vite preview`.
 *
 * Chromium: `ENTENTE_CHROMIUM` names a binary; by default Debian's `/usr/bin/chromium` when it
 * exists, otherwise Playwright's own browser (`npx playwright install chromium`).
 */
const chromium =
	process.env.ENTENTE_CHROMIUM ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

// Several checkouts or helpers may test at once: each can pick its own port and build folder.
const PORT = Number(process.env.ENTENTE_PORT ?? 4173);
const OUT = process.env.ENTENTE_OUT_DIR ?? 'dist';

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 30_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}/`,
		locale: 'en-GB',
		timezoneId: 'UTC',
		trace: 'retain-on-failure',
		launchOptions: {
			...(chromium ? { executablePath: chromium } : {}),
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		command: `npx vite build --outDir ${OUT} && npx vite preview --outDir ${OUT} --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
