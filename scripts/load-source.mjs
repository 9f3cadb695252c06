/**
 * Loads one of the app's TypeScript modules into a Node script, with `$lib`
 * resolved as the app resolves it: the commands run the same code the browser
 * runs.
 */
import { runnerImport } from 'vite';

/** @type {import('vite').InlineConfig} */
const OPTIONS = {
	configFile: false,
	logLevel: 'silent',
	resolve: { alias: { $lib: new URL('../src/lib', import.meta.url).pathname } }
};

/**
 * The module at `path` (from the project's root: "./src/lib/…").
 * @param {string} path
 * @returns {Promise<any>}
 */
export const loadSource = (path) => runnerImport(path, OPTIONS).then(({ module }) => module);
