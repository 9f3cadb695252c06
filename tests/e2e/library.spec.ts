import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { add, editor } from './forms-page';
import { actorCentre, example, openExplorer, openGraphFile } from './graph-page';

async function dragActor(page: Page, id: string, dx: number, dy: number) {
	const from = await actorCentre(page, id);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + dx, from.y + dy, { steps: 6 });
	await page.mouse.up();
	return { x: from.x + dx, y: from.y + dy };
}

const library = (page: Page) => page.getByRole('dialog', { name: 'Library' });

test('a moved actor is saved at once: a reload shows it where it was dropped', async ({ page }) => {
	await openExplorer(page);
	const before = await actorCentre(page, 'un');
	const dropped = await dragActor(page, 'un', -80, 60);
	// Autosave writes within a fraction of a second; the reload comes right after.
	await page.waitForTimeout(600);
	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	await expect
		.poll(async () => {
			const now = await actorCentre(page, 'un');
			return Math.hypot(now.x - before.x, now.y - before.y);
		})
		.toBeGreaterThan(50);
	expect(dropped).toBeTruthy();
	// Undo is for the session; the saved graph keeps the move. Reset example restores it.
	await page.getByRole('button', { name: 'Library' }).click();
	await library(page).getByRole('button', { name: 'Reset example' }).click();
	await library(page)
		.getByRole('group', { name: 'Reset the example?' })
		.getByRole('button', { name: 'Reset example' })
		.click();
	await page.keyboard.press('Escape');
	await expect(library(page)).toBeHidden();
	await expect
		.poll(async () => {
			const now = await actorCentre(page, 'un');
			return Math.hypot(now.x - before.x, now.y - before.y);
		})
		.toBeLessThan(2);
});

test('the library creates, renames, opens and deletes graphs; the example stays', async ({
	page
}) => {
	await openExplorer(page);
	await page.getByRole('button', { name: 'Library' }).click();
	const panel = library(page);
	await expect(panel.getByRole('heading', { name: example.title })).toBeVisible();
	await panel.getByRole('button', { name: 'New graph' }).click();
	// A new graph is empty and says where to begin.
	await expect(page.getByRole('heading', { name: 'This network has no actors yet' })).toBeVisible();
	await expect(page).toHaveURL(/doc=/);

	await page.getByRole('button', { name: 'Library' }).click();
	await panel.getByRole('button', { name: /^Rename Untitled network/ }).click();
	await panel.getByLabel('Title').fill('Sanctions evasion, Yellow Sea');
	await panel.getByRole('button', { name: 'Save' }).click();
	await expect(panel.getByRole('heading', { name: 'Sanctions evasion, Yellow Sea' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanctions evasion, Yellow Sea');

	await panel.getByRole('button', { name: `Open ${example.title}` }).click();
	await expect(page.locator('[data-actor]')).toHaveCount(example.actors.length);

	await page.getByRole('button', { name: 'Library' }).click();
	await expect(panel.getByRole('button', { name: `Delete ${example.title}` })).toHaveCount(0);
	await panel.getByRole('button', { name: 'Delete Sanctions evasion, Yellow Sea' }).click();
	await panel.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(panel.getByRole('heading', { name: 'Sanctions evasion, Yellow Sea' })).toHaveCount(
		0
	);
	await expect(panel.getByRole('heading', { name: example.title })).toBeVisible();
});

test('when the browser keeps nothing, the analyst is told and offered the graph as a file', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException(
					'The user denied permission to access the database.',
					'SecurityError'
				);
			}
		});
	});
	await openExplorer(page);
	const alert = page.getByRole('alert').filter({ hasText: /keep/i });
	await expect(alert).toBeVisible();
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download the graph' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.json$/);
	// The graph is still there to work on.
	await expect(page.locator('[data-actor]')).toHaveCount(example.actors.length);
});

for (const kept of [true, false]) {
	test(`Ties asks the browser to keep the library, and the Library says it ${kept ? 'agreed' : 'did not'}`, async ({
		page
	}) => {
		await page.addInitScript((granted) => {
			const asked = { count: 0 };
			Object.assign(window, { persistAsked: asked });
			navigator.storage.persisted = async () => false;
			navigator.storage.persist = async () => (asked.count++, granted);
		}, kept);
		await openExplorer(page);
		expect(
			await page.evaluate(
				() => (window as unknown as { persistAsked: { count: number } }).persistAsked.count
			)
		).toBe(1);
		await page.getByRole('button', { name: 'Library' }).click();
		await expect(library(page)).toContainText(
			kept
				? 'This browser has agreed to keep your library'
				: 'This browser has not agreed to keep your library for good: it may clear it when space runs low.'
		);
	});
}

test('a write refused for want of space is said at once; the edit stays, goes out as a file, and is saved on a second try', async ({
	page
}) => {
	// The browser's database refuses writes while the test says so, as a full disk makes it.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		const refusing = { now: false };
		Object.assign(window, { refusing });
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (refusing.now)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await openExplorer(page);
	const refuse = (now: boolean) =>
		page.evaluate((value) => {
			(window as unknown as { refusing: { now: boolean } }).refusing.now = value;
		}, now);
	await refuse(true);
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill('Alphaland');
	await editor(page).getByRole('button', { name: 'Save' }).click();

	const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
	await expect(alert).toContainText("Your browser's storage for Ties is full");
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download the graph' }).click();
	const file = await (await download).path();
	expect(readFileSync(file, 'utf8')).toContain('"name": "Alphaland"');

	await refuse(false);
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(alert).toBeHidden();
	await page.reload();
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();
	// What was saved before the refusal is there too, unharmed.
	await expect(page.locator('[data-actor]')).toHaveCount(example.actors.length + 1);
});

test('the whole library goes out as one backup file, versions and all, and back into an empty browser', async ({
	page,
	browser
}, testInfo) => {
	// Two sessions and a second browser, each loading the explorer: 18 s on a quiet machine, and
	// over 30 s once in CI beside the other tests' browsers.
	test.slow();
	await openExplorer(page);
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill('Alphaland');
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('[data-actor="alphaland"]')).toBeVisible();
	await page.waitForTimeout(600);
	// A second session: its first save keeps the first one's graph as a version.
	await page.reload();
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill('Betaland');
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await page.getByRole('button', { name: 'Library' }).click();
	// Saved within a fraction of a second; the backup reads what is saved.
	await expect(library(page)).toContainText('6 actors');
	const download = page.waitForEvent('download');
	await library(page).getByRole('button', { name: 'Back up all graphs' }).click();
	const saved = await download;
	expect(saved.suggestedFilename()).toMatch(/^ties-library-\d{4}-\d\d-\d\d\.json$/);
	await expect(library(page).getByRole('status')).toHaveText(
		'The backup holds the one graph of the library.'
	);
	const backup = await saved.path();

	// Another browser, with nothing but the example in it.
	const empty = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
	const other = await empty.newPage();
	await openExplorer(other);
	await other.getByRole('button', { name: 'Library' }).click();
	await library(other).locator('input[type="file"]').setInputFiles(backup);
	// The example here is as it ships: the edited one comes in beside it, nothing replaced.
	await expect(library(other).getByRole('status')).toHaveText('Restored 1 graph.');
	const restored = library(other).locator('li', {
		hasText: 'DPRK, PRC, Russia and the UN (restored)'
	});
	// The graph's versions came with it.
	await restored.getByRole('button', { name: /^Versions of/ }).click();
	const versions = restored.getByRole('region', { name: /^Versions of/ });
	await expect(versions.getByRole('listitem')).toHaveCount(1);
	await expect(versions.getByRole('listitem')).toContainText('5 actors');
	await versions.getByRole('button', { name: 'Close versions' }).click();
	await restored.getByRole('button', { name: /^Open/ }).click();
	await expect(other.locator('[data-actor="alphaland"]')).toBeVisible();
	await expect(other.locator('[data-actor="betaland"]')).toBeVisible();

	// A file that is no backup is refused, saying so; the library is untouched.
	await other.getByRole('button', { name: 'Library' }).click();
	await library(other)
		.locator('input[type="file"]')
		.setInputFiles({
			name: 'graph.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(example))
		});
	await expect(library(other).getByRole('alert')).toContainText(
		'graph.json: is not a backup of a Ties library'
	);
	await expect(library(other).locator('li[data-graph]')).toHaveCount(2);
	await empty.close();
});

test('Present shows the graph as edited, not as it ships', async ({ page }) => {
	await openExplorer(page);
	await page.getByRole('button', { name: 'Library' }).click();
	await library(page)
		.getByRole('button', { name: `Rename ${example.title}` })
		.click();
	await library(page).getByLabel('Title').fill('Briefing for the minister');
	await library(page).getByRole('button', { name: 'Save' }).click();
	await page.keyboard.press('Escape');
	const present = page.getByRole('link', { name: 'Present' });
	await expect(present).toHaveAttribute('href', /present\?doc=example$/);
	await page.waitForTimeout(600);
	await present.click();
	await expect(page).toHaveTitle('Briefing: Briefing for the minister — Ties');
});

test('a library graph is presented with its presenter view in step, and the way back keeps it', async ({
	page
}) => {
	await openExplorer(page);
	const own = structuredClone(example);
	own.title = 'Briefing for the minister';
	own.story = own.story!.map((step, i) => ({ ...step, title: `Minister’s step ${i + 1}` }));
	await openGraphFile(page, 'minister.json', own);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(own.title);
	await expect(page).toHaveURL(/[?&]doc=(?!example\b)[\w-]+/);
	const doc = new URL(page.url()).searchParams.get('doc')!;
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page).toHaveURL(new RegExp(`/present\\?doc=${doc}&step=1$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Minister’s step 1');

	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	await expect(presenter).toHaveURL(new RegExp(`/present/presenter\\?doc=${doc}&step=1`));
	await expect(presenter.getByRole('heading', { name: 'Now: Minister’s step 1' })).toBeVisible();
	await presenter.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Minister’s step 2');
	await expect(presenter.getByRole('heading', { name: 'Now: Minister’s step 2' })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(presenter.getByRole('heading', { name: 'Now: Minister’s step 3' })).toBeVisible();

	await expect(page.getByRole('link', { name: 'Explorer' })).toHaveAttribute(
		'href',
		new RegExp(`\\?doc=${doc}$`)
	);
	await page.getByRole('link', { name: 'Explorer' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(own.title);
});

test('presenting a new graph says there is nothing to present yet, with the way back', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openExplorer(page);
	await page.getByRole('button', { name: 'Library' }).click();
	await library(page).getByRole('button', { name: 'New graph' }).click();
	await expect(page.getByRole('heading', { name: 'This network has no actors yet' })).toBeVisible();
	await expect(page).toHaveURL(/[?&]doc=(?!example\b)[\w-]+/);
	const doc = new URL(page.url()).searchParams.get('doc')!;
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.getByRole('heading', { name: 'Nothing to present yet' })).toBeVisible();
	await expect(page.getByText(/has no relations, so its briefing has no step/)).toBeVisible();
	await page.getByRole('link', { name: 'Back to the explorer' }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]doc=${doc}`));
	await expect(page.getByRole('heading', { name: 'This network has no actors yet' })).toBeVisible();
	expect(errors).toEqual([]);
});
