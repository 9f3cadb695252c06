import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMPTY_GRAPH_ELEMENT, inlineHashes, packPolicy, packTemplate } from './build-pack-page.mjs';

const SCRIPT = 'window.start("é", "</p>")';
const STYLE = ':root{--ink:#1f1f1f}';
const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<style>${STYLE}</style>
	</head>
	<body>
		<div><script>${SCRIPT}</script></div>
	</body>
</html>`;

const sha = (text: string) =>
	`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

/** The policy a page carries in its <meta>. */
const policyOf = (html: string) =>
	/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('packTemplate', () => {
	it('allows exactly the inline scripts and styles, by their hashes', () => {
		const policy = policyOf(packTemplate(PAGE));
		expect(policy).toContain(`script-src ${sha(SCRIPT)};`);
		expect(policy).toContain(`style-src ${sha(STYLE)};`);
		expect(policy).not.toMatch(/unsafe-inline'?;?.*script|unsafe-eval|'self'/);
	});

	it('lets no request leave the file', () => {
		const policy = policyOf(packTemplate(PAGE));
		for (const directive of [
			"default-src 'none'",
			"connect-src 'none'",
			"worker-src 'none'",
			"object-src 'none'"
		]) {
			expect(policy).toContain(directive);
		}
	});

	it('puts the policy before any script, and the empty graph element in the head', () => {
		const template = packTemplate(PAGE);
		expect(template.indexOf('Content-Security-Policy')).toBeLessThan(template.indexOf('<style>'));
		expect(template.indexOf(EMPTY_GRAPH_ELEMENT)).toBeLessThan(template.indexOf('</head>'));
		expect(template.indexOf(EMPTY_GRAPH_ELEMENT)).toBeGreaterThan(template.indexOf('</style>'));
	});

	it('needs no hash for the graph, which is data and never runs', () => {
		const data = `<script type="application/json" id="ties-graph">{"title":"x"}</script>`;
		expect(inlineHashes(PAGE.replace('</head>', `${data}</head>`))).toEqual({
			scripts: [sha(SCRIPT)],
			styles: [sha(STYLE)]
		});
	});

	it('refuses a page that loads files beside it', () => {
		expect(() =>
			packTemplate(PAGE.replace('</head>', '<link rel="stylesheet" href="a.css"></head>'))
		).toThrow(/loads a file/);
		expect(() =>
			packTemplate(PAGE.replace('</head>', '<script src="a.js"></script></head>'))
		).toThrow(/script file/);
	});
});

describe('packPolicy', () => {
	it('allows nothing where there is nothing to allow', () => {
		expect(packPolicy({ scripts: [], styles: [] })).toContain("script-src 'none';");
	});
});
