import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/chromium.js';

/**
 * Browser tests run against the production build served by `vite preview`.
 *
 * Chromium: `ENTENTE_CHROMIUM` names a binary; by default Debian's `/usr/bin/chromium` when it
 * exists, otherwise Playwright's own browser (`npx playwright install chromium`).
 */

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
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}/`,
		locale: 'en-GB',
		timezoneId: 'UTC',
		trace: 'retain-on-failure',
		launchOptions: launchOptions()
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
