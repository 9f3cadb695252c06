import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The briefing pack's build (see svelte.config.js and scripts/build-pack.mjs). */
const pack = process.env.TIES_BUILD === 'pack';

/**
 * What the read-only pack never shows, by the module that loads it: editing, opening files,
 * exports. Its code is dead there, but a dynamic import() keeps every module it reaches in the
 * one file (the validator among them): in the pack, an empty module stands in their place.
 */
const LEFT_OUT_OF_PACK =
	/[\\/](editing[\\/]edit-actions(\.ts)?|editing[\\/]EditorPanel\.svelte|top-bar-actions(\.ts)?|PowerPointExport\.svelte)$/;

/** Resolves what the pack leaves out (after the aliases, such as $lib) to an empty module. */
const leaveOutOfPack: Plugin = {
	name: 'ties:leave-out-of-pack',
	enforce: 'pre',
	resolveId: (source) =>
		LEFT_OUT_OF_PACK.test(source)
			? fileURLToPath(new URL('./src/lib/pack/left-out.ts', import.meta.url))
			: undefined
};

export default defineConfig({
	plugins: [...(pack ? [leaveOutOfPack] : []), sveltekit()],
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
	// The briefing pack's build (TIES_BUILD=pack; see svelte.config.js): a constant, so that
	// what the pack never shows is left out of its one file.
	define: { __TIES_PACK__: JSON.stringify(pack) },
	server: { port: 5173 },
	preview: { port: 4173 },
	build: {
		// The bundler's report of slow plugins is noise in every build log.
		rolldownOptions: {
			// The pack's one script has no import.meta, as a module would: what reads it there (the
			// layout worker's address) never runs in the pack.
			checks: { pluginTimings: false, ...(pack && { emptyImportMeta: false }) }
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
