import { expect, test } from '@playwright/test';
import { add, editor } from './forms-page';
import { example, openExplorer } from './graph-page';

/**
 * Once opened, Ties works with no network: its files are kept by its
 * service worker, so a reload, the forms, the Library and the readers of
 * files, which load only when used, come from the browser's cache.
 */
test.use({ serviceWorkers: 'allow' });

test('once opened, Ties reloads, edits and opens the Library with no network', async ({
	page,
	context
}) => {
	await openExplorer(page);
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
			timeout: 15_000
		})
		.toBe(true);
	// Every file is kept before the worker takes charge; the network then goes.
	await context.setOffline(true);
	const fromNetwork: string[] = [];
	page.on('response', (response) => {
		if (!response.fromServiceWorker()) fromNetwork.push(response.url());
	});
	page.on('requestfailed', (request) => fromNetwork.push(`failed: ${request.url()}`));

	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill('Alphaland');
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();
	await page.getByRole('button', { name: 'Library' }).click();
	const library = page.getByRole('dialog', { name: 'Library' });
	await expect(library).toContainText(`${example.actors.length + 1} actors`);
	await library.getByRole('button', { name: 'New graph' }).click();
	await expect(page.getByRole('heading', { name: 'This network has no actors yet' })).toBeVisible();
	// A graph's own address opens from the kept page too.
	await page.goto('/?doc=example');
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();
	expect(fromNetwork).toEqual([]);
});
