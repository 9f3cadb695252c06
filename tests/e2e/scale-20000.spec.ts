import { expect, test, type Page } from '@playwright/test';
import { barabasiAlbert } from '../../src/lib/model/barabasi-albert';
import { cameraOf, evidencePanel } from './graph-page';

/**
 * The explorer at 20,000 actors and 60,000 relations: it opens, draws, and
 * answers panning, zooming and Find while the layout is still running; then
 * the layout settles and the whole picture stays. (How fast, and how long the
 * page's longest task is, are measured by `npm run bench`.)
 */
const network = barabasiAlbert(20_000, 3, 1);
const GRAPH_PATH = '/test-data/ba-20000.json';
const SCREENSHOTS = 'tests/e2e/screenshots';

async function openHugeNetwork(page: Page) {
	await page.route(`**${GRAPH_PATH}`, (route) =>
		route.fulfill({ body: JSON.stringify(network), contentType: 'application/json' })
	);
	await page.goto(`/?graph=${encodeURIComponent(GRAPH_PATH)}`);
	await expect(page.getByRole('application')).toBeVisible({ timeout: 30_000 });
}

/** Which layout frame the canvas shows whole, 0 before its first picture. */
const shownFrame = (page: Page) =>
	page.locator('canvas').evaluate((canvas) => Number(canvas.dataset.shownFrame ?? 0));

/** Points of the drawing that no dock, panel or mark covers, from its top left. */
function bareCanvas(page: Page): Promise<{ x: number; y: number }[]> {
	return page.locator('canvas').evaluate((canvas) => {
		const box = canvas.getBoundingClientRect();
		const points: { x: number; y: number }[] = [];
		for (let y = box.top + 40; y < box.bottom - 40; y += 20)
			for (let x = box.left + 20; x < box.right - 100; x += 20)
				if (
					document.elementFromPoint(x, y) === canvas &&
					document.elementFromPoint(x + 80, y - 40) === canvas
				)
					points.push({ x, y });
		return points;
	});
}

/**
 * Hovers the drawing's background, where no actor is drawn, and returns the point: the
 * canvas shows the grab cursor only over an actor, which a drag would move.
 */
async function hoverBackground(page: Page): Promise<{ x: number; y: number }> {
	for (const point of await bareCanvas(page)) {
		await page.mouse.move(point.x, point.y);
		const cursor = await page.locator('canvas').evaluate((canvas) => canvas.style.cursor);
		if (cursor !== 'grab') return point;
	}
	throw new Error('no bare background on the drawing');
}

test.describe.configure({ timeout: 150_000 });

/**
 * A load run: `npm test` lays out 20,000 actors in a desktop window, and
 * `npm run test:scale` (SCALE_WINDOWS=all) on a phone's too, a minute more.
 */
const WINDOWS = [
	{ name: 'desktop', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
].slice(0, process.env.SCALE_WINDOWS === 'all' ? undefined : 1);

for (const size of WINDOWS) {
	test(`20,000 actors at ${size.width} px: pan, zoom and Find answer while the layout runs, then it settles`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await openHugeNetwork(page);
		const progress = page.getByRole('progressbar');
		await expect(progress).toContainText('Laying out 20,000 actors');
		await expect.poll(() => shownFrame(page), { timeout: 20_000 }).toBeGreaterThan(0);
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-20000-laying-out.png` });

		// While the layout runs: Find an actor by name; it is chosen, and its relations are listed.
		const actor = network.nodes[12_345];
		const ties = network.links.filter((l) => l.source === actor.id || l.target === actor.id);
		await page.getByRole('combobox', { name: 'Find' }).fill(actor.label!);
		await page.getByRole('option', { name: actor.label, exact: true }).click();
		await expect(evidencePanel(page).getByRole('heading', { level: 2 })).toHaveText(actor.label!);
		await expect(evidencePanel(page).getByRole('listitem')).toHaveCount(ties.length);

		// Zoom with the wheel and pan by dragging the drawing's background: the camera follows.
		await hoverBackground(page);
		const before = await cameraOf(page);
		await page.mouse.wheel(0, -300);
		await expect.poll(async () => (await cameraOf(page)).k).toBeGreaterThan(before.k);
		const zoomed = await cameraOf(page);
		// The layout still moves: an actor can arrive under the pointer between looking and
		// pressing, and the press then drags that actor. Each try starts from a point bare then.
		await expect
			.poll(
				async () => {
					const corner = await hoverBackground(page);
					await page.mouse.down();
					await page.mouse.move(corner.x + 80, corner.y - 40, { steps: 5 });
					await page.mouse.up();
					return (await cameraOf(page)).x;
				},
				{ intervals: [300], timeout: 10_000 }
			)
			.toBeGreaterThan(zoomed.x + 40);

		// The layout settles, and the canvas shows its last frame whole.
		await expect(progress).toBeHidden({ timeout: 90_000 });
		await expect.poll(() => shownFrame(page), { timeout: 20_000 }).toBeGreaterThan(1);
		await page.keyboard.press('Escape');
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-20000-settled.png` });
	});
}
