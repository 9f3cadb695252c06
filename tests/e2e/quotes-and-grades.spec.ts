import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readCsv } from '../fixtures/read-csv';
import { evidencePanel, openExplorer } from './graph-page';

const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });
const quoteField = (page: Page) =>
	editor(page).getByLabel('Quote — verbatim, exactly as the source has it');

/** Words the KSAT article (whose text the example archives) does not have: a paraphrase of it. */
const PARAPHRASE = 'China keeps North Korea afloat with aid';
/** A quote of Xinhua, whose text the example does not archive. */
const UNCHECKED = 'Xi and Kim exchanged congratulatory messages';

/** Opens a relation's evidence from the keyboard, wherever the camera has put it. */
async function openRelation(page: Page, id: string) {
	await page.locator(`[data-relation="${id}"]`).first().focus();
	await page.keyboard.press('Enter');
	await expect(evidencePanel(page)).toBeVisible();
}

/** Opens the form for a new evidence item of the relation shown, citing the source found by `typed`. */
async function addEvidence(page: Page, typed: string, option: RegExp) {
	await evidencePanel(page).getByRole('button', { name: 'Add evidence' }).click();
	await editor(page).getByRole('combobox', { name: 'Source', exact: true }).fill(typed);
	await editor(page).getByRole('option', { name: option }).first().click();
}

/** Adds to the trade relation a quote of Xinhua: a source with no archived text. */
async function addUncheckedQuote(page: Page) {
	await openRelation(page, 'chn-prk-trade');
	await addEvidence(page, 'Xinhua', /Xinhua/);
	await quoteField(page).fill(UNCHECKED);
	await expect(editor(page).getByText('cannot be saved as a quote')).toBeHidden();
	await editor(page).getByRole('button', { name: 'Save', exact: true }).click();
	await expect(editor(page)).toBeHidden();
}

test.beforeEach(async ({ page }) => {
	await openExplorer(page);
	await expect(page).toHaveURL(/doc=/);
});

test('a paraphrase of an archived source is refused as a quote, and saved as a note', async ({
	page
}) => {
	await openRelation(page, 'chn-prk-aid');
	const panel = evidencePanel(page);
	const items = await panel.locator('li.evidence').count();
	await addEvidence(page, 'KSAT', /KSAT/);
	await quoteField(page).fill(PARAPHRASE);
	await expect(editor(page).getByText('cannot be saved as a quote')).toBeVisible();

	// Save refuses it, next to the quote, and nothing changes.
	await editor(page).getByRole('button', { name: 'Save', exact: true }).click();
	await expect(quoteField(page)).toHaveAttribute('aria-invalid', 'true');
	await expect(editor(page).getByRole('alert')).toContainText(
		'not found word for word in the source’s archived text, so it cannot be saved as a quote'
	);
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
		'aria-disabled',
		'true'
	);

	// One click keeps the words, as what they are: the analyst's note.
	await editor(page).getByRole('button', { name: 'Save as a note instead' }).click();
	await expect(editor(page)).toBeHidden();
	await expect(panel.locator('li.evidence')).toHaveCount(items + 1);
	const added = panel.locator('li.evidence').last();
	await expect(added.locator('.note')).toHaveText(`Note ${PARAPHRASE}`);
	await expect(added.locator('blockquote')).toHaveCount(0);
});

test('a quote of a source with no archived text is marked not checked, in the panel and the table', async ({
	page
}) => {
	await addUncheckedQuote(page);
	const added = evidencePanel(page).locator('li.evidence').last();
	await expect(added.locator('blockquote')).toHaveText(UNCHECKED);
	await expect(added.getByText('Not checked against the source')).toBeVisible();
	await expect(added.getByRole('button', { name: 'Show in source' })).toHaveCount(0);
	// A quote found in the archived text is not marked, and can be shown there.
	const first = evidencePanel(page).locator('li.evidence').first();
	await expect(first.getByText('Not checked against the source')).toHaveCount(0);
	await expect(first.getByRole('button', { name: 'Show in source' })).toBeVisible();

	await page.getByRole('button', { name: 'Table' }).click();
	const table = page.getByRole('table');
	await expect(table.locator('tr[data-relation="chn-prk-trade"]')).toContainText(
		'1 quote not checked against the source'
	);
	await expect(table.locator('tr[data-relation="chn-prk-aid"]')).not.toContainText('not checked');
});

test('the CSV export has the grades, dates and locators, and says which quotes were checked', async ({
	page
}) => {
	await addUncheckedQuote(page);
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const data = page.getByRole('dialog', { name: 'Export' }).getByRole('region', { name: 'Data' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		data.getByRole('button', { name: /^CSV\b/ }).click()
	]);
	const [header, ...rows] = readCsv(
		readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
	).filter((row) => row.length > 1);
	const cells = (row: string[], ...names: string[]) =>
		names.map((name) => {
			expect(header, `the CSV has a "${name}" column`).toContain(name);
			return row[header.indexOf(name)];
		});
	const graded = ['quote checked', 'locator', 'credibility', 'published', 'reliability'];

	// The aid's first item: a KSAT quote found in its archived text, paragraph 2, graded C2.
	const aid = rows.find((row) => row[0] === 'chn-prk-aid')!;
	expect(cells(aid, ...graded)).toEqual(['yes', 'paragraph 2', '2', '2024-10-06', 'C']);
	// The quote just added of Xinhua (graded B), whose text is not archived.
	const added = rows.find((row) => cells(row, 'quote')[0] === UNCHECKED)!;
	expect(cells(added, 'relation', ...graded)).toEqual([
		'chn-prk-trade',
		'not archived',
		'',
		'',
		'2024-10-06',
		'B'
	]);
});

test('the handout marks the unchecked quote, and no longer calls every quote verbatim', async ({
	page
}) => {
	await addUncheckedQuote(page);
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.locator('.stage .slide')).toBeVisible();
	// Printing draws the handout.
	await page.pdf({ preferCSSPageSize: true });
	const appendix = page.locator('.handout .appendix');
	const trade = appendix.locator('tbody[data-relation="chn-prk-trade"]');
	await expect(trade).toContainText(UNCHECKED);
	await expect(trade.locator('[data-quote-standing="not archived"]')).toHaveText(
		'Not checked against the source'
	);
	await expect(appendix.locator('.lead')).not.toContainText('Quotes are verbatim');
	await expect(appendix.locator('.lead')).toContainText(
		'a quote marked “Not checked against the source” is as the analyst copied it, unchecked'
	);
});
