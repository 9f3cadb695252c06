import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

/** The briefing pack's build (see svelte.config.js and scripts/build-pack.mjs). */
const pack = process.env.TIES_BUILD === 'pack';

/**
 * What the read-only pack never shows, by the module that loads it: editing, opening files,
 * exports, the library and its notices. Its code is dead there, but a dynamic import() keeps
 * every module it reaches in the one file (the validator among them): in the pack, an empty
 * module stands in their place.
 */
const LEFT_OUT_OF_PACK =
	/[\\/](editing[\\/]edit-actions(\.ts)?|editing[\\/]EditorPanel\.svelte|top-bar-actions(\.ts)?|PowerPointExport\.svelte|WorkspaceNotices\.svelte)$/;

/** Resolves what the pack leaves out (after the aliases, such as $lib) to an empty module. */
const leaveOutOfPack: Plugin = {
	name: 'ties:leave-out-of-pack',
	enforce: 'pre',
	resolveId: (source) =>
		LEFT_OUT_OF_PACK.test(source)
			? fileURLToPath(new URL('./src/lib/pack/left-out.ts', import.meta.url))
			: undefined
};

/**
 * d3-zoom's transitions are never used, nor the zoom interpolation they would run: stand-ins
 * (see the shims for why and what they save) take their place, for d3-zoom only.
 */
const D3_ZOOM_STAND_INS: Record<string, string> = {
	'd3-transition': fileURLToPath(
		new URL('./src/lib/interaction/d3-transition-shim.ts', import.meta.url)
	),
	'd3-interpolate': fileURLToPath(
		new URL('./src/lib/interaction/d3-interpolate-shim.ts', import.meta.url)
	)
};
const standInsForD3Zoom: Plugin = {
	name: 'ties:d3-zoom-stand-ins',
	enforce: 'pre',
	resolveId: (source, importer) =>
		source in D3_ZOOM_STAND_INS && importer && /[\\/]d3-zoom[\\/]/.test(importer)
			? D3_ZOOM_STAND_INS[source]
			: undefined
};

/**
 * Chromium compiles every function of a file that begins with this comment while the file
 * downloads, away from the page's thread, instead of each one on the page's thread as it is
 * first called: opening a network runs hundreds of the app's functions for the first time, in
 * the task that draws its first picture.
 */
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad';
/**
 * A file the pages load that is shorter than this (in characters, before minifying) is compiled
 * function by function as before: the hint would cost the first load's budget more than it saves.
 */
const MOST_COMPILED_ON_CALL = 2_000;
/** Other packages whose code the explorer runs as it opens a network. */
const RUN_ON_OPENING =
	/[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|d3-[a-z]+)[\\/]/;

/** The files a page loads before it is shown: the entries, the pages and all they import. */
function loadedWithPages(chunks: Rolldown.OutputChunk[]): Set<string> {
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	const loaded = new Set<string>();
	const visit = (name: string) => {
		if (loaded.has(name)) return;
		loaded.add(name);
		for (const imported of byName.get(name)?.imports ?? []) visit(imported);
	};
	for (const chunk of chunks)
		if (chunk.isEntry || /\/nodes\//.test(chunk.fileName)) visit(chunk.fileName);
	return loaded;
}

/**
 * Whether a file gets the hint: one of the app's own code and the packages it runs as it opens a
 * network, unless the pages load it and it is small; none for the readers, exporters and other
 * libraries loaded for one task, most of whose functions that task never calls.
 */
function compiledOnLoad(chunk: Rolldown.OutputChunk, withPages: Set<string>): boolean {
	const runOnOpening = chunk.moduleIds.every(
		(id) => !/[\\/]node_modules[\\/]/.test(id) || RUN_ON_OPENING.test(id)
	);
	if (!runOnOpening || !withPages.has(chunk.fileName)) return runOnOpening;
	const length = Object.values(chunk.modules).reduce(
		(sum, module) => sum + module.renderedLength,
		0
	);
	return length >= MOST_COMPILED_ON_CALL;
}

/**
 * The hint goes on the first line, the only place Chromium reads it, once the chunks are made:
 * the bundler writes the list of files a chunk preloads for its dynamic imports
 * (`const __vite__mapDeps=…`) above any banner.
 */
const compileHints: Plugin = {
	name: 'ties:compile-hints',
	apply: 'build',
	enforce: 'post',
	generateBundle: {
		// After the bundler's own plugins have written their lines.
		order: 'post',
		handler(_, bundle) {
			const chunks = Object.values(bundle).filter(
				(file): file is Rolldown.OutputChunk => file.type === 'chunk'
			);
			const withPages = loadedWithPages(chunks);
			for (const chunk of chunks) {
				if (!compiledOnLoad(chunk, withPages)) continue;
				chunk.code = `${COMPILE_ALL_ON_LOAD}\n${chunk.code}`;
				// Every line one further down.
				if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
			}
		}
	}
};

/** The parts of d3 the explorer loads before it can be used. */
const D3_FIRST_LOAD =
	/[\\/]node_modules[\\/]d3-(dispatch|drag|force|quadtree|selection|timer)[\\/]/;

export default defineConfig({
	plugins: [standInsForD3Zoom, ...(pack ? [leaveOutOfPack] : [compileHints]), sveltekit()],
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
			checks: { pluginTimings: false, ...(pack && { emptyImportMeta: false }) },
			// The parts of d3 the explorer draws with on its first load travel in one file, however
			// the later chunks share them: left to itself, the bundler splits them into small files
			// whose separate compression costs the first load more.
			...(!pack && {
				output: {
					codeSplitting: { groups: [{ name: 'd3', test: D3_FIRST_LOAD }] }
				}
			})
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Each test file in a worker thread rather than a process of its own: 265 files on two
		// cores ran in 145 s against 171 s as processes.
		pool: 'threads'
	}
});
