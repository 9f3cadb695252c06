import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		alias: [
			{
				// d3-zoom's transitions are never used; see the shim for why and what it saves.
				find: /^d3-transition$/,
				replacement: fileURLToPath(
					new URL('./src/lib/interaction/d3-transition-shim.ts', import.meta.url)
				)
			},
			{
				// Nor is the zoom interpolation they would run; see the shim.
				find: /^d3-interpolate$/,
				replacement: fileURLToPath(
					new URL('./src/lib/interaction/d3-interpolate-shim.ts', import.meta.url)
				)
			}
		]
	},
	server: { port: 5173 },
	preview: { port: 4173 },
	build: {
		// The bundler's report of slow plugins is noise in every build log.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
