/**
 * Takes out of a parsed page what is never the article, before Readability
 * looks for it: the site's header and footer, menus, forms, dialogs (cookie
 * banners), and the blocks a site names for what they are (advertising,
 * sharing buttons, related stories, newsletter sign-ups, bylines, copyright).
 * Readability keeps an article's own header (its section, date and sharing
 * links), which the page's metadata already gives. A block that holds most
 * of the page's paragraphs is never taken out, whatever its name: some sites
 * wrap the whole article in a `<div class="social-wrapper">`.
 */
export function removePageClutter(page: Document): void {
	const body = page.body;
	if (!body) return;
	const pageText = paragraphText(body);
	const clutter = [...body.querySelectorAll('*')].filter(
		(element) => isClutter(element) && paragraphText(element) <= pageText / 2
	);
	for (const element of clutter) element.remove();
}

/** Elements that are a page's frame, never its article. */
const FRAME_TAGS = new Set(['header', 'footer', 'nav', 'aside', 'form', 'button', 'dialog']);

/** ARIA roles of a page's frame. */
const FRAME_ROLES = new Set([
	'banner',
	'navigation',
	'contentinfo',
	'complementary',
	'dialog',
	'alertdialog',
	'search',
	'menu',
	'menubar'
]);

/** Words in a class or id that name a block as no part of the article. */
const CLUTTER_WORDS = new Set([
	'ad',
	'ads',
	'advert',
	'advertisement',
	'banner',
	'breadcrumb',
	'breadcrumbs',
	'byline',
	'comments',
	'consent',
	'cookie',
	'cookies',
	'copyright',
	'gdpr',
	'kicker',
	'newsletter',
	'paywall',
	'promo',
	'recommended',
	'related',
	'share',
	'sharing',
	'social',
	'sponsored',
	'subscribe',
	'ticker',
	'trending'
]);

function isClutter(element: Element): boolean {
	if (FRAME_TAGS.has(element.localName.toLowerCase())) return true;
	if (FRAME_ROLES.has(element.getAttribute('role')?.trim().toLowerCase() ?? '')) return true;
	const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
	return names
		.toLowerCase()
		.split(/[^a-z]+/)
		.some((word) => CLUTTER_WORDS.has(word));
}

/** How much paragraph text an element holds: what an article is made of. */
function paragraphText(element: Element): number {
	let length = 0;
	for (const paragraph of element.querySelectorAll('p'))
		length += paragraph.textContent?.length ?? 0;
	return length;
}
