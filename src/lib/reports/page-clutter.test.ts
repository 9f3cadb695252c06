import { describe, expect, it } from 'vitest';
import { useDomParser } from '../../../tests/fixtures/dom-parser';
import { removePageClutter } from './page-clutter';

useDomParser();

const ARTICLE =
	'<p>North Korea and China commemorated 75 years of diplomatic relations with leaders exchanging messages.</p><p>China serves as North Korea’s primary trading partner and major source of aid.</p>';

function cleaned(body: string): string {
	const page = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
	removePageClutter(page);
	return page.body.textContent ?? '';
}

describe('removePageClutter', () => {
	it('takes out the page’s frame and the blocks named for what they are', () => {
		const text = cleaned(
			`<header>Site</header><nav>Menu</nav><div role="dialog">Cookies</div><div class="ad-slot">Ad</div><article><div class="byline">By AP</div>${ARTICLE}<div class="share-tools">Share</div></article><aside>Related</aside><section class="newsletter-signup">Sign up</section><footer>©</footer>`
		);
		expect(text).toBe(
			'North Korea and China commemorated 75 years of diplomatic relations with leaders exchanging messages.China serves as North Korea’s primary trading partner and major source of aid.'
		);
	});

	it('keeps a block that holds the article, whatever its name', () => {
		expect(cleaned(`<div class="social-wrapper"><article>${ARTICLE}</article></div>`)).toContain(
			'primary trading partner'
		);
	});

	it('does not take a block for a clutter word inside a longer word: "loaded" is no "ad"', () => {
		expect(
			cleaned(`<div class="shadow-box loaded">${ARTICLE}</div><div class="lead">Lead</div>`)
		).toContain('Lead');
	});
});
