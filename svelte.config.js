import adapter from '@sveltejs/adapter-static';

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
				'connect-src': ['self', 'http:', 'https:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
