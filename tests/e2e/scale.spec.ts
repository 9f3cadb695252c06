import { expect, test, type Page } from '@playwright/test';
import { barabasiAlbert } from '../../src/lib/model/barabasi-albert';
import { actorCentre, cameraAtRest, clickRelation, evidencePanel } from './graph-page';
import { darkShare, readPng } from './pixel-difference';

/**
 * The explorer at 1,000 actors: drawn on a canvas with the layout in a worker,
 * and still searchable, clickable, draggable and usable from the keyboard.
 */
const network = barabasiAlbert(1000, 2, 1);
const GRAPH_PATH = '/test-data/ba-1000.json';

async function openLargeNetwork(page: Page) {
	await page.addInitScript(countFramesBeforePicture);
	await page.route(`**${GRAPH_PATH}`, (route) =>
		route.fulfill({ body: JSON.stringify(network), contentType: 'application/json' })
	);
	await page.goto(`/?graph=${encodeURIComponent(GRAPH_PATH)}`);
	// A thousand actors to fetch and check first: slower than the example on a busy machine.
	await expect(page.getByRole('application')).toBeVisible({ timeout: 20_000 });
	// The layout settles in a worker, with its progress shown meanwhile.
	await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 45_000 });
}

/**
 * Counts the animation frames between the canvas coming onto the page and its
 * first whole picture, into `window.framesBeforePicture`.
 */
function countFramesBeforePicture() {
	const seen = window as unknown as { framesBeforePicture?: number };
	let frames: number | undefined;
	const count = () => {
		if (frames !== undefined) frames += 1;
		requestAnimationFrame(count);
	};
	requestAnimationFrame(count);
	new MutationObserver(() => {
		const canvas = document.querySelector('canvas');
		if (canvas && frames === undefined) frames = 0;
		if (canvas?.dataset.pictures && seen.framesBeforePicture === undefined)
			seen.framesBeforePicture = frames;
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-pictures']
	});
}

/** An actor with few ties, whose name no other name starts with. */
const quiet = network.nodes[777];
const neighbours = network.links.filter((l) => l.source === quiet.id || l.target === quiet.id);

// Laying out 1,000 actors takes seconds, more on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
	await openLargeNetwork(page);
});

test('draws 1,000 actors on a canvas, not as 1,000 elements', async ({ page }) => {
	// One canvas, drawn again as the layout moved: the page's first picture has given way to the drawing's.
	await expect(page.locator('canvas')).toHaveCount(1);
	await expect(page.locator('canvas')).toBeVisible();
	const pictures = await page
		.locator('canvas')
		.evaluate((canvas) => Number(canvas.dataset.pictures));
	expect(pictures).toBeGreaterThan(2);
	await expect(page.locator('[data-actor]')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ba-1000');
	await expect(page.getByText('1,000 actors')).toBeVisible();
});

test('the first picture is on the canvas in the very frame that first shows it', async ({
	page
}) => {
	const frames = await page.evaluate(
		() => (window as unknown as { framesBeforePicture?: number }).framesBeforePicture
	);
	expect(frames).toBe(0);
});

test('Find finds an actor by name as one types, and centres and highlights it with its relations', async ({
	page
}) => {
	const find = page.getByRole('combobox', { name: 'Find' });
	await find.fill(quiet.label!.slice(0, -1));
	await expect(page.getByRole('option', { name: quiet.label, exact: true })).toBeVisible();
	await page.getByRole('option', { name: quiet.label, exact: true }).click();
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(quiet.label!);
	await expect(panel.getByRole('listitem')).toHaveCount(neighbours.length);
	// The chosen actor and its relations are drawn as elements over the canvas, in the middle of the view.
	await expect(page.locator(`[data-actor="${quiet.id}"]`)).toBeVisible();
	await expect(page.locator('[data-relation]')).toHaveCount(neighbours.length);
	// Centred in the part of the view that the docks (legend, time line, camera) and the panel leave clear.
	const centre = await actorCentre(page, quiet.id);
	const canvas = (await page.locator('canvas').boundingBox())!;
	const docks = [
		page.locator('details.legend'),
		page.getByRole('group', { name: 'As-of date' }),
		page.getByRole('group', { name: 'Camera' }),
		panel
	];
	for (const dock of docks) {
		// A graph without dates has no time line.
		if ((await dock.count()) === 0) continue;
		const cover = await dock.boundingBox();
		const inside =
			centre.x > cover!.x - 30 &&
			centre.x < cover!.x + cover!.width + 30 &&
			centre.y > cover!.y - 30 &&
			centre.y < cover!.y + cover!.height + 30;
		expect(inside).toBe(false);
	}
	expect(centre.x).toBeGreaterThan(canvas.x + 60);
	expect(centre.y).toBeGreaterThan(canvas.y + 60);
});

test('the selection drawn over the canvas writes each name once, at the size the canvas writes names', async ({
	page
}) => {
	await page.getByRole('combobox', { name: 'Find' }).fill(quiet.label!);
	await page.keyboard.press('Enter');
	const mark = page.locator(`[data-actor="${quiet.id}"]`);
	const name = mark.locator('.name');
	await expect(name).toHaveText(quiet.label!);
	await cameraAtRest(page);
	const box = async (locator: typeof mark) => (await locator.boundingBox())!;
	const near = await box(name);
	const circle = await box(mark.locator('circle.body'));

	// Zoomed out, the circle shrinks with the picture; the name keeps the canvas's size for names.
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect
		.poll(async () => (await box(mark.locator('circle.body'))).width)
		.toBeLessThan(circle.width * 0.8);
	await cameraAtRest(page);
	const far = await box(name);
	expect(far.height).toBeCloseTo(near.height, 0);
	expect(far.width).toBeCloseTo(near.width, 0);

	// Under the elements, the canvas has left the name's place clear: with them hidden, only the
	// selected relation's line crosses it (about 5% of its pixels; the canvas's own copy of the
	// name made it 24%).
	await page
		.locator('.drawing.overlay')
		.evaluate((overlay) => (overlay.style.visibility = 'hidden'));
	const canvas = page.locator('canvas');
	const pictures = Number(await canvas.getAttribute('data-pictures'));
	await page.waitForTimeout(300);
	expect(Number(await canvas.getAttribute('data-pictures'))).toBe(pictures);
	const under = readPng(await page.screenshot({ clip: far }));
	expect(darkShare(under, { x: 0, y: 0, width: under.width, height: under.height })).toBeLessThan(
		0.12
	);
});

test('clicking a relation opens its evidence; clicking an actor on the canvas lists its relations', async ({
	page
}) => {
	await page.getByRole('combobox', { name: 'Find' }).fill(quiet.label!);
	await page.keyboard.press('Enter');
	const relationId = await page.locator('[data-relation]').first().getAttribute('data-relation');
	await clickRelation(page, relationId!);
	const panel = evidencePanel(page);
	// A node-link file names no summary: the relation is named after its two actors.
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^.+ – .+$/);
	await expect(panel).toContainText('ba-1000.json gives no evidence for this link.');
	// It cites the file, which has no address: its title is named, and links nowhere.
	const cited = panel.locator('.source').first();
	await expect(cited).toContainText(/node-link JSON file .*ba-1000\.json/);
	await expect(cited.getByRole('link')).toHaveCount(0);

	// Close, then click the actor where the canvas draws it: the drawing's own hit-testing finds it.
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	// With nothing selected, nothing is drawn as elements.
	await expect(page.locator(`[data-actor="${quiet.id}"]`)).toHaveCount(0);
	await page.getByRole('combobox', { name: 'Find' }).fill(quiet.label!);
	await page.keyboard.press('Enter');
	const centre = await actorCentre(page, quiet.id);
	await page.keyboard.press('Escape');
	await page.locator('#find-actor').blur();
	await page.mouse.click(centre.x, centre.y);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(quiet.label!);
});

test('an actor on the canvas can be dragged, stays where it is dropped, and a double-click lets it go', async ({
	page
}) => {
	await page.getByRole('combobox', { name: 'Find' }).fill(quiet.label!);
	await page.keyboard.press('Enter');
	const before = await actorCentre(page, quiet.id);
	await page.mouse.move(before.x, before.y);
	await page.mouse.down();
	await page.mouse.move(before.x + 40, before.y - 60, { steps: 6 });
	await page.mouse.up();
	const after = await actorCentre(page, quiet.id);
	expect(after.x).toBeCloseTo(before.x + 40, 0);
	expect(after.y).toBeCloseTo(before.y - 60, 0);
	// Chosen by Find, its panel is already open: the double-click changes nothing else.
	await page.mouse.dblclick(after.x, after.y);
	await expect.poll(async () => (await actorCentre(page, quiet.id)).x).toBeCloseTo(before.x, 0);
	expect((await actorCentre(page, quiet.id)).y).toBeCloseTo(before.y, 0);
});

test('the keyboard moves between actors on the canvas and opens their relations', async ({
	page
}) => {
	const drawing = page.getByRole('application');
	await drawing.focus();
	await page.keyboard.press('ArrowRight');
	const announced = page.locator('[aria-live="polite"]');
	await expect(announced).toContainText(/relations?\. Enter lists them\./);
	const first = await announced.textContent();
	await page.keyboard.press('ArrowRight');
	await expect(announced).not.toHaveText(first!);
	await page.keyboard.press('Enter');
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
	// From the panel's list, Tab and Enter reach a relation's evidence.
	await panel.getByRole('listitem').first().getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(panel).toContainText('evidence item');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
});

test('the canvas follows the system turning to its dark theme while the network is open', async ({
	page
}) => {
	const canvas = page.locator('canvas');
	/** How light (0 black, 255 white) the canvas's top-left corner is, where no actor stands. */
	const corner = async () => {
		const { data, width } = readPng(await canvas.screenshot());
		const at = (2 * width + 2) * 4;
		return 0.3 * data[at] + 0.59 * data[at + 1] + 0.11 * data[at + 2];
	};
	expect(await corner()).toBeGreaterThan(200);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect.poll(corner).toBeLessThan(60);
	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(corner).toBeGreaterThan(200);
});

test('the legend filters and the table keep working at this size', async ({ page }) => {
	await page.getByRole('checkbox', { name: 'Trade', exact: true }).uncheck();
	await page.getByRole('button', { name: 'Table' }).click();
	const rows = page.getByRole('table').locator('tbody tr');
	await expect(page.getByRole('table')).toContainText(
		`${network.links.filter((l) => l.type !== 'trade').length} relations`
	);
	await expect(rows.first()).toBeVisible();
});
