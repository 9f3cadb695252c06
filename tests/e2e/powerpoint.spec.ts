import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { example, openExplorer, openGraphFile } from './graph-page';
import {
	convertWithLibreOffice,
	readDeckPackage,
	readPdf,
	savePdfPage,
	squeezed,
	wordsOf,
	type DeckPackage
} from './powerpoint-reading';

const SCREENSHOTS = 'tests/e2e/screenshots';
const NAME = 'dprk-prc-russia-un-2024-10-06';
const story = example.story!;
/** The sources the example's relations cite: every one is listed, once, on the Sources slides. */
const cited = example.sources.filter((source) =>
	example.relations.some((relation) => relation.evidence.some((e) => e.source === source.id))
);

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
// LibreOffice takes a while to start and convert a deck.
test.describe.configure({ timeout: 180_000 });

/** Clicks `button`, waits for the deck it saves, and keeps it at a path of the test's own. */
async function deckFrom(page: Page, button: Locator, path: string): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		button.click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.pptx$/);
	await download.saveAs(path);
	return download.suggestedFilename();
}

async function exportPanel(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const panel = page.getByRole('dialog', { name: 'Export' });
	await expect(panel).toBeVisible();
	return panel;
}

/** The slide's text boxes' words, joined. */
const slideText = (deck: DeckPackage, n: number) => wordsOf(deck.slides[n - 1]).join(' ');

test('Export → PowerPoint saves the briefing as a deck that PowerPoint readers open', async ({
	page
}, testInfo) => {
	await openExplorer(page);
	const panel = await exportPanel(page);
	const button = panel.getByRole('button', { name: 'Export PowerPoint' });
	const file = testInfo.outputPath('deck.pptx');
	expect(await deckFrom(page, button, file)).toBe(`${NAME}.pptx`);
	await expect(panel).toBeHidden();

	// (a) The package, read as a zip.
	const deck = await readDeckPackage(file);
	const sourceSlides = deck.slides
		.map((_, i) => slideText(deck, i + 1))
		.filter((text) => /^Sources( \(continued\))? \[1?\d+\]/.test(text));
	expect(sourceSlides.length).toBeGreaterThan(0);
	expect(deck.slides).toHaveLength(1 + story.length + sourceSlides.length);

	const title = slideText(deck, 1);
	expect(title).toContain(example.title);
	expect(title).toContain(example.subtitle!);
	expect(title).toContain(`As of 6 Oct 2024 · ${story.length} steps`);

	// The Sources slides list every cited source once, numbered from 1, its address a link.
	const listed = sourceSlides.join(' ');
	const numbers = [...listed.matchAll(/\[(\d+)\] /g)].map((m) => Number(m[1]));
	expect(numbers).toEqual(cited.map((_, i) => i + 1));
	const links = deck.rels.flatMap((xml) =>
		[...xml.matchAll(/Target="(https?:[^"]+)" TargetMode="External"/g)].map((m) =>
			m[1].replaceAll('&amp;', '&')
		)
	);
	expect(new Set(links)).toEqual(new Set(cited.map((source) => source.url)));
	/** What the Sources slides say of source [n]. */
	const entryOf = (n: number) => listed.split(/\[\d+\] +/)[n];
	for (const [i, step] of story.entries()) {
		const n = i + 2;
		const text = slideText(deck, n);
		expect(text).toContain(step.title);
		// The caption is text on the slide, not part of a picture.
		expect(text).toContain(step.caption);
		expect(text).toContain(`Step ${i + 1} of ${story.length}`);
		expect(deck.notes[n - 1]).toContain(step.notes!);
		// Each citation names the source the Sources slides list under its number.
		const citations = [
			...text.matchAll(/\[(\d+)\] ([^,]+(?:, [^,]+)*?), (?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4}/g)
		];
		expect(citations.length).toBeGreaterThan(0);
		for (const [, number, publisher] of citations) {
			expect(entryOf(Number(number)).startsWith(`${publisher}.`)).toBe(true);
		}
		// The picture: an SVG for PowerPoint, and a PNG of it for the rest.
		const pictures = [...deck.rels[n - 1].matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(pictures.map((name) => name.split('.').pop()).sort()).toEqual(['png', 'svg']);
		const svg = new TextDecoder().decode(deck.media.get(pictures.find((p) => p.endsWith('.svg'))!));
		for (const id of step.relations ?? []) expect(svg).toContain(`data-relation="${id}"`);
		const png = PNG.sync.read(
			Buffer.from(deck.media.get(pictures.find((p) => p.endsWith('.png'))!)!)
		);
		expect(png.width).toBeGreaterThanOrEqual(1500);
		const svgRatio = /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
		expect(png.width / png.height).toBeCloseTo(svgRatio[0] / svgRatio[1], 1);
		expect(inked(png)).toBeGreaterThan(0.01);
	}

	// (b) LibreOffice Impress opens it: a page per slide, the words where they should be.
	const pdf = convertWithLibreOffice(file, 'pdf');
	const pages = await readPdf(pdf);
	expect(pages).toHaveLength(deck.slides.length);
	for (const page of pages) expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
	expect(squeezed(pages[0].text)).toContain(squeezed(example.title));
	for (const [i, step] of story.entries()) {
		const page = pages[i + 1];
		expect(squeezed(page.text)).toContain(squeezed(step.title));
		expect(squeezed(page.text)).toContain(squeezed(step.caption));
		expect(page.pictures).toBeGreaterThan(0);
	}
	expect(squeezed(pages.at(-1)!.text)).toContain(squeezed(cited.at(-1)!.url!));

	const titleImage = convertWithLibreOffice(file, 'png');
	copyFileSync(titleImage, `${SCREENSHOTS}/powerpoint-title.png`);
	const shot = PNG.sync.read(readFileSync(titleImage));
	expect(shot.width / shot.height).toBeCloseTo(16 / 9, 1);
	await savePdfPage(pdf, 2, 1600, `${SCREENSHOTS}/powerpoint-step.png`);
	await savePdfPage(pdf, 5, 1600, `${SCREENSHOTS}/powerpoint-step-4.png`);
	await savePdfPage(pdf, story.length + 2, 1600, `${SCREENSHOTS}/powerpoint-sources.png`);
});

test('the marking stands at the top and the bottom of every slide', async ({ page }, testInfo) => {
	await openExplorer(page);
	const marking = 'OFFICIAL-SENSITIVE // EXERCISE ONLY';
	const description =
		'How the ties were drawn: from open reporting, each relation with its sources.';
	await openGraphFile(page, 'marked.json', {
		...example,
		title: 'Marked briefing',
		marking,
		description
	});
	await expect(page.getByRole('heading', { level: 1, name: 'Marked briefing' })).toBeVisible();

	const panel = await exportPanel(page);
	const file = testInfo.outputPath('marked.pptx');
	expect(await deckFrom(page, panel.getByRole('button', { name: 'Export PowerPoint' }), file)).toBe(
		'marked-briefing-2024-10-06.pptx'
	);
	const deck = await readDeckPackage(file);
	for (const [i, xml] of deck.slides.entries()) {
		expect(
			wordsOf(xml).filter((words) => words === marking),
			`slide ${i + 1}`
		).toHaveLength(2);
	}
	expect(slideText(deck, 1)).toContain(description);

	const pages = await readPdf(convertWithLibreOffice(file, 'pdf'));
	expect(pages).toHaveLength(deck.slides.length);
	for (const page of pages) {
		expect(page.text.split(marking).length - 1).toBe(2);
	}
});

test('the presentation saves its briefing as a PowerPoint deck', async ({ page }, testInfo) => {
	await page.goto('/present?step=2');
	await expect(page.locator('.stage .slide')).toBeVisible();
	const file = testInfo.outputPath('presented.pptx');
	const button = page.getByRole('navigation', { name: 'Briefing' }).getByRole('button', {
		name: 'PowerPoint'
	});
	expect(await deckFrom(page, button, file)).toBe(`${NAME}.pptx`);
	const deck = await readDeckPackage(file);
	expect(slideText(deck, 3)).toContain(story[1].caption);
	expect(deck.notes[2]).toContain(story[1].notes!);
});

/** The share of a picture's pixels that are not white: a blank stand-in has none. */
function inked(png: PNG): number {
	let ink = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		const [r, g, b, a] = png.data.subarray(i, i + 4);
		if (a > 0 && r + g + b < 3 * 240) ink++;
	}
	return ink / (png.width * png.height);
}
