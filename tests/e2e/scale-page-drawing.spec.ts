import { expect, test, type Page } from '@playwright/test';
import { barabasiAlbert } from '../../src/lib/model/barabasi-albert';
import { actorCentre, evidencePanel } from './graph-page';
import { BOUND, darkShare, pixelDifference, readPng } from './pixel-difference';

/**
 * A browser that cannot hand a canvas to a worker (and the one-file briefing
 * pack, which has no worker file) has the page draw a large network itself:
 * the same picture as the drawing worker's, and the same hands on it.
 */
const network = barabasiAlbert(1000, 2, 1);
const GRAPH_PATH = '/test-data/ba-1000.json';
const quiet = network.nodes[777];

test.describe.configure({ timeout: 120_000 });

/** Opens the network, with the drawing worker or, `onThePage`, without one; returns the workers started. */
async function openLargeNetwork(page: Page, onThePage: boolean): Promise<() => Promise<string[]>> {
	await page.addInitScript((withoutHandOver) => {
		const started: string[] = [];
		(window as unknown as { workersStarted: string[] }).workersStarted = started;
		const Original = window.Worker;
		window.Worker = class extends Original {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				started.push(String(url));
			}
		};
		if (withoutHandOver) {
			delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
		}
	}, onThePage);
	await page.route(`**${GRAPH_PATH}`, (route) =>
		route.fulfill({ body: JSON.stringify(network), contentType: 'application/json' })
	);
	await page.goto(`/?graph=${encodeURIComponent(GRAPH_PATH)}`);
	await expect(page.getByRole('application')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
	await expect(page.locator('canvas')).toHaveCount(1);
	return () =>
		page.evaluate(() => (window as unknown as { workersStarted: string[] }).workersStarted);
}

/** The canvas as shown, once two looks a quarter of a second apart agree (the picture at rest). */
async function restingPicture(page: Page) {
	const canvas = page.locator('canvas');
	let last = await canvas.screenshot();
	for (let tries = 0; tries < 40; tries++) {
		await page.waitForTimeout(250);
		const now = await canvas.screenshot();
		if (now.equals(last)) return readPng(now);
		last = now;
	}
	throw new Error('the picture never came to rest');
}

test('without a drawing worker the page draws the canvas, the same picture as the worker draws', async ({
	page,
	browser
}) => {
	const workers = await openLargeNetwork(page, true);
	// Only the layout's worker: nothing drew in another.
	expect((await workers()).filter((url) => /drawing/.test(url))).toEqual([]);
	expect((await workers()).length).toBeGreaterThan(0);
	const canvas = page.locator('canvas');
	expect(Number(await canvas.getAttribute('data-pictures'))).toBeGreaterThan(2);
	const drawnOnPage = await restingPicture(page);
	const whole = { x: 0, y: 0, width: drawnOnPage.width, height: drawnOnPage.height };
	// Actors and relations are on it, not a blank canvas (about 16% of its pixels carry ink).
	expect(darkShare(drawnOnPage, whole)).toBeGreaterThan(0.05);

	// The same network in a browser with the drawing worker: the seeded layout settles the same,
	// and the two drawings agree within what anti-aliasing leaves (measured: pixel for pixel).
	const other = await browser.newPage({ viewport: page.viewportSize()! });
	const otherWorkers = await openLargeNetwork(other, false);
	expect((await otherWorkers()).some((url) => /drawing/.test(url))).toBe(true);
	const drawnInWorker = await restingPicture(other);
	const difference = pixelDifference(drawnOnPage, drawnInWorker);
	expect(difference.worstTile).toBeLessThan(BOUND.worstTile);
	await other.close();
});

test('without a drawing worker an actor drawn on the canvas is found under the pointer and zoomed to', async ({
	page
}) => {
	await openLargeNetwork(page, true);
	const find = page.getByRole('combobox', { name: 'Find' });
	await find.fill(quiet.label!);
	await page.keyboard.press('Enter');
	const centre = await actorCentre(page, quiet.id);
	await page.keyboard.press('Escape');
	await find.blur();
	const panel = evidencePanel(page);
	await expect(panel).toBeHidden();
	await page.mouse.click(centre.x, centre.y);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(quiet.label!);

	// Zooming in, the page draws the picture anew at the new scale once the camera rests.
	await page.keyboard.press('Escape');
	const canvas = page.locator('canvas');
	const before = Number(await canvas.getAttribute('data-pictures'));
	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -600);
	await expect
		.poll(async () => Number(await canvas.getAttribute('data-pictures')))
		.toBeGreaterThan(before);
});
