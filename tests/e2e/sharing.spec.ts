import { expect, test } from '@playwright/test';
import { cameraOf, clickRelation, evidencePanel, openExplorer } from './graph-page';
import { add, editor, newGraph } from './forms-page';

test('the address carries the view: a copied link reopens exactly what was on screen', async ({
	page,
	context
}) => {
	await openExplorer(page);
	await page.getByRole('checkbox', { name: 'Trade', exact: true }).uncheck();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await clickRelation(page, 'chn-prk-aid');
	await expect(evidencePanel(page)).toBeVisible();
	await expect(page).toHaveURL(/relation=chn-prk-aid/);
	await expect(page).toHaveURL(/hide=trade/);
	const camera = await cameraOf(page);
	const address = page.url();

	const colleague = await context.newPage();
	await colleague.setViewportSize({ width: 1280, height: 720 });
	await colleague.goto(address);
	await expect(evidencePanel(colleague).getByRole('heading', { level: 2 })).toHaveText(
		/major source of aid/
	);
	await expect(colleague.getByRole('checkbox', { name: 'Trade', exact: true })).not.toBeChecked();
	await expect(colleague.locator('[data-type="trade"]')).toHaveCount(0);
	await expect.poll(async () => (await cameraOf(colleague)).k).toBeCloseTo(camera.k, 3);
	const seen = await cameraOf(colleague);
	expect(Math.abs(seen.x - camera.x)).toBeLessThan(2);
	expect(Math.abs(seen.y - camera.y)).toBeLessThan(2);
});

test('the table view and the as-of date are in the address too', async ({ page }) => {
	await page.goto('/?view=table&asOf=2023');
	const table = page.getByRole('table');
	await expect(table).toBeVisible();
	// The June 2024 pact had not begun in 2023.
	await expect(table.locator('tr[data-relation="rus-prk-treaty-2024"]')).toHaveCount(0);
	await expect(table.locator('tr[data-relation="chn-prk-treaty-1961"]')).toHaveCount(1);
});

test('a parameter that makes no sense is said, and the rest of the view is shown', async ({
	page
}) => {
	await page.goto('/?asOf=2024-13-01&relation=nothing-like-this&hide=trade');
	const notice = page.getByRole('alert').filter({ hasText: 'Parts of this address were not used' });
	await expect(notice).toContainText('asOf: "2024-13-01" is not a date');
	await expect(notice).toContainText('nothing-like-this');
	await expect(page.getByRole('checkbox', { name: 'Trade', exact: true })).not.toBeChecked();
	await expect(page.locator('[data-actor]')).toHaveCount(4);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeHidden();
});

test('Export offers the link to this view and an Open in Ties link for a hosted graph', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page);
	await clickRelation(page, 'un-prk-sanctions');
	await expect(page).toHaveURL(/relation=un-prk-sanctions/);
	await page.getByRole('button', { name: 'Export' }).click();
	const share = page.getByRole('region', { name: 'Share' });
	await share.getByRole('button', { name: /Copy link to this view/ }).click();
	await expect(share.getByRole('status')).toHaveText('Link to this view copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

	const openInTies = share.getByRole('link', { name: /Open in Ties/ });
	await expect(openInTies).toHaveAttribute('href', /graph=graphs%2Fdprk-prc-russia-un\.json$/);
	await openInTies.click();
	await expect(page).toHaveURL(/graph=graphs%2Fdprk-prc-russia-un\.json/);
	await expect(page.locator('[data-actor]')).toHaveCount(4);
});

test('a graph of this browser only is shared by a link that carries it, and opens in another browser', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page);
	await newGraph(page);
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill('Alphaland');
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('[data-actor]')).toHaveCount(1);

	await page.getByRole('button', { name: 'Export' }).click();
	const share = page.getByRole('region', { name: 'Share' });
	await expect(share).toContainText('This graph lives only in this browser');
	await share.getByRole('button', { name: /Copy link with the graph inside/ }).click();
	await expect(share.getByRole('status')).toHaveText('Link with the graph inside copied.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/#graph-data=[\w-]+$/);
	expect(new URL(link).search).toBe('');

	// Someone else, in a browser that has never seen the graph.
	const elsewhere = await browser.newContext();
	const theirs = await elsewhere.newPage();
	await theirs.goto(link);
	await expect(theirs.locator('[data-actor]')).toHaveCount(1);
	await expect(theirs.getByText('Alphaland').first()).toBeVisible();
	// It is theirs now: kept in their library, under its own id.
	await expect(theirs).toHaveURL(/doc=/);
	await theirs.reload();
	await expect(theirs.locator('[data-actor]')).toHaveCount(1);
	await elsewhere.close();
});

test('a link to a graph this browser does not have says which graph, and shows no other', async ({
	page
}) => {
	await page.goto('/?doc=g-from-a-colleague&relation=r-1');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The graph "g-from-a-colleague"');
	await expect(alert).toContainText("is not in this browser's library");
	await expect(alert).toContainText('briefing pack or its graph file');
	await expect(page.locator('[data-actor]')).toHaveCount(0);
});
