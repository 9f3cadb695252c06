import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { add, editor } from './forms-page';
import { example, openExplorer } from './graph-page';

/**
 * The Library keeps earlier versions of each graph: the analyst lists them,
 * restores one as a change Undo takes back, and saves one as a file; the
 * value another tab's save overrode is among them.
 */

const library = (page: Page) => page.getByRole('dialog', { name: 'Library' });

async function addActor(page: Page, name: string): Promise<void> {
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill(name);
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator(`[data-actor="${name.toLowerCase()}"]`)).toBeVisible();
}

async function openVersions(page: Page) {
	await page.getByRole('button', { name: 'Library' }).click();
	await library(page)
		.getByRole('button', { name: /^Versions of/ })
		.first()
		.click();
	return library(page).getByRole('region', { name: /^Versions of/ });
}

test('a version kept at the end of a session is listed, restored as a change Undo takes back, and saved as a file', async ({
	page
}) => {
	await openExplorer(page);
	await addActor(page, 'Alphaland');
	await page.getByRole('button', { name: 'Library' }).click();
	await expect(library(page)).toContainText(`${example.actors.length + 1} actors`);
	await page.keyboard.press('Escape');

	// A new working session: its first save keeps the graph as the last one left it.
	await page.reload();
	// The page is running once the graph is framed: a click before that would be lost.
	await expect(page.locator('svg.framed')).toBeVisible();
	await addActor(page, 'Betaland');
	const versions = await openVersions(page);
	const kept = versions.getByRole('listitem').first();
	await expect(kept).toContainText('as a working session left it');
	await expect(kept).toContainText(`${example.actors.length + 1} actors`);
	await expect(kept).toContainText('The earliest version kept');

	const download = page.waitForEvent('download');
	await kept.getByRole('button', { name: /^Save as file/ }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/-version-\d{8}-\d{4}\.json$/);
	const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
	expect(saved.format).toBe(2);
	expect(saved.actors.map((actor: { name: string }) => actor.name)).toContain('Alphaland');
	expect(saved.actors.map((actor: { name: string }) => actor.name)).not.toContain('Betaland');

	await kept.getByRole('button', { name: /^Restore/ }).click();
	await expect(versions.getByRole('status')).toContainText('Restored the version of');
	// The graph as it stood before the restore is kept too.
	await expect(versions.getByRole('listitem').first()).toContainText(
		'before an earlier version was restored'
	);
	await expect(versions.getByRole('listitem').first()).toContainText('Added Betaland');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(library(page)).toBeHidden();
	await expect(page.locator('[data-actor="betaland"]')).toHaveCount(0);
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();

	await page.getByRole('button', { name: /^Undo/ }).click();
	await expect(page.locator('[data-actor="betaland"]')).toBeVisible();
	// Undone, and saved so: a reload shows both.
	await page.waitForTimeout(600);
	await page.reload();
	await expect(page.locator('[data-actor="betaland"]')).toBeVisible();
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();
});

/**
 * Holds back, in every page of the context, what other tabs say while
 * `window.tiesAsleep` is true, as a tab the browser put to sleep hears
 * nothing; what was held is heard when it wakes.
 */
const SLEEPING_TABS = () => {
	const Real = window.BroadcastChannel;
	const asleep = window as unknown as { tiesAsleep?: boolean; tiesWake?: () => void };
	const held: [BroadcastChannel, unknown][] = [];
	asleep.tiesWake = () => {
		asleep.tiesAsleep = false;
		for (const [channel, data] of held.splice(0)) {
			channel.dispatchEvent(new MessageEvent('message', { data }));
		}
	};
	window.BroadcastChannel = class extends Real {
		constructor(name: string) {
			super(name);
			this.addEventListener('message', (event) => {
				if (!asleep.tiesAsleep) return;
				event.stopImmediatePropagation();
				held.push([this, event.data]);
			});
		}
	};
};

test('a title renamed in two tabs at once: one wins in both, and the other is a version that restores it', async ({
	context
}) => {
	await context.addInitScript(SLEEPING_TABS);
	const [first, second] = [await context.newPage(), await context.newPage()];
	for (const page of [first, second]) await openExplorer(page);
	// Each tab starts saving on its first edit: both have saved once.
	await addActor(first, 'Alphaland');
	await expect(second.locator('[data-actor="alphaland"]')).toBeVisible();

	const rename = async (page: Page, title: string) => {
		await page.getByRole('button', { name: 'Library' }).click();
		await library(page)
			.getByRole('button', { name: /^Rename/ })
			.first()
			.click();
		await library(page).getByRole('textbox').fill(title);
		await page.keyboard.press('Enter');
		await expect(library(page).getByRole('heading', { name: title })).toBeVisible();
		await page.keyboard.press('Escape');
	};
	// The second tab sleeps through the first's rename, then renames from the old title.
	await second.evaluate(() => ((window as unknown as { tiesAsleep: boolean }).tiesAsleep = true));
	await rename(first, 'Renamed in the first tab');
	await first.waitForTimeout(600);
	await rename(second, 'Renamed in the second tab');
	await second.evaluate(() => (window as unknown as { tiesWake: () => void }).tiesWake());
	for (const page of [first, second]) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed in the second tab', {
			timeout: 1500
		});
	}

	// What lost is kept, and restores as a change that reaches the other tab too.
	const versions = await openVersions(first);
	const overridden = versions.getByRole('listitem').filter({
		hasText: 'another tab’s, before a later save overrode it'
	});
	await expect(overridden).toHaveCount(1);
	await expect(overridden).toContainText('Renamed “Renamed in the first tab”');
	await overridden.getByRole('button', { name: /^Restore/ }).click();
	await expect(versions.getByRole('status')).toContainText('Restored the version of');
	for (const page of [first, second]) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed in the first tab', {
			timeout: 1500
		});
	}
	await expect(second.locator('[data-actor="alphaland"]')).toBeVisible();
});
