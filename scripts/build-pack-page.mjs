import { createHash } from 'node:crypto';

/**
 * The empty element that carries a briefing pack's graph, filled by the export.
 * src/lib/pack/graph-element.ts writes the same text (a test holds them equal).
 */
export const EMPTY_GRAPH_ELEMENT = '<script type="application/json" id="ties-graph"></script>';

/** Every <script> or <style> element: its opening tag and its text. */
const ELEMENT = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;

/**
 * The `'sha256-…'` source of each inline script (and style) a page runs, in
 * order, as the browser hashes it: the element's text as UTF-8. Data
 * (`type="application/json"`) is never run and needs none.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineHashes(html) {
	/** @type {{ scripts: string[], styles: string[] }} */
	const hashes = { scripts: [], styles: [] };
	for (const [, tag, attributes = '', text] of html.matchAll(ELEMENT)) {
		if (tag.toLowerCase() === 'style') hashes.styles.push(sha256(text));
		else if (!/\btype\s*=\s*["']?application\/json/i.test(attributes)) {
			if (/\bsrc\s*=/i.test(attributes))
				throw new Error(`The pack loads a script file: <script${attributes}>`);
			hashes.scripts.push(sha256(text));
		}
	}
	return hashes;
}

/**
 * The pack's Content Security Policy: its own inline scripts and styles by
 * their hashes and nothing else, no eval, and no request of any kind (no
 * fetch, no images or fonts from anywhere but inside the file).
 * @param {{ scripts: string[], styles: string[] }} hashes
 * @returns {string}
 */
export function packPolicy({ scripts, styles }) {
	const sources = (/** @type {string[]} */ list) => (list.length > 0 ? list.join(' ') : "'none'");
	return [
		"default-src 'none'",
		`script-src ${sources(scripts)}`,
		`style-src ${sources(styles)}`,
		// Svelte writes positions, sizes and CSS variables as style attributes, as on the site.
		"style-src-attr 'unsafe-inline'",
		// The icon, inlined; a picture drawn on the page.
		'img-src data: blob:',
		"connect-src 'none'",
		"worker-src 'none'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
}

/**
 * Turns the page of the pack's build into the briefing pack template: the
 * empty graph element in its <head>, and a policy that names exactly its
 * inline scripts and styles, placed before any of them. A page that would
 * load anything from outside itself is refused.
 * @param {string} html
 * @returns {string}
 */
export function packTemplate(html) {
	const outside =
		/<link\b[^>]*\brel\s*=\s*["']?(stylesheet|modulepreload|preload)|<script\b[^>]*\bsrc\s*=/i.exec(
			html.replace(ELEMENT, '')
		);
	if (outside) throw new Error(`The pack's page loads a file beside it: ${outside[0]}`);
	if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
		throw new Error('The pack page has a policy already: it is written here, with its hashes');
	}
	const head = html.indexOf('</head>');
	const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
	if (head === -1 || !charset || charset.index > head) {
		throw new Error('The pack page has no <head> with <meta charset="utf-8">');
	}
	const policy = packPolicy(inlineHashes(html));
	const afterCharset = charset.index + charset[0].length;
	return (
		html.slice(0, afterCharset) +
		`\n\t\t<meta http-equiv="Content-Security-Policy" content="${policy}" />` +
		html.slice(afterCharset, head) +
		`\t${EMPTY_GRAPH_ELEMENT}\n\t` +
		html.slice(head)
	);
}

/** @param {string} text */
function sha256(text) {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
