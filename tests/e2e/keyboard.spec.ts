import { expect, test, type Page } from '@playwright/test';
import { actorCentre, cameraAtRest, cameraOf, example, openExplorer } from './graph-page';

/** What has the focus: an actor's or a relation's id, or the tag of anything else. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement;
		const actor = active?.getAttribute('data-actor');
		const relation = active?.getAttribute('data-relation');
		return actor ? `actor ${actor}` : relation ? `relation ${relation}` : active?.tagName;
	});

test.beforeEach(async ({ page }) => {
	await openExplorer(page);
	await cameraAtRest(page);
});

test('Tab reaches every actor before any relation, and the focus is always visible', async ({
	page
}) => {
	// The last control of the top bar comes just before the picture.
	await page.getByRole('link', { name: 'Present' }).focus();
	const reached: string[] = [];
	for (let i = 0; i < example.actors.length + 1; i++) {
		await page.keyboard.press('Tab');
		reached.push((await focused(page))!);
	}
	expect(reached.slice(0, example.actors.length).every((f) => f.startsWith('actor '))).toBe(true);
	expect(new Set(reached.slice(0, example.actors.length)).size).toBe(example.actors.length);
	expect(reached.at(-1)).toMatch(/^relation /);

	await page.keyboard.press('Shift+Tab');
	const ring = page.locator('.actor:focus-visible .focus-ring');
	await expect(ring).toHaveCount(1);
	expect(await ring.evaluate((circle) => getComputedStyle(circle).stroke)).not.toBe('none');
});

test('arrow keys go to the nearest actor that way; Alt+arrow moves it, undoably; Shift+arrow pans', async ({
	page
}) => {
	await page.locator('[data-actor="prk"]').focus();
	const prk = await actorCentre(page, 'prk');
	await page.keyboard.press('ArrowDown');
	const below = (await focused(page))!.replace('actor ', '');
	expect(example.actors.map((a) => a.id)).toContain(below);
	expect((await actorCentre(page, below)).y).toBeGreaterThan(prk.y);
	await page.keyboard.press('ArrowUp');
	expect(await focused(page)).toBe('actor prk');

	const { k } = await cameraOf(page);
	await page.keyboard.press('Alt+ArrowRight');
	await expect.poll(async () => (await actorCentre(page, 'prk')).x - prk.x).toBeCloseTo(10 * k, 0);
	expect(await focused(page)).toBe('actor prk');
	await page.keyboard.press('Control+z');
	await expect.poll(async () => (await actorCentre(page, 'prk')).x).toBeCloseTo(prk.x, 0);

	const before = await cameraOf(page);
	await page.keyboard.press('Shift+ArrowRight');
	await expect.poll(async () => (await cameraOf(page)).x).toBeCloseTo(before.x - 80, 0);
	await page.keyboard.press('+');
	await expect.poll(async () => (await cameraOf(page)).k).toBeGreaterThan(before.k);
});

test('Enter on an actor reached by the keyboard opens it, and the arrows still go from there', async ({
	page
}) => {
	await page.locator('[data-actor="chn"]').focus();
	await page.keyboard.press('ArrowRight');
	const next = (await focused(page))!;
	expect(next).toMatch(/^actor /);
	await page.keyboard.press('Enter');
	const name = example.actors.find((a) => `actor ${a.id}` === next)!.name;
	await expect(
		page.getByRole('complementary', { name: 'Evidence' }).getByRole('heading', { level: 2 })
	).toHaveText(name);
});
