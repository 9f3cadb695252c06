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
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../playwright.config.ts', '../scripts/**/*.js');
				return tsconfig;
			}
		}
	}
};

export default config;
