import { describe, expect, it } from 'vitest';
import { useDomParser } from '../../../tests/fixtures/dom-parser';
import { articleText } from './article-text';

useDomParser();

function textOf(body: string): string {
	const page = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
	return articleText(page.body);
}

describe('articleText', () => {
	it('puts each paragraph, heading and list item on a line, inline markup joined into its line', () => {
		expect(
			textOf(
				'<h2>Ties</h2><p>Kim <b>Jong</b> <a href="#">Un</a> met\n   Xi.</p><ol><li>One</li><li>Two</li></ol><blockquote>Lips and teeth</blockquote>'
			)
		).toBe('Ties\nKim Jong Un met Xi.\nOne\nTwo\nLips and teeth');
	});

	it('breaks a line at <br>, keeps the lines of <pre>, and puts table cells on lines of their own', () => {
		expect(
			textOf(
				'<p>First<br>second</p><pre>a  b\nc</pre><table><tr><td>2023</td><td>98.3%</td></tr></table>'
			)
		).toBe('First\nsecond\na b\nc\n2023\n98.3%');
	});

	it('leaves out what a reader never sees as text', () => {
		expect(
			textOf(
				'<p>Seen</p><script>var hidden = 1;</script><style>p{}</style><noscript>Enable JS</noscript><svg><text>chart</text></svg><img alt="photo"><button>Share</button>'
			)
		).toBe('Seen');
	});
});
