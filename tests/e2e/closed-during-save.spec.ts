import { expect, test, type Page } from '@playwright/test';
import { add, editor } from './forms-page';
import { example, openExplorer } from './graph-page';

/**
 * Holds the next save of a graph in flight: its write is made, and its
 * transaction is then kept busy, never to finish on its own, so that the
 * tab can be closed in the middle of it. Said on the console when it is.
 */
const HOLD_NEXT_SAVE = () => {
	const put = IDBObjectStore.prototype.put;
	IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
		const request = put.apply(this, args);
		const page = window as unknown as { tiesHoldSave?: boolean };
		if (page.tiesHoldSave && this.name === 'graphs') {
			page.tiesHoldSave = false;
			const busy = () => (this.count().onsuccess = busy);
			busy();
			console.log('ties: save in flight');
		}
		return request;
	};
};

async function addActor(page: Page, name: string): Promise<void> {
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill(name);
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator(`[data-actor="${name.toLowerCase()}"]`)).toBeVisible();
}

test('a tab closed in the middle of a save loses nothing: the next page finishes that save, and saving goes on', async ({
	context
}) => {
	await context.addInitScript(HOLD_NEXT_SAVE);
	const page = await context.newPage();
	await openExplorer(page);
	await addActor(page, 'Alphaland');
	// Saved: the Library counts it.
	await page.getByRole('button', { name: 'Library' }).click();
	await expect(page.getByRole('dialog', { name: 'Library' })).toContainText(
		`${example.actors.length + 1} actors`
	);
	await page.keyboard.press('Escape');

	await page.evaluate(() => ((window as unknown as { tiesHoldSave: boolean }).tiesHoldSave = true));
	const inFlight = page.waitForEvent('console', (message) =>
		message.text().includes('save in flight')
	);
	await addActor(page, 'Betaland');
	await inFlight;
	await page.close();

	// Reopened: the save the closed tab could not finish is finished from the note it left
	// (local storage, written as it closed); the graph is checked, nothing is half written.
	const again = await context.newPage();
	await openExplorer(again);
	await expect(again.getByRole('alert')).toHaveCount(0);
	await expect(again.locator('[data-actor="alphaland"]')).toBeVisible();
	await expect(again.locator('[data-actor="betaland"]')).toBeVisible();
	await expect(again.locator('[data-actor]')).toHaveCount(example.actors.length + 2);

	// The library is not stuck on the broken save: the next edit is saved and kept.
	await addActor(again, 'Gammaland');
	await again.waitForTimeout(600);
	await again.reload();
	await expect(again.locator('[data-actor="gammaland"]')).toBeVisible();
	await expect(again.locator('[data-actor]')).toHaveCount(example.actors.length + 3);
});
