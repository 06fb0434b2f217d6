import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	plugins: [svelte()],
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
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
