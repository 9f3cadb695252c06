import { describe, expect, it } from 'vitest';
import { useDomParser } from '../../../tests/fixtures/dom-parser';
import { pageMetadata } from './page-metadata';

useDomParser();

function metadataOf(head: string, body = '<p>Text.</p>') {
	const html = `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
	return pageMetadata(new DOMParser().parseFromString(html, 'text/html'), html);
}

describe('pageMetadata', () => {
	it('reads Open Graph tags', () => {
		expect(
			metadataOf(
				'<meta property="og:title" content=" Kim and Xi \n mark 75 years "><meta property="og:site_name" content="KSAT"><meta property="og:url" content="https://www.ksat.com/"><meta property="article:published_time" content="2024-10-06T09:12:00-05:00">'
			)
		).toEqual({
			title: 'Kim and Xi mark 75 years',
			publisher: 'KSAT',
			url: 'https://www.ksat.com/',
			published: '2024-10-06'
		});
	});

	it.each([
		['<meta name="date" content="2024-10-06">', '2024-10-06'],
		['<meta name="pubdate" content="20241006">', undefined],
		['<meta name="citation_publication_date" content="2024/10/06">', '2024-10-06'],
		['<meta name="DC.date.issued" content="6 October 2024">', '2024-10-06'],
		['<meta itemprop="datePublished" content="Sun, 06 Oct 2024 08:00:00 GMT">', '2024-10-06'],
		[
			'<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-10-06T05:00:00Z"}]}</script>',
			'2024-10-06'
		],
		['<script type="application/ld+json">{ broken </script>', undefined]
	])('reads the date of %s', (head, published) => {
		expect(metadataOf(head).published).toBe(published);
	});

	it('takes the date of a <time> in the article, or of the only one on the page', () => {
		expect(
			metadataOf(
				'',
				'<time datetime="2024-12-01">Today</time><article><time datetime="2024-10-06T09:00">Oct 6</time></article>'
			).published
		).toBe('2024-10-06');
		expect(
			metadataOf('', '<p>Posted <time datetime="2024-10-06">Sunday</time></p>').published
		).toBe('2024-10-06');
		expect(
			metadataOf(
				'',
				'<time datetime="2024-12-01">Today</time><time datetime="2024-10-06">Oct 6</time>'
			).published
		).toBeUndefined();
	});

	it('takes the address from the canonical link, or from the note of a browser that saved the page', () => {
		expect(metadataOf('<link rel="canonical" href="https://example.org/a">').url).toBe(
			'https://example.org/a'
		);
		const html =
			'<!DOCTYPE html>\n<!-- saved from url=(0029)https://www.example.org/story -->\n<html><head></head><body></body></html>';
		const saved = pageMetadata(new DOMParser().parseFromString(html, 'text/html'), html);
		expect(saved).toEqual({ url: 'https://www.example.org/story', publisher: 'example.org' });
	});

	it('keeps only http(s) addresses', () => {
		expect(
			metadataOf(
				'<meta property="og:url" content="javascript:alert(1)"><link rel="canonical" href="/relative/path">'
			).url
		).toBeUndefined();
	});

	it('says nothing of a page without metadata', () => {
		expect(metadataOf('<title>Page</title>')).toEqual({});
	});
});
