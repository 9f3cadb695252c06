import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/**
 * The JavaScript a page loads before it is interactive: the module scripts
 * and preloads its HTML names, gzipped. Chunks loaded later on demand (export,
 * the validator, the layout worker) are not counted. `paths` are the files
 * counted, in the build directory.
 */
export function initialJavaScript(buildDirectory: string, page = 'index.html') {
	const html = readFileSync(join(buildDirectory, page), 'utf8');
	const files = [
		...new Set([...html.matchAll(/["'](\.?\/?_app\/[^"']+\.js)["']/g)].map((m) => m[1]))
	];
	const paths = files.map((file) => join(buildDirectory, file.replace(/^\.?\//, '')));
	let raw = 0;
	let gzipped = 0;
	for (const path of paths) {
		const bytes = readFileSync(path);
		raw += bytes.length;
		gzipped += gzipSync(bytes, { level: 9 }).length;
	}
	return { files: files.length, paths, raw, gzipped };
}
