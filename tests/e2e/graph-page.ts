import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { GraphFile } from '../../src/lib/model/schema';

/** The example network, as the tests expect to see it drawn. */
export const example: GraphFile = JSON.parse(
	readFileSync(new URL('../../static/graphs/dprk-prc-russia-un.json', import.meta.url), 'utf8')
);

/** Opens the explorer and waits until the framed graph is on screen. */
export async function openExplorer(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('svg.framed')).toBeVisible();
	// The library is open and the address read once the address names the graph.
	await expect(page).toHaveURL(/[?&](doc|graph)=/);
}

/** Where on screen the middle of a relation's line is: where an analyst would click it. */
export async function relationMiddle(page: Page, id: string): Promise<{ x: number; y: number }> {
	return page.locator(`[data-relation="${id}"] .line`).evaluate((path: SVGPathElement) => {
		const point = path.getPointAtLength(path.getTotalLength() / 2);
		const m = path.getScreenCTM()!;
		return { x: point.x * m.a + point.y * m.c + m.e, y: point.x * m.b + point.y * m.d + m.f };
	});
}

/**
 * Waits until the camera has come to rest: the view frames the graph anew a
 * moment after the Evidence panel opens or closes.
 */
export async function cameraAtRest(page: Page): Promise<void> {
	// A large network's canvas has no SVG camera to wait for.
	if ((await page.locator('svg.framed > g').count()) === 0) return;
	await expect
		.poll(async () => {
			const before = await cameraOf(page);
			await page.waitForTimeout(400);
			return JSON.stringify(await cameraOf(page)) === JSON.stringify(before);
		})
		.toBe(true);
}

export async function clickRelation(page: Page, id: string): Promise<void> {
	await cameraAtRest(page);
	const { x, y } = await relationMiddle(page, id);
	await page.mouse.click(x, y);
}

/**
 * A double-click whose first click opens the Evidence panel, with the second
 * coming only once the panel is up and the docks along the picture's foot have
 * made room for it, as at an analyst's pace on a busy machine. The page's
 * clock stands still between the clicks, so the double-click's time has not
 * run out however long the panel takes; it runs on afterwards. Needs
 * `page.clock.install()` before the page loads.
 */
export async function doubleClickOpeningThePanel(page: Page, x: number, y: number): Promise<void> {
	await page.clock.pauseAt(Date.now() + 60_000);
	await page.mouse.click(x, y);
	const panel = evidencePanel(page);
	await expect(panel).toBeVisible();
	const panelLeft = (await panel.boundingBox())!.x;
	const buttons = page.getByRole('group', { name: 'Camera' });
	await expect.poll(async () => (await buttons.boundingBox())!.x).toBeLessThan(panelLeft);
	await page.mouse.down({ clickCount: 2 });
	await page.mouse.up({ clickCount: 2 });
	await page.clock.resume();
}

/** The centre of an actor's circle on screen. */
export async function actorCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
	const body = page.locator(`[data-actor="${id}"] .body`);
	// A graph shown anew (after a reload, or the example reset) is hidden until it is framed, and
	// may be drawn again between the wait and the measuring: measured again then.
	for (let attempt = 0; attempt < 20; attempt++) {
		await body.waitFor({ state: 'visible' });
		const box = await body.boundingBox();
		if (box) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		await page.waitForTimeout(50);
	}
	throw new Error(`actor ${id} is not on screen`);
}

/** The camera group's transform: pan and zoom. */
export async function cameraOf(page: Page): Promise<{ x: number; y: number; k: number }> {
	const transform = await page.locator('svg.framed > g').first().getAttribute('transform');
	const match = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(transform ?? '');
	if (!match) throw new Error(`no camera transform in "${transform}"`);
	return { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
}

export const evidencePanel = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });

/** The camera's transform of the drawing, as the page has it. */
export const cameraTransform = (page: Page) =>
	page.locator('svg.framed > g').first().getAttribute('transform');

/** The camera's transform once it has come to rest. */
export async function restingCamera(page: Page): Promise<string | null> {
	let last: string | null | undefined;
	for (;;) {
		const now = await cameraTransform(page);
		if (now === last) return now;
		last = now;
		await page.waitForTimeout(400);
	}
}

/** Opens a graph file through the top bar's Open file… as the analyst would: it joins the library. */
export async function openGraphFile(page: Page, name: string, graph: unknown): Promise<void> {
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: 'Open file…' }).click()
	]);
	await chooser.setFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(graph))
	});
}
