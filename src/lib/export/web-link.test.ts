import { describe, expect, it } from 'vitest';
import { isWebLink } from './web-link';

describe('isWebLink', () => {
	it('lets an http or https address be a link, whatever its case', () => {
		expect(isWebLink('https://press.un.org/en/2024/sc15648.doc.htm')).toBe(true);
		expect(isWebLink('http://duma.gov.ru/news/60239')).toBe(true);
		expect(isWebLink('HTTPS://EXAMPLE.ORG/')).toBe(true);
	});

	it('refuses anything that does not lead to a page on the web', () => {
		for (const url of [
			'javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'mailto:press@un.org',
			'file:///etc/passwd',
			'/graphs/example.json',
			'//example.org/',
			' https://example.org/',
			'https:// example.org',
			'https://',
			''
		]) {
			expect(isWebLink(url), url).toBe(false);
		}
	});
});
