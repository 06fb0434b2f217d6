import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { bundledStory } from './scripts/bundled-story.ts';
import { chunkMap } from './scripts/chunk-map.ts';
import { cytoscapeLean } from './scripts/cytoscape-lean.ts';
import { APP_CSP, STRICT_CSP } from './scripts/csp.ts';

/** The built page carries its own Content-Security-Policy (not the dev server: HMR needs more). */
function contentSecurityPolicy(): Plugin {
	return {
		name: 'entente-csp',
		apply: 'build',
		transformIndexHtml: () => [
			{
				tag: 'meta',
				attrs: { 'http-equiv': 'Content-Security-Policy', content: APP_CSP },
				injectTo: 'head-prepend'
			}
		]
	};
}

/** Copies `examples/` (host pages for embeds) into the build, beside the app. */
function examples(): Plugin {
	let config: ResolvedConfig;
	return {
		name: 'entente-examples',
		apply: 'build',
		configResolved(resolved) {
			config = resolved;
		},
		closeBundle() {
			cpSync(
				resolve(config.root, 'examples'),
				resolve(config.root, config.build.outDir, 'examples'),
				{
					recursive: true
				}
			);
		}
	};
}

export default defineConfig({
	plugins: [
		svelte(),
		bundledStory(),
		cytoscapeLean(),
		chunkMap(),
		contentSecurityPolicy(),
		examples()
	],
	base: './',
	build: {
		target: 'es2022',
		// The polyfill is only for browsers without modulepreload; none we support lacks it, and
		// leaving it out keeps the bundle free of code a strict CSP has to think about.
		modulePreload: { polyfill: false },
		chunkSizeWarningLimit: 1500,
		rollupOptions: {
			// The benchmark page is built only by `npm run bench`.
			input: process.env.ENTENTE_BENCH
				? { main: 'index.html', bench: 'bench.html' }
				: { main: 'index.html' }
		}
	},
	server: { port: 5173, strictPort: false },
	preview: {
		port: 4173,
		strictPort: true,
		headers: { 'Content-Security-Policy': STRICT_CSP }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Property tests run thousands of cases; on a busy 2-core machine that takes a while.
		testTimeout: 60_000
	}
});
