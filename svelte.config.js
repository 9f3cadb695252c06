import adapter from '@sveltejs/adapter-static';

/**
 * TIES_BUILD=pack builds the briefing pack instead of the site: the read-only explorer and
 * presentation as one HTML file that opens from disk (file://). Routes live after '#', every
 * script and style is inlined, and the pages are its own (src/lib/pack/routes), which read the
 * graph the file carries. scripts/build-pack.mjs runs it and turns its page into the template.
 */
const pack = process.env.TIES_BUILD === 'pack';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered, so the build is a folder of static files that any host can serve.
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail' },
		// Everything in a graph file is data: the only scripts that run are the app's own files and
		// its inline start-up script, allowed by its hash. Prerendered pages carry this as a <meta> tag.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// The layout worker of large networks.
				'worker-src': ['self'],
				'style-src': ['self'],
				// Svelte writes positions, sizes and CSS variables as style attributes; no <style> element is allowed.
				'style-src-attr': ['unsafe-inline'],
				// data: for the inlined favicon; blob: for the PNG export, drawn from the SVG export.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// ?graph=<url> opens a graph file from any web host that allows it.
				// ws: and wss: for a team's server, wherever the team runs it.
				'connect-src': ['self', 'http:', 'https:', 'ws:', 'wss:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		...(pack && {
			outDir: '.svelte-kit/pack',
			adapter: adapter({ pages: '.svelte-kit/pack/site', fallback: 'pack.html', strict: true }),
			// One file that opens from disk: no service worker (there is none for file://).
			files: { routes: 'src/lib/pack/routes', serviceWorker: 'src/lib/pack/no-service-worker' },
			serviceWorker: { register: false },
			router: { type: 'hash' },
			output: { bundleStrategy: 'inline' },
			// Links are '#/present', inside the one file, wherever it is opened from.
			paths: { relative: false },
			// The pack's policy is written by scripts/build-pack.mjs, with the hashes of its scripts.
			csp: { mode: 'hash', directives: {} }
		}),
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../playwright.config.ts',
					'../bench/**/*.ts',
					'../scripts/**/*.ts',
					'../scripts/**/*.mjs'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
