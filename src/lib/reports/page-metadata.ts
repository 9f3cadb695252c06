import { findCalendarDate } from './calendar-date';

/** What a saved web page says about its article, before the article is taken out of it. */
export interface PageMetadata {
	title?: string;
	publisher?: string;
	/** An http(s) link to the article. */
	url?: string;
	/** YYYY-MM-DD. */
	published?: string;
}

/**
 * Reads a page's metadata the way publishers write it for link previews and
 * search engines: Open Graph (`og:title`, `og:site_name`, `og:url`,
 * `article:published_time`), the common date tags (`date`, `pubdate`,
 * `dc.date`, `citation_publication_date`, …), JSON-LD's `datePublished`, and a
 * `<time>` that dates the article. The page's address comes from `og:url`,
 * its canonical link, or the note a browser writes into a page it saves
 * (`<!-- saved from url=… -->`). The publisher is the site's name, else the
 * address's host. Only what the page says: nothing is guessed.
 */
export function pageMetadata(page: Document, html: string): PageMetadata {
	const url = [
		meta(page, 'og:url'),
		page.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
		/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1]
	]
		.map(webLink)
		.find((link) => link !== undefined);
	return {
		title: meta(page, 'og:title') ?? meta(page, 'twitter:title'),
		publisher: meta(page, 'og:site_name') ?? (url ? hostName(url) : undefined),
		url,
		published: publishedDate(page)
	};
}

/** The `content` of the first meta tag named `name` (by `property`, `name` or `itemprop`), tidied. */
function meta(page: Document, name: string): string | undefined {
	for (const tag of page.querySelectorAll('meta')) {
		const key =
			tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop');
		if (key?.trim().toLowerCase() !== name) continue;
		const content = tag.getAttribute('content')?.replace(/\s+/g, ' ').trim();
		if (content) return content;
	}
	return undefined;
}

/** The meta tags that date an article, most telling first. */
const DATE_TAGS = [
	'article:published_time',
	'og:published_time',
	'datepublished',
	'citation_publication_date',
	'citation_date',
	'dc.date.issued',
	'dcterms.issued',
	'dc.date',
	'dcterms.date',
	'dcterms.created',
	'date',
	'pubdate',
	'publishdate',
	'publish-date',
	'publish_date',
	'article.published',
	'parsely-pub-date',
	'sailthru.date'
];

function publishedDate(page: Document): string | undefined {
	for (const tag of DATE_TAGS) {
		const date = dateOf(meta(page, tag));
		if (date) return date;
	}
	return jsonLdDate(page) ?? timeDate(page);
}

/** `datePublished` of the JSON-LD that describes the article (in a `@graph` or a list too). */
function jsonLdDate(page: Document): string | undefined {
	for (const script of page.querySelectorAll('script[type="application/ld+json" i]')) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue; // Pages carry broken JSON-LD too; it says nothing then.
		}
		const date = findDatePublished(data, 0);
		if (date) return date;
	}
	return undefined;
}

function findDatePublished(data: unknown, depth: number): string | undefined {
	if (depth > 4 || typeof data !== 'object' || data === null) return undefined;
	if (Array.isArray(data)) {
		for (const item of data) {
			const date = findDatePublished(item, depth + 1);
			if (date) return date;
		}
		return undefined;
	}
	const record = data as Record<string, unknown>;
	const own = typeof record.datePublished === 'string' ? dateOf(record.datePublished) : undefined;
	return own ?? findDatePublished(record['@graph'], depth + 1);
}

/**
 * The date of a `<time datetime>` that dates the article: one marked as the
 * publication date, else the first inside the `<article>`, else the only one
 * on the page. A page with several, none of them marked, says nothing sure.
 */
function timeDate(page: Document): string | undefined {
	const marked = page.querySelector(
		'time[itemprop="datePublished" i][datetime], time[pubdate][datetime]'
	);
	const inArticle = page.querySelector('article time[datetime]');
	const all = page.querySelectorAll('time[datetime]');
	const time = marked ?? inArticle ?? (all.length === 1 ? all[0] : undefined);
	return dateOf(time?.getAttribute('datetime') ?? undefined);
}

function dateOf(value: string | undefined): string | undefined {
	return value === undefined ? undefined : findCalendarDate(value);
}

/** `value` when it is an absolute http(s) link. */
function webLink(value: string | null | undefined): string | undefined {
	const link = value?.trim();
	if (!link || !/^https?:\/\//i.test(link) || !URL.canParse(link)) return undefined;
	return link;
}

/** A site's name as its address gives it: `https://www.ksat.com/…` is `ksat.com`. */
function hostName(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}
