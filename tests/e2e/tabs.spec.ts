import { expect, test, type Page } from '@playwright/test';
import { add, editor } from './forms-page';
import { cameraTransform, openExplorer, restingCamera } from './graph-page';

/**
 * One graph open in several tabs of one browser: every tab's edits are kept,
 * and each tab shows the others' within a second, without a reload, without
 * moving its camera or closing its open form.
 */

async function addActor(page: Page, name: string): Promise<void> {
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill(name);
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator(`[data-actor="${name.toLowerCase()}"]`)).toBeVisible();
}

/** Another tab's edit shows within a second (and a little for a busy machine). */
const SOON = { timeout: Number(process.env.SOON ?? 1500) };

test('two tabs each add an actor: both tabs show both, and a reload keeps both', async ({
	context
}) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await openExplorer(first);
	await openExplorer(second);

	// The second tab's analyst has moved the camera and is typing in a form.
	const graph = second.locator('svg.framed');
	const box = (await graph.boundingBox())!;
	await second.mouse.move(box.x + 40, box.y + box.height - 40);
	await second.mouse.down();
	await second.mouse.move(box.x + 100, box.y + box.height - 80, { steps: 5 });
	await second.mouse.up();
	await add(second, 'Source');
	await editor(second).getByLabel('Title', { exact: true }).fill('Half-typed title');
	// The camera makes room for the form; then it rests where the analyst left it.
	const camera = await restingCamera(second);

	await addActor(first, 'Alphaland');
	await expect(second.locator('[data-actor="alphaland"]')).toBeVisible(SOON);
	expect(await cameraTransform(second)).toBe(camera);
	await expect(editor(second).getByLabel('Title', { exact: true })).toHaveValue('Half-typed title');
	await editor(second).getByRole('button', { name: 'Cancel' }).click();

	await addActor(second, 'Betaland');
	await expect(first.locator('[data-actor="betaland"]')).toBeVisible(SOON);
	await expect(first.locator('[data-actor="alphaland"]')).toBeVisible();

	for (const page of [first, second]) {
		await page.reload();
		await expect(page.locator('svg.framed')).toBeVisible();
		for (const id of ['alphaland', 'betaland']) {
			await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible();
		}
	}
});

test('three tabs adding at once keep every actor, and agree on a title both renamed', async ({
	context
}) => {
	const pages = [await context.newPage(), await context.newPage(), await context.newPage()];
	for (const page of pages) await openExplorer(page);
	const names = ['Alphaland', 'Betaland', 'Gammaland'];
	await Promise.all(pages.map((page, i) => addActor(page, names[i])));
	for (const page of pages) {
		for (const name of names) {
			await expect(page.locator(`[data-actor="${name.toLowerCase()}"]`)).toBeVisible(SOON);
		}
	}

	// Undo in one tab takes back its own actor only, in every tab.
	await pages[0].getByRole('button', { name: /^Undo/ }).click();
	for (const page of pages) {
		await expect(page.locator('[data-actor="alphaland"]')).toHaveCount(0, SOON);
		await expect(page.locator('[data-actor="betaland"]')).toBeVisible();
		await expect(page.locator('[data-actor="gammaland"]')).toBeVisible();
	}

	// The same field changed in two tabs ends the same in all three: the later save.
	const rename = async (page: Page, title: string) => {
		await page.getByRole('button', { name: 'Library' }).click();
		const library = page.getByRole('dialog', { name: 'Library' });
		await library
			.getByRole('button', { name: /^Rename/ })
			.first()
			.click();
		await library.getByRole('textbox').fill(title);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Escape');
	};
	await rename(pages[1], 'Renamed in the second tab');
	await rename(pages[2], 'Renamed in the third tab');
	for (const page of pages) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Renamed in the third tab',
			SOON
		);
	}
});

test('a tab with no network goes on editing: its edits and the other tab’s meet, and are kept', async ({
	context
}) => {
	const online = await context.newPage();
	const offline = await context.newPage();
	await openExplorer(online);
	await openExplorer(offline);
	// The form's code is fetched once, while there is still a network.
	await addActor(offline, 'Alphaland');
	await expect(online.locator('[data-actor="alphaland"]')).toBeVisible(SOON);

	// This one tab loses the network; the other keeps it.
	const network = await context.newCDPSession(offline);
	await network.send('Network.enable');
	await network.send('Network.emulateNetworkConditions', {
		offline: true,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: -1
	});
	expect(await offline.evaluate(() => navigator.onLine)).toBe(false);
	await addActor(offline, 'Betaland');
	await addActor(online, 'Gammaland');
	for (const page of [online, offline]) {
		for (const id of ['alphaland', 'betaland', 'gammaland']) {
			await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible(SOON);
		}
	}
	await online.reload();
	for (const id of ['alphaland', 'betaland', 'gammaland']) {
		await expect(online.locator(`[data-actor="${id}"]`)).toBeVisible();
	}
});
