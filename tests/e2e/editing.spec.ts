import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { actorCentre, evidencePanel, openExplorer } from './graph-page';
import { add, editor, pick } from './forms-page';

const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });

/**
 * Opens the evidence of a relation or an actor from the keyboard: the same
 * wherever the camera has put it, and never taken for a drag.
 */
async function open(page: Page, kind: 'relation' | 'actor', id: string) {
	await page.locator(`[data-${kind}="${id}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(evidencePanel(page)).toBeVisible();
}

async function expectNoAccessibilityViolations(page: Page) {
	const results = await new AxeBuilder({ page }).include('aside').analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
	await openExplorer(page);
	// The library has opened and read the address (which resets the view once): the page is ready.
	await expect(page).toHaveURL(/doc=/);
});

test('adds a relation with a new evidence item, draws it and opens its evidence', async ({
	page
}) => {
	await add(page, 'Relation');
	const form = editor(page);
	await expect(form.getByRole('heading', { name: 'New relation' })).toBeFocused();
	await expect(form.getByLabel('Type')).toHaveValue('trade');
	await pick(page, 'From', 'Russia', 'Russia');
	await pick(page, 'To', 'north', 'North Korea');
	await form.getByLabel('Summary').fill('Russia and North Korea trade across the Tumen river');
	await pick(page, 'Source', 'KSAT', /KSAT/);
	await expect(form.getByLabel('Quote — verbatim, exactly as the source has it')).toBeVisible();
	await form
		.getByLabel('Note — your paraphrase or comment')
		.fill('Trade with Russia grows as sanctions bite.');
	await form.getByRole('button', { name: 'Save' }).click();

	await expect(form).toBeHidden();
	await expect(page.locator('[data-relation="rus-prk-trade"]')).toHaveAttribute(
		'data-type',
		'trade'
	);
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		'Russia and North Korea trade across the Tumen river'
	);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.locator('.note')).toContainText('Trade with Russia grows as sanctions bite.');
	await expect(undoButton(page)).toHaveAttribute(
		'title',
		'Undo Add trade between Russia and North Korea'
	);
	await undoButton(page).click();
	await expect(page.locator('[data-relation="rus-prk-trade"]')).toHaveCount(0);
	await redoButton(page).click();
	await expect(page.locator('[data-relation="rus-prk-trade"]')).toHaveCount(1);

	// Saved as it was made: a reload a moment later still has it, with its evidence.
	await page.waitForTimeout(600);
	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	await expect(page.locator('[data-relation="rus-prk-trade"]')).toHaveCount(1);
	await open(page, 'relation', 'rus-prk-trade');
	await expect(evidencePanel(page).locator('.note')).toContainText(
		'Trade with Russia grows as sanctions bite.'
	);
});

test('refuses a relation without evidence or with a bad date, and says why by each field', async ({
	page
}) => {
	await add(page, 'Relation');
	const form = editor(page);
	await pick(page, 'From', 'Russia', 'Russia');
	await pick(page, 'To', 'Russia', 'Russia');
	await form.getByLabel('Since (optional)').fill('2024-13-01');
	await form.getByRole('button', { name: 'Remove evidence item 1' }).click();
	await form.getByRole('button', { name: 'Save' }).click();

	const summary = form.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Not saved: 4 things to fix');
	const since = form.getByLabel('Since (optional)');
	await expect(since).toHaveAttribute('aria-invalid', 'true');
	await expect(since).toHaveAccessibleDescription(
		/"2024-13-01" is not a date: month 13 does not exist/
	);
	await expect(form.getByLabel('To', { exact: true })).toHaveAccessibleDescription(
		'To is the same actor as From: a relation ties two different actors.'
	);
	await expect(form.getByLabel('Summary')).toHaveAccessibleDescription(/Summary is empty/);
	await expect(form.locator('#relation-field-evidence-error')).toHaveText(
		'A relation needs at least one evidence item: a source and what it says.'
	);
	// The summary's links lead to the fields, in the form's order.
	await expect(summary.getByRole('link')).toHaveText([
		'To is the same actor as From: a relation ties two different actors.',
		'Since: "2024-13-01" is not a date: month 13 does not exist.',
		'Summary is empty.',
		'A relation needs at least one evidence item: a source and what it says.'
	]);
	await summary.getByRole('link', { name: /Since/ }).click();
	await expect(since).toBeFocused();
	await page.screenshot({
		path: 'tests/e2e/screenshots/desktop-form-relation-date-errors.png',
		animations: 'disabled'
	});

	// An item with neither quote nor note is no evidence; a quote the source does not have is flagged.
	await form.getByRole('button', { name: 'Add evidence item' }).click();
	await expect(form.getByRole('combobox', { name: 'Source' })).toBeFocused();
	await pick(page, 'Source', 'KSAT', /KSAT/);
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByLabel('Quote — verbatim, exactly as the source has it')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(form.getByRole('alert')).toContainText(
		'Evidence item 1: Each evidence item needs a verbatim quote or a note.'
	);
	const quote = form.getByLabel('Quote — verbatim, exactly as the source has it');
	await quote.fill("China serves as North Korea's primary trading partner");
	await expect(
		form.getByText('Not found word for word in the source’s archived text')
	).toBeVisible();
	await quote.fill('China serves as North Korea’s primary trading partner');
	await expect(form.getByText('Not found word for word')).toBeHidden();
	await expectNoAccessibilityViolations(page);

	// Nothing was saved: Escape closes the form and the graph is as it was.
	await page.keyboard.press('Escape');
	await expect(form).toBeHidden();
	await expect(undoButton(page)).toHaveAttribute('aria-disabled', 'true');
});

test('edits an actor’s name and sees it drawn; Escape closes a form unchanged', async ({
	page
}) => {
	await open(page, 'actor', 'prk');
	const panel = evidencePanel(page);
	await panel.getByRole('button', { name: 'Edit actor' }).click();
	const form = editor(page);
	await expect(form.getByRole('heading', { name: 'Edit North Korea' })).toBeFocused();
	await form.getByLabel('Name', { exact: true }).fill('DPRK');
	// Escape in a field closes the form, not the panel behind it; nothing changes.
	await page.keyboard.press('Escape');
	await expect(form).toBeHidden();
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('button', { name: 'Edit actor' })).toBeFocused();
	await expect(page.locator('[data-actor="prk"]')).toContainText('North Korea');

	await panel.getByRole('button', { name: 'Edit actor' }).click();
	await form.getByLabel('Name', { exact: true }).fill('DPRK');
	await form.getByLabel('Id', { exact: true }).fill('dprk');
	await expect(form.getByText('relations that name it will name the new id')).toBeVisible();
	await form.getByLabel('Id', { exact: true }).fill('prk');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('[data-actor="prk"]')).toContainText('DPRK');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('DPRK');
	await expect(undoButton(page)).toHaveAttribute('title', 'Undo Edit DPRK');
	await page.locator('body').press('Control+z');
	await expect(page.locator('[data-actor="prk"]')).toContainText('North Korea');
});

test('deletes a relation after asking; undo and redo by button and keyboard', async ({ page }) => {
	await open(page, 'relation', 'chn-prk-trade');
	const panel = evidencePanel(page);
	await panel.getByRole('button', { name: 'Delete relation' }).click();
	await expect(panel.getByText('Delete this relation and its 3 evidence items?')).toBeVisible();
	await panel.getByRole('button', { name: 'Keep' }).click();
	await expect(panel.getByRole('button', { name: 'Delete relation' })).toBeFocused();
	await panel.getByRole('button', { name: 'Delete relation' }).click();
	await panel.getByRole('button', { name: 'Delete', exact: true }).click();

	const trade = page.locator('[data-relation="chn-prk-trade"]');
	await expect(trade).toHaveCount(0);
	await expect(panel).toBeHidden();
	await expect(undoButton(page)).toBeFocused();
	await expect(undoButton(page)).toHaveAttribute(
		'title',
		'Undo Delete trade between China and North Korea'
	);
	await undoButton(page).click();
	await expect(trade).toHaveCount(1);
	await expect(redoButton(page)).toHaveAttribute(
		'title',
		'Redo Delete trade between China and North Korea'
	);
	await page.keyboard.press('Control+Shift+Z');
	await expect(trade).toHaveCount(0);
	await page.keyboard.press('Control+z');
	await expect(trade).toHaveCount(1);
	await page.keyboard.press('Control+y');
	await expect(trade).toHaveCount(0);
	await page.keyboard.press('Meta+z');
	await expect(trade).toHaveCount(1);
});

test('removes an evidence item, never the last; undo brings it back', async ({ page }) => {
	await open(page, 'relation', 'chn-prk-trade');
	const panel = evidencePanel(page);
	const items = panel.locator('.evidence-list > li');
	await expect(items).toHaveCount(3);
	await panel.getByRole('button', { name: 'Remove evidence 2' }).click();
	await panel.getByRole('button', { name: 'Remove', exact: true }).click();
	await expect(items).toHaveCount(2);
	await undoButton(page).click();
	await expect(items).toHaveCount(3);

	// The treaty of 1961 has a single item: it has nothing to remove.
	await open(page, 'relation', 'chn-prk-treaty-1961');
	await expect(items).toHaveCount(1);
	await expect(panel.getByRole('button', { name: 'Edit evidence 1' })).toBeVisible();
	await expect(panel.getByRole('button', { name: /^Remove evidence/ })).toHaveCount(0);
});

test('undoes the move of a dragged actor', async ({ page }) => {
	const before = await actorCentre(page, 'un');
	await page.mouse.move(before.x, before.y);
	await page.mouse.down();
	await page.mouse.move(before.x - 60, before.y + 80, { steps: 8 });
	await page.mouse.up();
	await expect(undoButton(page)).toHaveAttribute('title', 'Undo Move UN Security Council');
	await page.keyboard.press('Control+z');
	await expect.poll(async () => (await actorCentre(page, 'un')).x).toBeCloseTo(before.x, 0);
	expect((await actorCentre(page, 'un')).y).toBeCloseTo(before.y, 0);
	await expect(redoButton(page)).toHaveAttribute('title', 'Redo Move UN Security Council');
});

test('adds a source, refusing a link that is not http or https', async ({ page }) => {
	await add(page, 'Source');
	const form = editor(page);
	await form.getByLabel('Title').fill('Russia, North Korea sign deal on bridge');
	await form.getByLabel('Publisher').fill('Reuters');
	await form.getByLabel('URL').fill('javascript:alert(1)');
	await form.getByLabel('Published').fill('2025-04');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form.getByLabel('URL')).toHaveAccessibleDescription(
		/URL must be an http:\/\/ or https:\/\/ link/
	);
	await form.getByLabel('URL').fill('https://www.reuters.com/world/');
	await form.getByRole('button', { name: 'Save' }).click();
	await expect(form).toBeHidden();
	await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
	await expect(undoButton(page)).toHaveAttribute(
		'title',
		'Undo Add source “Russia, North Korea sign deal on bridge”'
	);
});

const sizes = [
	{ name: 'desktop', width: 1280, height: 720 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const size of sizes) {
	test(`forms at ${size.width}×${size.height}`, async ({ page }) => {
		// Every form in turn, each with a screenshot: long on a busy machine.
		test.slow();
		await page.setViewportSize(size);
		const shot = (name: string) =>
			page.screenshot({
				path: `tests/e2e/screenshots/${size.name}-form-${name}.png`,
				animations: 'disabled'
			});
		// The top bar keeps to one screen width, its edit buttons included.
		const bar = await page.locator('header.top-bar').boundingBox();
		expect(bar!.width).toBeLessThanOrEqual(size.width);
		await expect(undoButton(page)).toBeInViewport();
		await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeInViewport();
		await shot('top-bar');

		await add(page, 'Actor');
		await editor(page).getByLabel('Name', { exact: true }).fill('South Korea');
		await shot('actor');
		await editor(page).getByRole('button', { name: 'Save' }).click();
		await expect(page.locator('[data-actor="south-korea"]')).toBeVisible();
		await expect(evidencePanel(page).getByRole('heading', { level: 2 })).toHaveText('South Korea');
		await shot('actor-saved');

		await evidencePanel(page).getByRole('button', { name: 'Add relation from here' }).click();
		await expect(editor(page).getByRole('combobox', { name: 'From' })).toHaveValue('South Korea');
		await shot('relation');
		await editor(page).getByRole('button', { name: 'Save' }).click();
		await expect(editor(page).getByRole('alert')).toBeVisible();
		await shot('relation-errors');
		await editor(page).getByRole('button', { name: 'New source…' }).click();
		await expect(editor(page).getByLabel('Title')).toBeFocused();
		await shot('relation-new-source');
		await expectNoAccessibilityViolations(page);
		await page.keyboard.press('Escape');

		await open(page, 'relation', 'chn-prk-aid');
		await evidencePanel(page).getByRole('button', { name: 'Add evidence' }).click();
		await pick(page, 'Source', 'KSAT', /KSAT/);
		await editor(page)
			.getByLabel('Quote — verbatim, exactly as the source has it')
			.fill('China provides aid to North Korea');
		await shot('evidence');
		await page.keyboard.press('Escape');

		await evidencePanel(page).getByRole('button', { name: 'Edit source of evidence 1' }).click();
		await shot('source');
		await page.keyboard.press('Escape');
		await evidencePanel(page).getByRole('button', { name: 'Delete relation' }).click();
		await shot('delete');
	});
}
