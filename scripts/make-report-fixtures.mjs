import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes the report files the specs open, from the briefing article's text
 * (shared/sources/ksat-dprk-prc-75-years.txt, or the file named as the first
 * argument), into tests/fixtures/reports/:
 * - ksat-dprk-prc-75-years.txt: the article, a paragraph a line;
 * - ksat-dprk-prc-75-years.html: the article as a saved news page shows it,
 *   a paragraph a <p>, amid a page's clutter (header, menus, cookie banner,
 *   advertising, related stories, newsletter form, footer), with the
 *   publisher's Open Graph tags;
 * - ksat-dprk-prc-75-years.pdf: the article printed to PDF by LibreOffice
 *   (`soffice --headless --convert-to pdf`), with a text layer, the headline as
 *   its title and the day of publication as its creation date;
 * - locked.pdf: a PDF that opens only with a password ("secret").
 * Run `node scripts/make-report-fixtures.mjs` again when the article changes; it needs
 * LibreOffice Writer (Debian: `apt-get install libreoffice-writer`). The files are kept
 * byte for byte: the specs do not make them.
 */
const SOURCE =
	process.argv[2] ?? new URL('../../shared/sources/ksat-dprk-prc-75-years.txt', import.meta.url);
const OUT = new URL('../tests/fixtures/reports/', import.meta.url);
const NAME = 'ksat-dprk-prc-75-years';
const HEADLINE =
	'North Korea and China mark their 75th anniversary of ties as outsiders question their relationship';
/** 6 October 2024, 09:12 in San Antonio (14:12 UTC), as the PDF's creation date: YYYYMMDDHHmmSS. */
const PDF_DATE = '20241006141200';

const paragraphs = readFileSync(SOURCE, 'utf8')
	.split(/\r?\n/)
	.map((line) => line.trim())
	.filter(Boolean);

/** @param {string} text */
const escape = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const article = paragraphs.map((text) => `\t\t\t\t<p>${escape(text)}</p>`).join('\n');

writeFileSync(new URL(`${NAME}.txt`, OUT), paragraphs.join('\n') + '\n');
writeFileSync(new URL(`${NAME}.html`, OUT), savedPage(article));
writeFileSync(new URL(`${NAME}.pdf`, OUT), printedArticle(article));
writeFileSync(new URL('locked.pdf', OUT), lockedPdf());

/**
 * The article as a news site's page, saved from the browser.
 * @param {string} article its paragraphs' markup
 */
function savedPage(article) {
	return `<!DOCTYPE html>
<!-- saved from url=(0022)https://www.ksat.com/ -->
<html lang="en">
<head>
	<meta charset="utf-8">
	<title>${escape(HEADLINE)} | KSAT</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:type" content="article">
	<meta property="og:title" content="${escape(HEADLINE)}">
	<meta property="og:site_name" content="KSAT">
	<meta property="og:url" content="https://www.ksat.com/">
	<meta property="og:description" content="Leaders exchanged messages on the 75th anniversary of diplomatic ties.">
	<meta property="article:published_time" content="2024-10-06T09:12:00-05:00">
	<meta property="article:section" content="World">
	<meta name="twitter:card" content="summary_large_image">
	<link rel="stylesheet" href="styles/site.css">
	<style>.ad-slot{min-height:250px}.cookie-banner{position:fixed;bottom:0}</style>
	<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ event: 'pageview', section: 'world' });</script>
</head>
<body class="article-page">
	<div class="cookie-banner" id="cookie-consent" role="dialog" aria-label="Cookie consent">
		<p>We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. By clicking “Accept all”, you agree to our use of cookies.</p>
		<button type="button">Accept all</button> <button type="button">Manage preferences</button>
		<a href="https://www.ksat.com/privacy-policy/">Privacy policy</a>
	</div>
	<header class="site-header">
		<a class="logo" href="https://www.ksat.com/">KSAT 12</a>
		<div class="weather-widget">San Antonio 78°F Sunny</div>
		<nav class="main-nav" aria-label="Sections">
			<ul>
				<li><a href="https://www.ksat.com/news/">News</a></li>
				<li><a href="https://www.ksat.com/weather/">Weather</a></li>
				<li><a href="https://www.ksat.com/sports/">Sports</a></li>
				<li><a href="https://www.ksat.com/news/world/">World</a></li>
				<li><a href="https://www.ksat.com/live/">Watch live</a></li>
				<li><a href="https://www.ksat.com/traffic/">Traffic</a></li>
			</ul>
		</nav>
		<div class="breaking-ticker"><strong>Breaking:</strong> Traffic alert on Loop 410 after a morning crash near the airport.</div>
	</header>
	<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span><iframe title="Advertisement" src="about:blank"></iframe></div>
	<main id="main-content">
		<article class="article">
			<header class="article-header">
				<p class="section-label"><a href="https://www.ksat.com/news/world/">World</a></p>
				<h1 class="headline">${escape(HEADLINE)}</h1>
				<div class="byline">By Associated Press</div>
				<time datetime="2024-10-06T09:12:00-05:00">Published: October 6, 2024, 9:12 AM</time>
				<div class="share-tools"><a href="#share-facebook">Share on Facebook</a> <a href="#share-x">Share on X</a> <a href="#share-email">Email this story</a></div>
			</header>
			<figure class="lead-image">
				<img src="images/kim-xi.jpg" alt="Kim Jong Un and Xi Jinping shake hands">
				<figcaption>FILE - Kim Jong Un and Xi Jinping in Beijing. (AP Photo)</figcaption>
			</figure>
			<div class="article-body">
${article}
			</div>
			<div class="ad-slot ad-inline"><span class="ad-label">Advertisement</span></div>
			<p class="copyright">Copyright 2024 by KSAT - All rights reserved.</p>
		</article>
		<aside class="related-stories" aria-label="Related stories">
			<h2>Related stories</h2>
			<ul>
				<li><a href="https://www.ksat.com/news/world/kim-putin-summit/">Kim and Putin sign a defense pact as Russia seeks ammunition for its war in Ukraine</a><span class="teaser">The leaders met in Pyongyang in June.</span></li>
				<li><a href="https://www.ksat.com/news/world/un-sanctions-panel/">Russia vetoes the renewal of the UN panel that monitors sanctions against North Korea</a><span class="teaser">China abstained in the vote.</span></li>
				<li><a href="https://www.ksat.com/news/local/spurs-preview/">Spurs open preseason with a win over the Magic</a><span class="teaser">Wembanyama scored 20 points.</span></li>
			</ul>
			<h2>Trending</h2>
			<ol>
				<li><a href="https://www.ksat.com/news/local/h-e-b-recall/">H-E-B recalls a popular snack over an undeclared allergen</a></li>
				<li><a href="https://www.ksat.com/weather/cold-front/">First cold front of the season arrives this week</a></li>
			</ol>
		</aside>
		<section class="newsletter-signup">
			<h2>Sign up for the KSAT Morning Headlines newsletter</h2>
			<form action="https://www.ksat.com/newsletters/"><input type="email" placeholder="Your email address"><button>Subscribe</button></form>
			<p>Get the top stories delivered to your inbox every morning.</p>
		</section>
	</main>
	<footer class="site-footer">
		<nav aria-label="Footer">
			<a href="https://www.ksat.com/about/">About us</a>
			<a href="https://www.ksat.com/contact/">Contact us</a>
			<a href="https://www.ksat.com/careers/">Careers</a>
			<a href="https://www.ksat.com/terms/">Terms of use</a>
			<a href="https://www.ksat.com/privacy-policy/">Privacy policy</a>
			<a href="https://www.ksat.com/fcc/">FCC applications</a>
		</nav>
		<p>© 2024 KSAT.com is managed by Graham Digital and published by Graham Media Group, a division of Graham Holdings.</p>
	</footer>
	<script src="scripts/ads.js" async></script>
</body>
</html>
`;
}

/**
 * The article printed to PDF: the paragraphs alone, the headline as the document's title.
 * @param {string} article its paragraphs' markup
 */
function printedArticle(article) {
	const folder = mkdtempSync(join(tmpdir(), 'ties-report-'));
	try {
		const page = join(folder, `${NAME}.html`);
		writeFileSync(
			page,
			`<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(HEADLINE)}</title></head>\n<body>\n${article}\n</body></html>\n`
		);
		// Opened as a Writer document: Writer/Web's own export loses the first page's lines.
		convert(page, folder, 'pdf:writer_pdf_Export');
		const pdf = readFileSync(join(folder, `${NAME}.pdf`), 'latin1');
		// The creation date is the moment of printing; it becomes the publication's, its digits
		// written in place, so that no offset in the file moves.
		const dated = pdf.replace(/(\/CreationDate\s*\(D:)\d{14}/, `$1${PDF_DATE}`);
		if (dated === pdf) throw new Error('the PDF has no creation date to set');
		return Buffer.from(dated, 'latin1');
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * Converts `file` with LibreOffice into `folder`, with `filter` (and its options).
 * @param {string} file
 * @param {string} folder
 * @param {string} filter
 */
function convert(file, folder, filter) {
	const converted = spawnSync(
		'soffice',
		[
			'--headless',
			'--infilter=HTML (StarWriter)',
			'--convert-to',
			filter,
			'--outdir',
			folder,
			file
		],
		{ encoding: 'utf8', env: { ...process.env, HOME: folder } }
	);
	if (converted.status !== 0)
		throw new Error(`soffice failed: ${converted.stderr || converted.stdout}`);
}

/** A short report printed to a PDF locked by a password. */
function lockedPdf() {
	const folder = mkdtempSync(join(tmpdir(), 'ties-report-'));
	try {
		const page = join(folder, 'locked.html');
		writeFileSync(
			page,
			'<!DOCTYPE html>\n<html><body><p>Kim Jong Un met Xi Jinping.</p></body></html>\n'
		);
		const options = {
			EncryptFile: { type: 'boolean', value: 'true' },
			DocumentOpenPassword: { type: 'string', value: 'secret' }
		};
		convert(page, folder, `pdf:writer_pdf_Export:${JSON.stringify(options)}`);
		return readFileSync(join(folder, 'locked.pdf'));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
