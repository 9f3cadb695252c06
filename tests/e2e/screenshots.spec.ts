import { expect, test } from '@playwright/test';
import { clickRelation, evidencePanel, openExplorer, relationMiddle } from './graph-page';

/** Screenshots to look at: the explorer as an analyst sees it, on a laptop and on a phone. */
const sizes = [
	{ name: 'desktop', width: 1280, height: 720 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const size of sizes) {
	test(`explorer at ${size.width}×${size.height}`, async ({ page }) => {
		await page.setViewportSize(size);
		await openExplorer(page);
		await page.screenshot({ path: `tests/e2e/screenshots/${size.name}-graph.png` });

		await clickRelation(page, 'chn-prk-aid');
		const panel = evidencePanel(page);
		await expect(panel).toBeVisible();
		// The panel never covers the relation whose evidence it shows.
		const box = (await panel.boundingBox())!;
		await expect
			.poll(async () => {
				const middle = await relationMiddle(page, 'chn-prk-aid');
				return middle.x < box.x || middle.y < box.y;
			})
			.toBe(true);
		await page.screenshot({ path: `tests/e2e/screenshots/${size.name}-evidence.png` });

		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: 'Table' }).click();
		await page.screenshot({ path: `tests/e2e/screenshots/${size.name}-table.png` });
	});
}
