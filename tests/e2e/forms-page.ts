import { expect, type Page } from '@playwright/test';

/** The side panel that holds the open form. */
export const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });

/** Opens a form from the top bar's Add menu. */
export async function add(page: Page, what: 'Actor' | 'Relation' | 'Source'): Promise<void> {
	// Right after a reload the button is drawn before the page answers it: a click then opens
	// nothing, and is made again (never on an open menu, which it would close).
	const menu = page.getByRole('group', { name: 'Add' });
	await expect(async () => {
		if (!(await menu.isVisible()))
			await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(menu).toBeVisible({ timeout: 1000 });
	}).toPass();
	await menu.getByRole('button', { name: what }).click();
	await expect(editor(page)).toBeVisible();
}

/** Types into a picker and chooses the option that comes up. */
export async function pick(
	page: Page,
	label: string,
	typed: string,
	option: string | RegExp
): Promise<void> {
	const box = editor(page).getByRole('combobox', { name: label, exact: true });
	await box.fill(typed);
	await editor(page).getByRole('option', { name: option }).first().click();
}

/** Starts a new, empty graph from the Library, as an analyst begins their own. */
export async function newGraph(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Library' }).click();
	await page
		.getByRole('dialog', { name: 'Library' })
		.getByRole('button', { name: 'New graph' })
		.click();
	await expect(page.getByRole('heading', { name: 'This network has no actors yet' })).toBeVisible();
}
