import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { initialJavaScript } from '../../bench/initial-javascript';

/**
 * The explorer's first load stays light: what it loads before it can be used
 * is at most 80 kB of gzipped JavaScript. Editors, exports, decks and packs
 * load when they are used. (The build is the one the tests are served from.)
 */
test('the explorer loads at most 80 kB of gzipped JavaScript before it can be used', () => {
	const js = initialJavaScript('build');
	expect(js.files).toBeGreaterThan(0);
	expect(js.gzipped / 1024).toBeLessThanOrEqual(80);
});

/**
 * Chromium compiles the functions of a file that begins with the compile hint
 * as it downloads, off the page's thread: the explorer's own code and the
 * parts of Svelte and d3 it runs carry it; the readers and exporters loaded for
 * one task (pdf.js, mammoth, PptxGenJS, JSZip) and the validator do not, as
 * most of their functions are never called.
 */
test('the code that opens and draws a network is compiled while it downloads', () => {
	// On the first line: Chromium heeds it nowhere else (a file that loads others on demand first
	// lists them, and the hint below that list was ignored).
	const hinted = (path: string) =>
		readFileSync(path, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
	const firstLoad = initialJavaScript('build').paths.filter((path) => statSync(path).size > 4096);
	expect(firstLoad.length).toBeGreaterThan(3);
	for (const path of firstLoad) expect(hinted(path), path).toBe(true);

	const chunks = join('build', '_app', 'immutable', 'chunks');
	const libraries = readdirSync(chunks)
		.map((name) => join(chunks, name))
		.filter((path) => /pdfjs|mammoth|PptxGenJS|JSZip|zod/.test(readFileSync(path, 'utf8')))
		.filter((path) => statSync(path).size > 50_000);
	expect(libraries.length).toBeGreaterThanOrEqual(5);
	for (const path of libraries) expect(hinted(path), path).toBe(false);
});
