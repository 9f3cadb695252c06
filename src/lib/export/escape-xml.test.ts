import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml';

describe('escapeXml', () => {
	it('turns markup characters into entities', () => {
		expect(escapeXml(`<script>alert(1)</script> & "x" 'y'`)).toBe(
			'&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &apos;y&apos;'
		);
	});

	it('escapes an ampersand once, so entities in the text stay text', () => {
		expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
	});

	it('keeps tabs and line breaks as character references, which survive in attributes', () => {
		expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
	});

	it('drops characters that XML 1.0 cannot carry', () => {
		expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
	});

	it('turns the vertical tab PowerPoint writes for Shift+Enter, and a form feed, into line breaks', () => {
		expect(escapeXml('first line\u000Bsecond\u000Cthird')).toBe('first line&#10;second&#10;third');
	});

	it('leaves other text, including non-Latin scripts and emoji, as it is', () => {
		expect(escapeXml('조선 · Россия × 中国 – 🇰🇵')).toBe('조선 · Россия × 中国 – 🇰🇵');
	});
});
