import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cameraAtRest, clickRelation, evidencePanel, openExplorer } from './graph-page';
import { editor, newGraph } from './forms-page';

/**
 * Reports in: an article pasted or dropped, read, and its proposals reviewed
 * by the keyboard — accepted, corrected or rejected, one undoable step each —
 * until the graph holds only relations whose evidence quotes the article word
 * for word, each shown marked in the article by "Show in source".
 */

const SCREENSHOTS = 'tests/e2e/screenshots';
const SHARED = new URL('../../../shared/sources/ksat-dprk-prc-75-years.txt', import.meta.url);
const KEPT = new URL('../fixtures/reports/ksat-dprk-prc-75-years.txt', import.meta.url);
/** The KSAT article the example network is drawn from. */
const ARTICLE = readFileSync(existsSync(SHARED) ? SHARED : KEPT, 'utf8');
const TITLE =
	'North Korea and China mark their 75th anniversary of ties as outsiders question their relationship';

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** What the analyst makes of each proposal, known by its heading: the rest is rejected. */
const RIGHT = new Set([
	'China and North Korea trade',
	'China gives aid to North Korea',
	'United Nations imposes sanctions on North Korea',
	'North Korea and Russia have a defense pact'
]);
/** Military equipment supplied in a war is aid, as this graph has no type for arms. */
const AS_AID = 'North Korea trades with Russia (alleged)';

/** Words as the page shows them: white space closed up. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

async function fromReport(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page
		.getByRole('group', { name: 'Add' })
		.getByRole('button', { name: 'From a report…' })
		.click();
	await expect(editor(page).getByRole('heading', { name: 'Read a report' })).toBeFocused();
}

async function describeSource(form: Locator): Promise<void> {
	await form.getByLabel('Title', { exact: true }).fill(TITLE);
	await form.getByLabel('Publisher', { exact: true }).fill('KSAT');
	await form.getByLabel('URL', { exact: true }).fill('https://www.ksat.com/');
	await form.getByLabel('Published', { exact: true }).fill('2024-10-06');
}

const counts = (form: Locator) => form.locator('[data-review-counts]');
const current = (form: Locator) => form.locator('article[aria-current="true"]');
const said = (form: Locator) => form.locator('[aria-live="polite"]');

/** The heading of the proposal under review, without its number. */
async function headingOf(card: Locator): Promise<string> {
	return (await card.locator('h3').innerText()).replace(/^\d*[a-z]?\.\s*/, '');
}

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** Drops a file on the page, as from the desktop. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer): Promise<void> {
	const transfer = await page.evaluateHandle(
		({ name, type, data }) => {
			const transfer = new DataTransfer();
			const content = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
			transfer.items.add(new File([content], name, { type }));
			return transfer;
		},
		{ name, type, data: bytes.toString('base64') }
	);
	const stage = page.locator('main.stage');
	await stage.dispatchEvent('dragenter', { dataTransfer: transfer });
	await stage.dispatchEvent('dragover', { dataTransfer: transfer });
	await expect(page.locator('[data-drop-overlay]')).toContainText('a report to read');
	await page.locator('[data-drop-overlay]').dispatchEvent('drop', { dataTransfer: transfer });
}

test('the KSAT article, pasted and reviewed by the keyboard, becomes relations that quote it word for word', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	await newGraph(page);
	await fromReport(page);
	const form = editor(page);

	// Nothing is read without the source its evidence will cite: a link and a date above all.
	await form.getByLabel('Report', { exact: true }).fill(ARTICLE);
	await form.getByRole('button', { name: 'Read the report' }).click();
	const summary = form.getByRole('alert');
	await expect(summary).toContainText('Not read: 4 things to fix');
	await expect(summary).toContainText('URL is empty.');
	await expect(summary).toContainText('Published is empty.');
	await form.getByLabel('URL', { exact: true }).fill('ksat.com');
	await form.getByRole('button', { name: 'Read the report' }).click();
	await expect(form.getByLabel('URL', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(summary).toContainText('URL must be an http:// or https:// link.');
	await describeSource(form);
	await form.getByRole('button', { name: 'Read the report' }).click();

	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeFocused();
	await expect(form.getByText(`Evidence will cite ${TITLE} (KSAT, 6 Oct 2024).`)).toBeVisible();
	const proposals = await form.locator('article[data-proposal]').count();
	expect(proposals).toBeGreaterThanOrEqual(6);
	await expect(counts(form)).toHaveText(`${proposals} to review · 0 accepted · 0 rejected`);
	// The shortcuts and the marks are said in the panel.
	const keys = form.getByRole('list', { name: 'Keys' });
	await expect(keys).toContainText('A Accept');
	await expect(keys).toContainText('Ctrl+Z Undo');
	await expect(form.getByText('Marks:')).toBeVisible();
	await expect(page.locator('[data-relation]')).toHaveCount(0);

	// Tab reaches the first proposal; J and K go down and up; the marks are in its sentence.
	await page.keyboard.press('Tab');
	const first = current(form);
	await expect(first).toBeFocused();
	await expect(first.locator('mark.report-mark-source')).toHaveText('China');
	await expect(first.locator('mark.report-mark-target')).toHaveText('North Korea');
	await expect(first.getByText('new: China (CHN)')).toBeVisible();
	const firstHeading = await headingOf(first);
	await page.keyboard.press('j');
	await expect(current(form)).toBeFocused();
	expect(await headingOf(current(form))).not.toBe(firstHeading);
	await page.keyboard.press('ArrowUp');
	expect(await headingOf(current(form))).toBe(firstHeading);
	expect(await axeViolations(page)).toEqual([]);
	await cameraAtRest(page);
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-1440.png` });

	// E goes to the type; keys typed in a choice are the choice's own, and Escape comes back.
	await page.keyboard.press('e');
	await expect(current(form).getByLabel('Type', { exact: true })).toBeFocused();
	await page.keyboard.press('r');
	await expect(counts(form)).toHaveText(`${proposals} to review · 0 accepted · 0 rejected`);
	await page.keyboard.press('Escape');
	await expect(form).toBeVisible();
	await expect(current(form)).toBeFocused();

	// Each proposal in turn: accepted where the article states it, corrected where the type is wrong, else rejected.
	const accepted: string[] = [];
	let rejected = 0;
	while ((await current(form).count()) > 0) {
		const card = current(form);
		await expect(card).toBeFocused();
		const heading = await headingOf(card);
		if (RIGHT.has(heading)) {
			await page.keyboard.press('a');
			accepted.push(heading);
			await expect(said(form)).toHaveText(new RegExp(`^(Accepted|Added as evidence to): `));
		} else if (heading === AS_AID) {
			await page.keyboard.press('e');
			await card.getByLabel('Type', { exact: true }).selectOption('aid');
			await expect(card.locator('h3')).toContainText('North Korea gives aid to Russia (alleged)');
			await card.focus();
			await page.keyboard.press('A');
			accepted.push('North Korea gives aid to Russia (alleged)');
		} else {
			await page.keyboard.press('r');
			rejected += 1;
			await expect(said(form)).toHaveText(
				`Rejected: ${heading}. ${proposals - accepted.length - rejected} to review.`
			);
		}
		await expect(page.locator('svg.framed [data-relation]')).toHaveCount(accepted.length);
	}
	expect(accepted).toEqual(
		expect.arrayContaining([...RIGHT, 'North Korea gives aid to Russia (alleged)'])
	);
	await expect(counts(form)).toHaveText(
		`0 to review · ${accepted.length} accepted · ${rejected} rejected`
	);
	await expect(form.getByText('All reviewed.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
		'title',
		`Undo Accept “${accepted.at(-1)}”`
	);

	// Ctrl+Z undoes the last acceptance alone: the proposal is back to review, and the focus on it.
	await page.keyboard.press('Control+z');
	await expect(page.locator('svg.framed [data-relation]')).toHaveCount(accepted.length - 1);
	await expect(counts(form)).toHaveText(
		`1 to review · ${accepted.length - 1} accepted · ${rejected} rejected`
	);
	await expect(said(form)).toHaveText(`Undone: ${accepted.at(-1)} is back to review. 1 to review.`);
	await expect(current(form)).toBeFocused();
	expect(await headingOf(current(form))).toBe(accepted.at(-1));
	await page.keyboard.press('a');
	await expect(page.locator('svg.framed [data-relation]')).toHaveCount(accepted.length);

	// A rejected proposal can be put back to review, and rejected again.
	const rejectedList = form.locator('details.rejected');
	await rejectedList.locator('summary').click();
	await rejectedList
		.getByRole('button', { name: /^Back to review/ })
		.first()
		.click();
	await expect(counts(form)).toHaveText(
		`1 to review · ${accepted.length} accepted · ${rejected - 1} rejected`
	);
	await expect(current(form)).toBeFocused();
	await page.keyboard.press('r');
	await expect(counts(form)).toHaveText(
		`0 to review · ${accepted.length} accepted · ${rejected} rejected`
	);

	// Closed by Escape, the review is kept: Add → From a report… takes it up where it was.
	await page.keyboard.press('Escape');
	await expect(form).toBeHidden();
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page
		.getByRole('group', { name: 'Add' })
		.getByRole('button', { name: 'From a report…' })
		.click();
	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeFocused();
	await expect(counts(form)).toHaveText(
		`0 to review · ${accepted.length} accepted · ${rejected} rejected`
	);
	// The list of the rejected, open when the panel closed, is open again.
	await expect(rejectedList).toHaveAttribute('open');

	for (const [width, height] of [
		[1024, 768],
		[800, 800],
		[390, 844]
	]) {
		await page.setViewportSize({ width, height });
		await form.evaluate((panel) => panel.scrollTo(0, 0));
		await cameraAtRest(page);
		await page.screenshot({ path: `${SCREENSHOTS}/reports-in-${width}.png` });
	}
	await page.setViewportSize({ width: 1440, height: 900 });

	// Done: every relation drawn quotes the article word for word, and shows it marked in place.
	await form.getByRole('button', { name: 'Done' }).click();
	await expect(form).toBeHidden();
	const ids = await page
		.locator('svg.framed [data-relation]')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-relation')!));
	expect(ids).toHaveLength(accepted.length);
	const article = words(ARTICLE);
	for (const id of ids) {
		await clickRelation(page, id);
		const panel = evidencePanel(page);
		const quotes = panel.locator('blockquote');
		await expect(quotes.first()).toBeVisible();
		for (const quote of await quotes.allInnerTexts()) expect(article).toContain(words(quote));
		await expect(panel.locator('.meta').first()).toContainText(/KSAT, 6 Oct 2024, paragraph \d/);
		const quote = words(await quotes.first().innerText());
		await panel.getByRole('button', { name: 'Show in source' }).first().click();
		const dialog = page.getByRole('dialog', { name: TITLE });
		await expect(dialog.locator('mark')).toHaveText(quote);
		await expect(dialog.locator('mark')).toBeInViewport();
		if (id === ids[0])
			await page.screenshot({ path: `${SCREENSHOTS}/reports-in-show-in-source.png` });
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
	}
});

test('on a phone, a report dropped on the page is read in the panel; a file that cannot be read is said, and the graph stays', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplorer(page);
	await newGraph(page);
	const form = editor(page);

	// Pasted, a text that begins with a title line offers it as the source's title.
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await fromReport(page);
	await page.evaluate(() =>
		navigator.clipboard.writeText('Drones for Moscow\n\nIran supplied drones to Russia.')
	);
	await form.getByLabel('Report', { exact: true }).focus();
	await page.keyboard.press('ControlOrMeta+v');
	await expect(form.getByLabel('Title', { exact: true })).toHaveValue('Drones for Moscow');
	await form.getByRole('button', { name: 'Cancel' }).click();
	await expect(form).toBeHidden();

	// A file no reader can read: the panel says why, and nothing changes in the graph.
	await dropFile(page, 'report.pdf', 'application/pdf', Buffer.from('not a PDF at all'));
	await expect(form.getByRole('heading', { name: 'Read a report' })).toBeVisible();
	await expect(form.locator('.problem[role="alert"]')).toContainText('report.pdf');
	await expect(form.getByLabel('Report', { exact: true })).toHaveValue('');
	await expect(
		page.getByRole('heading', { name: 'This network has no actors yet' })
	).toBeAttached();
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true');

	// The article as a text file, dropped: read into the panel, full width over the graph.
	await dropFile(page, 'ksat-dprk-prc-75-years.txt', 'text/plain', Buffer.from(ARTICLE));
	await expect(form.getByText('Read from ksat-dprk-prc-75-years.txt')).toBeVisible();
	await expect(form.getByLabel('Report', { exact: true })).toHaveValue(ARTICLE.trim());
	const box = (await form.boundingBox())!;
	expect(box.x).toBe(0);
	expect(box.width).toBe(390);
	await describeSource(form);
	await form.getByRole('button', { name: 'Read the report' }).click();
	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeFocused();

	// By touch: a new actor added on its own, then the first proposal accepted with its button.
	const card = form.locator('article[data-proposal]').first();
	await expect(card.getByText('new: North Korea (PRK)')).toBeVisible();
	await card.getByRole('button', { name: 'Add China alone' }).click();
	await expect(page.locator('svg.framed [data-actor]')).toHaveCount(1);
	await expect(card.getByText('new: China (CHN)')).toBeHidden();
	const heading = await headingOf(card);
	await card.getByRole('button', { name: /^Accept/ }).click();
	await expect(form.locator('.accepted')).toHaveText(`✓ Accepted: ${heading}`);
	await expect(page.locator('svg.framed [data-relation]')).toHaveCount(1);
	await expect(page.locator('svg.framed [data-actor]')).toHaveCount(2);
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-phone.png` });
	// Each is one step: the first undo takes the relation (and North Korea) back, the second China.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator('svg.framed [data-relation]')).toHaveCount(0);
	await expect(page.locator('svg.framed [data-actor]')).toHaveCount(1);
	await expect(form.locator('article[data-proposal]').first().locator('h3')).toContainText(heading);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(
		page.getByRole('heading', { name: 'This network has no actors yet' })
	).toBeAttached();
	expect(await axeViolations(page)).toEqual([]);
});

/** Accepts every proposal by the keyboard, then closes the review. */
async function acceptAll(page: Page, form: Locator): Promise<void> {
	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(current(form)).toBeFocused();
	for (let i = 0; i < 40 && !/^0 to review/.test(await counts(form).innerText()); i++) {
		await page.keyboard.press('a');
	}
	await expect(counts(form)).toHaveText(/^0 to review · \d+ accepted · 0 rejected$/);
	await form.getByRole('button', { name: 'Done' }).click();
	await expect(form).toBeHidden();
}

/** Every relation drawn quotes the article word for word, and "Show in source" marks it there. */
async function everyQuoteInTheArticle(page: Page, title: string): Promise<number> {
	const ids = await page
		.locator('svg.framed [data-relation]')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-relation')!));
	const article = words(ARTICLE);
	for (const id of ids) {
		await clickRelation(page, id);
		const panel = evidencePanel(page);
		const quote = words(await panel.locator('blockquote').first().innerText());
		expect(article).toContain(quote);
		await panel.getByRole('button', { name: 'Show in source' }).first().click();
		const dialog = page.getByRole('dialog', { name: title });
		await expect(dialog.locator('mark')).toHaveText(quote);
		await dialog.getByRole('button', { name: 'Close' }).click();
	}
	return ids.length;
}

test('a saved web page and a PDF of the article bring their source details, and what is accepted quotes the article', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1024, height: 768 });
	await openExplorer(page);
	const form = editor(page);

	// The saved page, chosen with "Open a file…": the article without the page's clutter.
	await newGraph(page);
	await fromReport(page);
	await form
		.locator('input[type="file"]')
		.setInputFiles('tests/fixtures/reports/ksat-dprk-prc-75-years.html');
	await expect(form.getByText('Read from ksat-dprk-prc-75-years.html')).toBeVisible();
	const report = form.getByLabel('Report', { exact: true });
	await expect(report).toHaveValue(ARTICLE.trim());
	await expect(form.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
	await expect(form.getByLabel('Publisher', { exact: true })).toHaveValue('KSAT');
	await expect(form.getByLabel('URL', { exact: true })).toHaveValue('https://www.ksat.com/');
	await expect(form.getByLabel('Published', { exact: true })).toHaveValue('2024-10-06');
	await form.getByRole('button', { name: 'Read the report' }).click();
	await acceptAll(page, form);
	expect(await everyQuoteInTheArticle(page, TITLE)).toBeGreaterThanOrEqual(5);

	// The PDF, dropped on the page: its text layer read into paragraphs, its title and date kept.
	await newGraph(page);
	await dropFile(
		page,
		'ksat-dprk-prc-75-years.pdf',
		'application/pdf',
		readFileSync('tests/fixtures/reports/ksat-dprk-prc-75-years.pdf')
	);
	await expect(form.getByText('Read from ksat-dprk-prc-75-years.pdf')).toBeVisible();
	await expect(report).toHaveValue(ARTICLE.trim());
	await expect(form.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
	await expect(form.getByLabel('Published', { exact: true })).toHaveValue('2024-10-06');
	await form.getByLabel('Publisher', { exact: true }).fill('KSAT');
	await form.getByLabel('URL', { exact: true }).fill('https://www.ksat.com/');
	await form.getByRole('button', { name: 'Read the report' }).click();
	await acceptAll(page, form);
	expect(await everyQuoteInTheArticle(page, TITLE)).toBeGreaterThanOrEqual(5);
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-pdf-1024.png` });
});

test('a relation the rules have no words for is proposed by the learnt model, marked less sure, and accepted like any other', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 800, height: 900 });
	await openExplorer(page);
	await newGraph(page);
	await fromReport(page);
	const form = editor(page);
	await form
		.getByLabel('Report', { exact: true })
		.fill(
			'Trade across the ocean\n\nRomania sold Moldova two patrol boats in 2022. Chinese factories, in turn, supply many of the cars, phones and machines that Peruvians buy.'
		);
	await describeSource(form);
	await form.getByRole('button', { name: 'Read the report' }).click();
	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeFocused();
	await expect(counts(form)).toHaveText('2 to review · 0 accepted · 0 rejected');

	// The rules read the sale; the model, the factories' goods. Only its proposal says it is less sure.
	const [ruled, learnt] = await form.locator('article[data-proposal] h3').allInnerTexts();
	expect(ruled).not.toContain('less sure');
	expect(words(learnt)).toMatch(/China and Peru trade · less sure$/);
	await page.keyboard.press('Tab');
	await page.keyboard.press('j');
	const card = current(form);
	await expect(card.locator('.why')).toContainText('learnt from the words around the two names');
	await expect(card.locator('mark.report-mark-source')).toHaveText('Chinese');
	await expect(card.locator('mark.report-mark-target')).toHaveText('Peruvians');
	expect(await axeViolations(page)).toEqual([]);
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-learnt-800.png` });
	// On a phone the mark wraps with its heading, inside the card.
	await page.setViewportSize({ width: 390, height: 844 });
	const mark = card.locator('h3 .learnt');
	await expect(mark).toBeVisible();
	const [markBox, cardBox] = [await mark.boundingBox(), await card.boundingBox()];
	expect(markBox!.x + markBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-learnt-390.png` });
	await page.setViewportSize({ width: 800, height: 900 });

	await page.keyboard.press('a');
	await expect(said(form)).toContainText('Accepted: China and Peru trade');
	await expect(page.locator('[data-relation]')).toHaveCount(1);
});

test('a pair the report names together with no relation read is taken up as a proposal, corrected and accepted with its sentence', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	await newGraph(page);
	await fromReport(page);
	const form = editor(page);
	const blocked = 'Exporters say Chinese customs also continue to block Australian rock lobster.';
	await form
		.getByLabel('Report', { exact: true })
		.fill(
			`Lobster and boats\n\nRomania sold Moldova two patrol boats in 2022. ${blocked} Turkey sold Moldova drones in 2023.`
		);
	await describeSource(form);
	await form.getByRole('button', { name: 'Read the report' }).click();
	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeFocused();
	await expect(counts(form)).toHaveText('2 to review · 0 accepted · 0 rejected');
	const numbers = () => form.locator('li .number').allTextContents();
	expect(await numbers()).toEqual(['1.', '2.']);

	// Folded away below the proposals: the pair, where it is, its sentence with the two names marked.
	const named = form.locator('[data-named-together]');
	await expect(named.locator('summary')).toHaveText('Named together, nothing proposed (1)');
	await expect(named.locator('li')).toBeHidden();
	// Scrolled to, it stops above the panel's buttons, which stay in view: a click reaches it.
	await named.locator('summary').click();
	await expect(named).toHaveAttribute('open');
	const pair = named.locator('li');
	await expect(pair.locator('.pair')).toHaveText('China and Australia · paragraph 2');
	await expect(pair.locator('mark.report-mark-source')).toHaveText('Chinese');
	await expect(pair.locator('mark.report-mark-target')).toHaveText('Australian');
	expect(await axeViolations(page)).toEqual([]);
	for (const [width, height] of [
		[1440, 900],
		[1024, 768],
		[800, 800],
		[390, 844]
	]) {
		await page.setViewportSize({ width, height });
		const button = pair.getByRole('button', { name: /^Review as a proposal/ });
		await button.scrollIntoViewIfNeeded();
		const [box, panel] = [await pair.boundingBox(), await form.boundingBox()];
		expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
		// Not under the buttons at the panel's foot.
		const foot = await form.locator('.form-buttons').boundingBox();
		const buttonBox = await button.boundingBox();
		expect(buttonBox!.y + buttonBox!.height).toBeLessThanOrEqual(foot!.y);
		await page.screenshot({ path: `${SCREENSHOTS}/reports-in-named-together-${width}.png` });
	}
	await page.setViewportSize({ width: 1024, height: 768 });

	// Taken up, it joins the review in its place, current and said; the list no longer has it. The
	// proposals keep their numbers: it is numbered after the one before it.
	await pair.getByRole('button', { name: /^Review as a proposal/ }).click();
	await expect(counts(form)).toHaveText('3 to review · 0 accepted · 0 rejected');
	await expect(said(form)).toHaveText(
		'Taken up: China imposes sanctions on Australia. 3 to review.'
	);
	expect(await numbers()).toEqual(['1.', '1a.', '2.']);
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-named-together-taken-up-1024.png` });
	await expect(current(form)).toBeFocused();
	expect(words(await headingOf(current(form)))).toBe(
		'China imposes sanctions on Australia · less sure'
	);
	await expect(current(form).locator('.why')).toContainText('named together, no relation read');
	await expect(named).toHaveCount(0);

	// Corrected like any proposal: exporters say it, the text does not.
	await current(form).getByLabel('Status').selectOption('alleged');
	await current(form).focus();
	await page.keyboard.press('a');
	await expect(said(form)).toContainText(
		'Accepted: China imposes sanctions on Australia (alleged)'
	);
	await expect(counts(form)).toHaveText('2 to review · 1 accepted · 0 rejected');
	await page.screenshot({ path: `${SCREENSHOTS}/reports-in-named-together-accepted-1024.png` });

	await form.getByRole('button', { name: 'Done' }).click();
	const [id] = await page
		.locator('svg.framed [data-relation]')
		.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-relation')!));
	await clickRelation(page, id);
	const evidence = evidencePanel(page);
	await expect(evidence.locator('blockquote').first()).toHaveText(blocked);
	await expect(evidence.locator('.meta').first()).toContainText('KSAT, 6 Oct 2024, paragraph 2');
});
