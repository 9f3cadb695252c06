import { articleText } from './article-text';
import { findCalendarDate } from './calendar-date';
import { removePageClutter } from './page-clutter';
import { pageMetadata } from './page-metadata';
import type { ReportDraft } from './report-draft';
import { reportOfText } from './report-of-text';
import { fileSubject, noArticle, unreadable } from './report-refusals';
import { tidyReportText } from './tidy-report-text';

/**
 * Shorter than this, what Readability found is a notice or a caption, not an
 * article: a news brief of two sentences is longer.
 */
const MIN_ARTICLE_CHARACTERS = 140;

/** A page's `<style>` elements. */
const STYLE_SHEETS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Reads a saved web page (`html`, of the file `name`): the article is taken
 * out of the page's menus, banners, advertising and footer (see
 * removePageClutter) by Mozilla's Readability (Firefox's reader view), a
 * paragraph a line; the title, publisher, address and date come from the
 * page's metadata (see pageMetadata), then from what Readability found, then
 * from the `<title>`.
 * The page is parsed by the browser's DOMParser, which runs no script and
 * loads nothing. Throws a ReportProblem when the page has no article.
 */
export async function readHtmlReport(name: string, html: string): Promise<ReportDraft> {
	if (typeof DOMParser === 'undefined') throw unreadable(name, 'no HTML parser is available here');
	// A page's style sheets hold no text, and the site's policy would refuse them even in a
	// parsed page that is never shown (and say so in the console): they go first.
	const page = new DOMParser().parseFromString(html.replace(STYLE_SHEETS, ''), 'text/html');
	const about = pageMetadata(page, html);
	const pageTitle = page.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
	removePageClutter(page);
	const { Readability } = await import('@mozilla/readability');
	// The article as an element, not as markup to parse again.
	const article = new Readability<Element>(page, {
		serializer: (element) => element as Element
	}).parse();
	const text = article?.content ? articleText(article.content) : '';
	if (tidyReportText(text).length < MIN_ARTICLE_CHARACTERS) throw noArticle(name);
	return reportOfText(
		text,
		{
			title: about.title ?? (article?.title?.trim() || undefined) ?? (pageTitle || undefined),
			publisher: about.publisher ?? (article?.siteName?.trim() || undefined),
			url: about.url,
			published:
				about.published ??
				(article?.publishedTime ? findCalendarDate(article.publishedTime) : undefined),
			fileName: name
		},
		fileSubject(name)
	);
}
