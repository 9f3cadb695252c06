import { describe, expect, it } from 'vitest';
import { useDomParser } from '../../../tests/fixtures/dom-parser';
import { KSAT } from '../../../tests/fixtures/report-fixtures';
import { readHtmlReport } from './read-html-report';

useDomParser();

const savedPage = new TextDecoder().decode(KSAT.html);

/** A page of `body`, with `head` in its head. */
const page = (body: string, head = '') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const PARAGRAPHS = [
	'North Korea and China commemorated 75 years of diplomatic relations with leaders exchanging messages aimed at solidifying their partnership.',
	'China serves as North Korea’s primary trading partner and major source of aid, which has raised concerns regarding China’s compliance with United Nations sanctions.',
	'North Korea and Russia have displayed increasing solidarity, with allegations suggesting that North Korea has supplied military equipment to Russia.'
];
const article = PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');

describe('readHtmlReport', () => {
	it('takes the article out of a saved news page, a paragraph a line', async () => {
		const report = await readHtmlReport('ksat.html', savedPage);
		expect(report.text.split('\n')).toEqual(KSAT.paragraphs);
	});

	it.each([
		'We use cookies',
		'Accept all',
		'Watch live',
		'Traffic alert',
		'78°F',
		'Advertisement',
		'Related stories',
		'Kim and Putin sign a defense pact',
		'Spurs',
		'Trending',
		'newsletter',
		'Share on Facebook',
		'AP Photo',
		'Published:',
		'Copyright',
		'Graham Media Group',
		'dataLayer',
		'<'
	])('leaves out the page’s clutter: no %j', async (clutter) => {
		const { text } = await readHtmlReport('ksat.html', savedPage);
		expect(text).not.toContain(clutter);
	});

	it('takes the title, publisher, address and date from the page’s Open Graph tags', async () => {
		const { text, ...about } = await readHtmlReport('ksat.html', savedPage);
		expect(text).toBeTruthy();
		expect(about).toEqual({
			title: KSAT.headline,
			publisher: 'KSAT',
			url: 'https://www.ksat.com/',
			published: '2024-10-06',
			fileName: 'ksat.html'
		});
	});

	it('keeps headings and list items on lines of their own, entities decoded and white space tidied', async () => {
		const html = page(
			`<article><h2>Trade &amp; aid</h2>${article}<ul><li>Coal&nbsp;and iron</li><li>Oil   products</li></ul><p>Kim said: &ldquo;as close as lips and teeth&#8221;.<br>A new line.</p></article>`
		);
		const { text } = await readHtmlReport('page.html', html);
		expect(text.split('\n')).toEqual([
			'Trade & aid',
			...PARAGRAPHS,
			'Coal and iron',
			'Oil products',
			'Kim said: “as close as lips and teeth”.',
			'A new line.'
		]);
	});

	it('takes the title from <title> and the publisher from the canonical address without Open Graph', async () => {
		const html = page(
			`<article>${article}</article>`,
			'<title>Kim and Xi exchange messages</title><link rel="canonical" href="https://www.example.org/world/kim-xi">'
		);
		const { text, ...about } = await readHtmlReport('page.html', html);
		expect(text).toBeTruthy();
		expect(about).toEqual({
			title: 'Kim and Xi exchange messages',
			publisher: 'example.org',
			url: 'https://www.example.org/world/kim-xi',
			fileName: 'page.html'
		});
	});

	it('dates the report by its dateline when the page gives no date', async () => {
		const html = page(
			`<article><p>BRUSSELS, March 3, 2025 — ${PARAGRAPHS[0]}</p>${article}</article>`
		);
		expect((await readHtmlReport('page.html', html)).published).toBe('2025-03-03');
	});

	it('refuses a page with no article, and says to save the article’s own page or paste its text', async () => {
		const html = page(
			'<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><div class="cookie-banner">We use cookies. <button>Accept</button></div><ul><li><a href="/a">Kim meets Xi</a></li><li><a href="/b">Putin visits</a></li></ul><footer>© 2024 News</footer>'
		);
		await expect(readHtmlReport('index.html', html)).rejects.toThrow(
			'“index.html” has no article text that Ties can find: the page holds only menus, links or short notices. Save the article’s own page, or copy the article’s text and paste it.'
		);
	});
});
