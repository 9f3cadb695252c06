import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './graph-page';
import { add, editor, newGraph, pick } from './forms-page';

/**
 * An analyst names a new graph and declares a type of their own: the
 * graph's details and the relation types are edited in the side panel,
 * checked as the file is, warned of look-alike styles, saved as steps to
 * undo, and kept across a reload.
 */

const DETAILS = {
	Title: 'Arms to the Sahel',
	Subtitle: 'Who supplies whom, 2022–2025',
	'As of': '2025-03',
	Description: 'Drawn from open reports of deliveries and contracts.',
	Marking: 'UNCLASSIFIED // FOR TRAINING ONLY'
};

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** A field of the open form by its label, "(optional)" or not. */
const field = (page: Page, label: string) =>
	editor(page).getByRole('textbox', { name: new RegExp(`^${label}( \\(optional\\))?$`) });

async function save(page: Page) {
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(editor(page)).toBeHidden();
}

/** Opens the Relation types form from the Add menu. */
async function openTypes(page: Page) {
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page
		.getByRole('group', { name: 'Graph' })
		.getByRole('button', { name: 'Relation types…' })
		.click();
	await expect(editor(page).getByRole('heading', { name: 'Relation types' })).toBeVisible();
}

/** The legend's entry of a type, shown or folded away. */
const legendEntry = (page: Page, label: string) =>
	page.locator('details.legend').getByRole('checkbox', { name: label, includeHidden: true });

for (const size of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`at ${size.width} px: graph details and a declared type, warned, used, moved, undone and kept`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize(size);
		await openExplorer(page);
		await newGraph(page);
		const form = editor(page);

		// The title in the top bar opens the graph's details.
		await page.getByRole('heading', { level: 1 }).getByRole('button').click();
		await expect(form.getByRole('heading', { name: 'Graph details' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await form.getByLabel('As of', { exact: true }).fill('2025-13');
		await form.getByLabel('Title', { exact: true }).fill(' ');
		await form.getByRole('button', { name: 'Save' }).click();
		await expect(form.getByText('Title is empty.').first()).toBeVisible();
		await expect(
			form.getByText('As of: "2025-13" is not a date: month 13 does not exist.').first()
		).toBeVisible();
		for (const [label, value] of Object.entries(DETAILS)) await field(page, label).fill(value);
		await save(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(DETAILS.Title);
		await expect(page.getByText('As of Mar 2025')).toBeVisible();

		// A type of the analyst's own, styled apart from the start.
		await openTypes(page);
		await form.getByRole('button', { name: 'Add a type' }).click();
		const arms = form.getByRole('group', { name: 'New type' });
		await expect(arms.getByLabel('Label', { exact: true })).toBeFocused();
		await arms.getByLabel('Label', { exact: true }).fill('Arms transfers');
		await arms.getByLabel('One way by nature').check();
		await expect(form.getByText(/look alike in grayscale/)).toHaveCount(0);
		// Drawn as aid is, in a colour of about the same gray: said beside both types.
		await arms.getByLabel('Line pattern').selectOption('long-dash');
		await arms.getByRole('button', { name: 'Vermillion', exact: true }).click();
		const warning =
			'Aid and Arms transfers look alike in grayscale: give one a different pattern or colour.';
		await expect(arms.getByText(warning)).toBeVisible();
		await expect(form.getByRole('group', { name: 'Aid' }).getByText(warning)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await arms
			.getByText('Patterns that keep it apart:')
			.evaluate((element) => element.scrollIntoView({ block: 'center' }));
		await page.screenshot({
			path: `tests/e2e/screenshots/relation-types-form${size.width < 600 ? '-phone' : ''}.png`
		});
		// A pattern it offers sets them apart.
		await arms.getByRole('button', { name: 'Dotted', exact: true }).click();
		await expect(form.getByText(warning)).toHaveCount(0);
		await save(page);
		await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
			'title',
			'Undo Edit relation types'
		);

		// A relation of the new type, through the relation form.
		await add(page, 'Source');
		await form.getByLabel('Title', { exact: true }).fill('Deliveries to Sudan');
		await form.getByLabel('Publisher', { exact: true }).fill('Example Wire');
		await form.getByLabel('URL', { exact: true }).fill('https://example.org/sudan');
		await form.getByLabel('Published', { exact: true }).fill('2024-10-06');
		await save(page);
		for (const name of ['Russia', 'Sudan']) {
			await add(page, 'Actor');
			await form.getByLabel('Name', { exact: true }).fill(name);
			await save(page);
		}
		await add(page, 'Relation');
		const typeChoice = form.getByLabel('Type', { exact: true });
		await expect(typeChoice.locator('option')).toHaveText([
			'Trade',
			'Aid',
			'Defense pact',
			'Sanctions',
			'Arms transfers'
		]);
		await typeChoice.selectOption({ label: 'Arms transfers' });
		await expect(
			form.getByText('Arms transfers flows one way unless you say otherwise.')
		).toBeVisible();
		await pick(page, 'From', 'Russia', 'Russia');
		await pick(page, 'To', 'Sudan', 'Sudan');
		await form.getByLabel('Summary').fill('Russia delivers arms to Sudan');
		await pick(page, 'Source', 'Deliveries', /Deliveries to Sudan/);
		await form.getByLabel('Note — your paraphrase or comment').fill('Deliveries reported');
		await save(page);
		await expect(legendEntry(page, 'Arms transfers')).toHaveCount(1);

		// In use: refused with the count, then moved and deleted as one step.
		await openTypes(page);
		const declared = form.getByRole('group', { name: 'Arms transfers', exact: true });
		await declared.getByRole('button', { name: 'Delete type Arms transfers' }).click();
		await expect(
			declared.getByText('Arms transfers is the type of 1 relation: it cannot be deleted')
		).toBeVisible();
		await declared.getByLabel('Move them to', { exact: true }).selectOption({ label: 'Trade' });
		await declared.getByRole('button', { name: 'Move its 1 relation to Trade and delete' }).click();
		await expect(form.getByRole('group', { name: 'Arms transfers', exact: true })).toHaveCount(0);
		await form.getByRole('button', { name: 'Cancel' }).click();
		await expect(legendEntry(page, 'Arms transfers')).toHaveCount(0);
		await expect(legendEntry(page, 'Trade')).toHaveCount(1);

		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(legendEntry(page, 'Arms transfers')).toHaveCount(1);
		await expect(legendEntry(page, 'Trade')).toHaveCount(0);

		// Autosave writes within a fraction of a second; everything is there after a reload.
		await page.waitForTimeout(800);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(DETAILS.Title);
		await expect(legendEntry(page, 'Arms transfers')).toHaveCount(1);
		await page.getByRole('heading', { level: 1 }).getByRole('button').click();
		for (const [label, value] of Object.entries(DETAILS))
			await expect(field(page, label)).toHaveValue(value);
		await form.getByRole('button', { name: 'Cancel' }).click();
		await openTypes(page);
		const kept = form.getByRole('group', { name: 'Arms transfers', exact: true });
		await expect(kept.getByLabel('Line pattern')).toHaveValue('dotted');
		await expect(kept.getByLabel('Colour', { exact: true })).toHaveValue('#D55E00');
		await expect(kept.getByLabel('One way by nature')).toBeChecked();
	});
}
