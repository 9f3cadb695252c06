import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { example } from './graph-page';
import { addressBreaks, readPdf, savePages, type PdfPage } from './pdf-reading';

const SCREENSHOTS = 'tests/e2e/screenshots';
const story = example.story!;
const MARKING = 'OFFICIAL-SENSITIVE — FOR THE BRIEFING ONLY';

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** The example as a graph of its own address, with a marking: the briefing opens it as it would any graph. */
async function openMarked(page: Page, path: string): Promise<void> {
	await page.route(
		(url) => url.pathname === '/marked-graph.json',
		(route) => route.fulfill({ json: { ...example, marking: MARKING } })
	);
	await page.goto(`${path}?graph=/marked-graph.json`);
}

/** Prints the page as Chromium would to a PDF, with the page's own page size. */
async function print(page: Page): Promise<Buffer> {
	await page.emulateMedia({ media: 'print' });
	return page.pdf({ preferCSSPageSize: true, printBackground: true });
}

/** Every web address of the example breaks, if at all, where a reader expects: never between two letters or digits. */
function expectAddressesWhole(pages: PdfPage[]): void {
	const text = pages.map((page) => page.text).join('\n');
	for (const source of example.sources) {
		const breaks = addressBreaks(text, source.url!);
		expect(breaks, `${source.url} is printed`).toBeDefined();
		for (const at of breaks!) {
			const around = source.url!.slice(at - 1, at + 1);
			expect(around, `${source.url} broken at ${at}`).not.toMatch(/^[\p{L}\p{N}]{2}$/u);
		}
	}
}

/** Each actor's name copies out once where it is drawn, never twice in a row. */
function expectNamesOnce(pages: PdfPage[]): void {
	const text = pages.map((page) => page.text).join('\n');
	for (const actor of example.actors) {
		expect(text).toContain(actor.name);
		expect(text, `${actor.name} copied twice`).not.toContain(`${actor.name}${actor.name}`);
		expect(text).not.toMatch(new RegExp(`${actor.name}\\s+${actor.name}`));
	}
}

/** The marking at the top and at the bottom of every page. */
function expectMarkingOnEveryPage(pages: PdfPage[]): void {
	pages.forEach((page, i) => {
		const marked = page.lines.filter((line) => line.text.includes(MARKING));
		const top = marked.filter((line) => line.y > page.height * 0.93);
		const bottom = marked.filter((line) => line.y < page.height * 0.07);
		expect(top, `marking at the top of page ${i + 1}`).toHaveLength(1);
		expect(bottom, `marking at the bottom of page ${i + 1}`).toHaveLength(1);
	});
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the deck prints a 16:9 page per slide: title, each step whole, then the sources', async ({
	page
}) => {
	await openMarked(page, '/present/slides');
	await expect(page.locator('main[data-ready]')).toBeVisible();
	const sourcePages = await page.locator('[data-deck-page="sources"]').count();
	expect(sourcePages).toBeGreaterThanOrEqual(1);
	const pdf = await print(page);
	writeFileSync(`${SCREENSHOTS}/pdf-deck.pdf`, pdf);
	const pages = await readPdf(pdf);

	expect(pages).toHaveLength(1 + story.length + sourcePages);
	for (const { width, height } of pages) expect(width / height).toBeCloseTo(16 / 9, 3);

	expect(pages[0].text).toContain(example.title);
	expect(pages[0].text).toContain(example.subtitle!);
	story.forEach((step, i) => {
		const text = squeeze(pages[i + 1].text);
		// The whole caption is there: nothing cut off at the slide's edge.
		expect(text).toContain(squeeze(step.title));
		expect(text).toContain(squeeze(step.caption));
		expect(text).toContain(`Step${i + 1}of${story.length}`);
	});
	const sources = pages
		.slice(1 + story.length)
		.map((p) => p.text)
		.join('\n');
	example.sources.forEach((_, i) => expect(sources).toContain(`[${i + 1}]`));
	pages.forEach((p, i) => expect(p.text).toContain(`${i + 1} / ${pages.length}`));

	expectMarkingOnEveryPage(pages);
	expectAddressesWhole(pages);
	expectNamesOnce(pages);
	await savePages(pdf, 4, `${SCREENSHOTS}/pdf-deck-first-pages.png`);
});

test('the handout prints a cover, numbered pages and whole addresses, with the marking on each', async ({
	page
}) => {
	await openMarked(page, '/present');
	await expect(page.locator('.stage .slide')).toBeVisible();
	// On screen the slide carries the marking too, above and below.
	await expect(page.locator('.stage .slide .marking')).toHaveText([MARKING, MARKING]);
	const pdf = await print(page);
	writeFileSync(`${SCREENSHOTS}/handout.pdf`, pdf);
	const pages = await readPdf(pdf);

	expect(pages.length).toBeGreaterThan(1 + story.length);
	for (const { width, height } of pages) expect(width / height).toBeCloseTo(297 / 210, 2);
	const cover = pages[0].text;
	for (const words of [
		example.title,
		example.subtitle!,
		'As of 6 Oct 2024',
		`${example.actors.length} actors · ${example.relations.length} relations · ${example.sources.length} sources`
	]) {
		expect(cover).toContain(words);
	}
	expect(cover).toMatch(/printed\s*\d{1,2} [A-Z][a-z]{2} \d{4}/i);
	expect(pages[1].text).toContain(story[0].title);
	pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pages.length}`));

	expectMarkingOnEveryPage(pages);
	expectAddressesWhole(pages);
	expectNamesOnce(pages);
	await savePages(pdf, 4, `${SCREENSHOTS}/handout-first-pages.png`);
});

test('without a marking, no page carries one', async ({ page }) => {
	await page.goto('/present/slides');
	await expect(page.locator('main[data-ready]')).toBeVisible();
	const pages = await readPdf(await print(page));
	for (const p of pages) expect(p.text).not.toContain(MARKING);
	expect(pages).toHaveLength(1 + story.length + 1);
});

test('“Slides (PDF)” opens the print-ready deck and its print dialog', async ({
	page,
	context
}) => {
	await context.addInitScript(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', '');
	});
	await page.goto('/present');
	await expect(page.locator('.stage .slide')).toBeVisible();
	const [deck] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Slides (PDF)' }).click()
	]);
	await expect(deck).toHaveURL(/\/present\/slides/);
	await expect(deck.locator('html[data-printed]')).toBeAttached();
	await expect(deck.locator('[data-deck-page]')).toHaveCount(1 + story.length + 1);
	// Asked once: a reload shows the deck without printing it again.
	await expect(deck).not.toHaveURL(/#print/);
});

test('the deck on screen reads as pages, with no accessibility violations', async ({ page }) => {
	// A full axe run over eight slides.
	test.setTimeout(120_000);
	await openMarked(page, '/present/slides');
	await expect(page.locator('main[data-ready]')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Slides: ${example.title}`);
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
	await expect(page.getByRole('link', { name: '← Briefing' })).toHaveAttribute(
		'href',
		/\/present\?graph=/
	);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	await page.screenshot({ path: `${SCREENSHOTS}/pdf-deck-on-screen.png` });
});
