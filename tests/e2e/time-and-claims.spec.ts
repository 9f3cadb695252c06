import { expect, test, type Page } from '@playwright/test';
import { clickRelation, evidencePanel, example, openExplorer } from './graph-page';

const UNDATED = example.relations.filter((r) => !r.signed && !r.since).map((r) => r.id);

/** A legend entry's count, as the analyst reads it beside the entry's name. */
const legendCount = (page: Page, name: string) =>
	page.locator('details.legend label').filter({ hasText: name }).locator('.count');

test.beforeEach(async ({ page }) => {
	await openExplorer(page);
});

test('at 1949 the undated trade and aid lines are not drawn, and the counts say what is shown', async ({
	page
}) => {
	const counts = page.locator('.top-bar .counts');
	await expect(counts).toHaveText(`· 4 actors · ${example.relations.length} relations`);
	await expect(legendCount(page, 'Trade')).toHaveText('1');

	await page.getByRole('slider', { name: 'As-of year' }).fill('1949');
	await expect(page.locator('.top-bar .as-of')).toHaveText('As of 31 Dec 1949');
	await expect(page.locator('[data-relation="chn-prk-trade"]')).toHaveCount(0);
	await expect(page.locator('[data-relation="chn-prk-aid"]')).toHaveCount(0);
	// Only the diplomatic relations of 6 October 1949 stood by then.
	await expect(page.locator('[data-relation]')).toHaveCount(1);
	await expect(page.locator('[data-relation="chn-prk-diplomatic"]')).toHaveCount(1);
	await expect(counts).toHaveText('· 4 actors · 1 relation');
	await expect(legendCount(page, 'Diplomatic relations')).toHaveText('1');
	await expect(legendCount(page, 'Trade')).toHaveText('0');
	await expect(legendCount(page, 'Aid')).toHaveText('0');
	await expect(legendCount(page, 'Confirmed')).toHaveText('1');
	await expect(legendCount(page, 'Reported')).toHaveText('0');
	// Said, not silently dropped.
	await expect(page.getByRole('status').filter({ hasText: 'undated' })).toHaveText(
		`${UNDATED.length} undated relations are not shown as of 31 Dec 1949: when they began is not known`
	);

	// A filter on top of the date: the counts follow both.
	await page.getByRole('checkbox', { name: 'Diplomatic relations', exact: true }).uncheck();
	await expect(page.locator('[data-relation]')).toHaveCount(0);
	await expect(counts).toHaveText('· 4 actors · 0 relations');
	await expect(legendCount(page, 'Confirmed')).toHaveText('0');
});

test('back at the graph’s own date every relation is drawn again, undated ones too', async ({
	page
}) => {
	const slider = page.getByRole('slider', { name: 'As-of year' });
	await slider.fill('2006');
	await expect(page.locator('[data-relation="chn-prk-trade"]')).toHaveCount(0);
	await slider.fill('2024');
	await expect(page.locator('.top-bar .as-of')).toHaveText('As of 6 Oct 2024');
	await expect(page.locator('[data-relation]')).toHaveCount(example.relations.length);
	await expect(page.getByRole('status').filter({ hasText: 'undated' })).toHaveCount(0);
});

test('as of 6 October 2024 the June 2024 pact is signed, not in force, on the picture, in the legend, the panel and the table', async ({
	page
}) => {
	// On the picture: the pending mark, which the legend explains; the 1961 treaty has none.
	const badge = (id: string) => page.locator(`[data-relation="${id}"] .badge`);
	await expect(badge('rus-prk-treaty-2024')).toHaveText('…');
	await expect(badge('chn-prk-treaty-1961')).toHaveCount(0);
	const pendingEntry = page
		.locator('details.legend .entry')
		.filter({ hasText: 'Signed, not yet in force' });
	await expect(pendingEntry.locator('.count')).toHaveText('1');
	// Before it was signed, in 2023, it is not drawn, and the legend has no pending entry.
	await page.getByRole('slider', { name: 'As-of year' }).fill('2023');
	await expect(page.locator('.top-bar .as-of')).toHaveText('As of 31 Dec 2023');
	await expect(page.locator('[data-relation="rus-prk-treaty-2024"]')).toHaveCount(0);
	await expect(pendingEntry).toHaveCount(0);
	await page.goto(page.url().replace(/([?&])asOf=[^&]*&?/, '$1'));
	await expect(page.locator('.top-bar .as-of')).toHaveText('As of 6 Oct 2024');

	await clickRelation(page, 'rus-prk-treaty-2024');
	const panel = evidencePanel(page);
	await expect(panel).toContainText('signed 19 Jun 2024, in force from 4 Dec 2024');
	await expect(panel.locator('.standing')).toHaveText('signed, not yet in force as of 6 Oct 2024');
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: 'Table' }).click();
	const row = page.getByRole('table').locator('tr[data-relation="rus-prk-treaty-2024"]');
	await expect(row).toContainText('signed, not yet in force as of 6 Oct 2024');
	// The 1961 treaty was in force: nothing to add to its dates.
	await expect(
		page.getByRole('table').locator('tr[data-relation="chn-prk-treaty-1961"] .standing')
	).toHaveCount(0);
});

test('the example cites what it claims: the alignment with Russia, quoted from KSAT', async ({
	page
}) => {
	await clickRelation(page, 'prk-rus-alignment');
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		example.relations.find((r) => r.id === 'prk-rus-alignment')!.summary
	);
	await expect(panel).toContainText('North Korea is increasingly aligning with Russia');
	await expect(panel.getByRole('heading', { level: 3 })).toContainText('4 evidence items');
});
