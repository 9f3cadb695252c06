import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { add, editor, newGraph, pick } from './forms-page';
import { openExplorer } from './graph-page';
import { readPdf } from './pdf-reading';
import { readDeckPackage, wordsOf } from './powerpoint-reading';

/**
 * From nothing to the room: an analyst builds a three-actor network through
 * the forms, declares a type of their own, writes a three-step story with
 * notes and a step date, presents it with the presenter view in step, and
 * takes it out as a slide picture, a PowerPoint deck, a PDF deck and a
 * briefing pack, each file read back by something other than the app.
 */

const SCREENSHOTS = 'tests/e2e/screenshots';
const MARKING = 'UNCLASSIFIED // EXERCISE';
const TITLE = 'Russia, France and Mali';
const STEPS = [
	{
		title: 'France and Mali still trade',
		caption: 'Trade went on “despite the rupture” between Paris and Bamako.',
		notes: 'Start with the old tie: it has not gone.',
		generated: 'Trade'
	},
	{
		title: 'Arms from Russia',
		caption: 'Russia is reported to deliver helicopters to Mali’s army.',
		notes: 'Reported, not confirmed: say so.',
		generated: 'Arms transfers',
		asOf: '2022'
	},
	{
		title: 'Instructors in Bamako',
		caption: 'The source says “Russian instructors arrived in Bamako”.',
		notes: 'Instructors, not soldiers: keep to the words.',
		generated: 'Aid'
	}
];

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

async function save(page: Page): Promise<void> {
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(editor(page)).toBeHidden();
}

async function exportPanel(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const panel = page.getByRole('dialog', { name: 'Export' });
	await expect(panel).toBeVisible();
	return panel;
}

async function download(page: Page, button: Locator, path: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		button.click()
	]);
	await file.saveAs(path);
	return file.suggestedFilename();
}

test('a briefing built from nothing goes into the room as slides, a deck, a PDF and a pack', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(300_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	await newGraph(page);
	const form = editor(page);

	// The graph's details, its marking included.
	await page.getByRole('heading', { level: 1 }).getByRole('button').click();
	await form.getByRole('textbox', { name: /^Title/ }).fill(TITLE);
	await form.getByRole('textbox', { name: /^Subtitle/ }).fill('Who stands by Bamako');
	await form.getByRole('textbox', { name: /^As of/ }).fill('2024-05');
	await form.getByRole('textbox', { name: /^Marking/ }).fill(MARKING);
	await save(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

	// A type of the analyst's own.
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page
		.getByRole('group', { name: 'Graph' })
		.getByRole('button', { name: 'Relation types…' })
		.click();
	await form.getByRole('button', { name: 'Add a type' }).click();
	const arms = form.getByRole('group', { name: 'New type' });
	await arms.getByLabel('Label', { exact: true }).fill('Arms transfers');
	await arms.getByLabel('One way by nature').check();
	await save(page);

	// A source with its text, three actors, three relations.
	await add(page, 'Source');
	await form.getByLabel('Title', { exact: true }).fill('Russia in the Sahel');
	await form.getByLabel('Publisher', { exact: true }).fill('Example Wire');
	await form.getByLabel('URL', { exact: true }).fill('https://example.org/sahel');
	await form.getByLabel('Published', { exact: true }).fill('2024-05-02');
	await save(page);
	for (const name of ['Mali', 'Russia', 'France']) {
		await add(page, 'Actor');
		await form.getByLabel('Name', { exact: true }).fill(name);
		await save(page);
	}
	const relations = [
		[
			'France',
			'Mali',
			'Trade',
			'Trade between France and Mali',
			'Trade continued despite the rupture.',
			''
		],
		[
			'Russia',
			'Mali',
			'Arms transfers',
			'Russia delivers helicopters to Mali',
			'Russia delivered two helicopters.',
			'2021-09'
		],
		[
			'Russia',
			'Mali',
			'Aid',
			'Russian instructors train Mali’s army',
			'Russian instructors arrived in Bamako in December 2021.',
			'2021-12'
		]
	];
	for (const [from, to, type, summary, quote, since] of relations) {
		await add(page, 'Relation');
		await form.getByLabel('Type', { exact: true }).selectOption({ label: type });
		await pick(page, 'From', from, from);
		await pick(page, 'To', to, to);
		await form.getByLabel('Summary').fill(summary);
		await pick(page, 'Source', 'Sahel', /Russia in the Sahel/);
		await form.getByLabel('Quote — verbatim, exactly as the source has it').fill(quote);
		if (since) await form.getByLabel(/^Since/).fill(since);
		await save(page);
	}
	await expect(page.locator('svg.framed [data-relation]')).toHaveCount(3);

	// The story starts from the steps made from the types, each rewritten with notes, one dated.
	await page.getByRole('button', { name: 'Story' }).click();
	await form.getByRole('button', { name: 'Start from these steps' }).click();
	const rows = form.getByRole('list', { name: 'Steps' }).getByRole('listitem');
	for (const step of STEPS) {
		await rows.filter({ hasText: step.generated }).locator('.choose').click();
		await form.getByLabel('Title', { exact: true }).fill(step.title);
		await form.getByLabel('Caption', { exact: true }).fill(step.caption);
		await form.getByLabel('Presenter notes').fill(step.notes);
		if (step.asOf) await form.getByLabel('As of').fill(step.asOf);
		await form.getByRole('button', { name: 'Save step' }).click();
		await expect(form.getByText('Changes not saved', { exact: true })).toBeHidden();
	}
	// Arms before aid: moved up by the keyboard.
	await rows.filter({ hasText: STEPS[1].title }).locator('.choose').focus();
	await page.keyboard.press('Alt+ArrowUp');
	await expect(rows.locator('.title')).toHaveText(STEPS.map((step) => step.title));
	await page.keyboard.press('Escape');

	// Presented, with the presenter view in step.
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[0].title);
	await expect(page.locator('.stage .slide .marking')).toHaveText([MARKING, MARKING]);
	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	await expect(presenter.locator('.notes')).toHaveText(STEPS[0].notes);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[1].title);
	await expect(page.locator('.stage .date')).toHaveText('As of 2022');
	await expect(presenter.getByRole('heading', { name: `Now: ${STEPS[1].title}` })).toBeVisible();
	await expect(presenter.locator('.notes')).toHaveText(STEPS[1].notes);
	await presenter.close();

	// The PDF deck: a title page, a page per step, the sources; 16:9, the marking on each.
	const deckPage = await page.context().newPage();
	await deckPage.goto(
		page
			.url()
			.replace('/present?', '/present/slides?')
			.replace(/&?step=\d+/, '')
	);
	await expect(deckPage.locator('main[data-ready]')).toBeVisible();
	await deckPage.emulateMedia({ media: 'print' });
	const pdfPages = await readPdf(
		await deckPage.pdf({ preferCSSPageSize: true, printBackground: true })
	);
	expect(pdfPages).toHaveLength(1 + STEPS.length + 1);
	for (const [i, pdfPage] of pdfPages.entries()) {
		expect(pdfPage.width / pdfPage.height).toBeCloseTo(16 / 9, 2);
		expect(pdfPage.text.split(MARKING).length - 1).toBeGreaterThanOrEqual(2);
		if (i > 0 && i <= STEPS.length) expect(pdfPage.text).toContain(STEPS[i - 1].title);
	}
	await deckPage.close();

	// Back in the explorer: the slide picture, the PowerPoint deck and the pack.
	await page.goBack();
	await expect(page.locator('svg.framed')).toBeVisible();
	let panel = await exportPanel(page);
	await panel.getByRole('radio', { name: 'Slide 16:9' }).check();
	const pngPath = testInfo.outputPath('slide.png');
	expect(await download(page, panel.getByRole('button', { name: 'Export PNG' }), pngPath)).toMatch(
		/slide-16x9\.png$/
	);
	const png = PNG.sync.read(readFileSync(pngPath));
	expect(png.width / png.height).toBeCloseTo(16 / 9, 3);
	expect(png.width).toBeGreaterThanOrEqual(1920);

	panel = await exportPanel(page);
	const deckPath = testInfo.outputPath('briefing.pptx');
	await download(page, panel.getByRole('button', { name: 'Export PowerPoint' }), deckPath);
	const deck = await readDeckPackage(deckPath);
	const slideWords = deck.slides.map((xml) => wordsOf(xml).join(' '));
	expect(slideWords[0]).toContain(TITLE);
	STEPS.forEach((step, i) => {
		expect(slideWords[i + 1]).toContain(step.title);
		expect(slideWords[i + 1]).toContain(step.caption);
		expect(deck.notes[i + 1]).toContain(step.notes);
	});
	for (const words of slideWords) expect(words).toContain(MARKING);
	expect(
		[...deck.media.keys()].filter((name) => name.endsWith('.svg')).length
	).toBeGreaterThanOrEqual(STEPS.length);

	panel = await exportPanel(page);
	const packPath = testInfo.outputPath('briefing.html');
	await download(page, panel.getByRole('button', { name: 'Briefing pack (.html)' }), packPath);
	expect(statSync(packPath).size).toBeLessThan(400_000);
	const offline = await browser.newContext();
	const left: string[] = [];
	await offline.route('**/*', (route) => {
		const url = route.request().url();
		if (/^(file|data|blob):/.test(url)) return route.continue();
		left.push(url);
		return route.abort('blockedbyclient');
	});
	const pack = await offline.newPage();
	await pack.goto(pathToFileURL(packPath).href);
	await expect(pack.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(pack.locator('svg.framed [data-relation]')).toHaveCount(3);
	expect(left).toEqual([]);
	await offline.close();
});
