import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	actorCentre,
	cameraAtRest,
	cameraOf,
	clickRelation,
	evidencePanel,
	example,
	openExplorer
} from './graph-page';

/** The windows analysts use: a desktop, a laptop, half a desktop, a phone. */
const WINDOWS = [
	{ width: 1440, height: 900 },
	{ width: 1024, height: 768 },
	{ width: 800, height: 700 },
	{ width: 390, height: 844 }
];

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Whether two boxes share more than a border (buttons joined in a group share one pixel). */
const overlaps = (a: Box, b: Box) =>
	a.x + 1 < b.x + b.width &&
	b.x + 1 < a.x + a.width &&
	a.y + 1 < b.y + b.height &&
	b.y + 1 < a.y + a.height;

const inside = (a: Box, b: Box) =>
	a.x >= b.x - 1 &&
	a.y >= b.y - 1 &&
	a.x + a.width <= b.x + b.width + 1 &&
	a.y + a.height <= b.y + b.height + 1;

const name = (box: Box) =>
	`${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;

/** What floats over the picture and may hide part of it, by name, where it is shown. */
async function chrome(page: Page): Promise<Map<string, Box>> {
	const parts: [string, Locator][] = [
		['legend', page.locator('details.legend')],
		['time line', page.getByRole('group', { name: 'As-of date' })],
		['camera buttons', page.getByRole('group', { name: 'Camera' })],
		['panel', evidencePanel(page)]
	];
	const boxes = new Map<string, Box>();
	for (const [part, locator] of parts) {
		if (!(await locator.isVisible())) continue;
		const box = await locator.boundingBox();
		if (box) boxes.set(part, box);
	}
	return boxes;
}

/** Each actor's circle and name, as drawn on screen. */
async function actorBoxes(page: Page): Promise<Map<string, Box[]>> {
	const boxes = new Map<string, Box[]>();
	for (const actor of example.actors) {
		const mark = page.locator(`[data-actor="${actor.id}"]`);
		boxes.set(actor.id, [
			(await mark.locator('.body').boundingBox())!,
			(await mark.locator('.name').boundingBox())!
		]);
	}
	return boxes;
}

/**
 * Every actor and its name are on the picture and clear of the legend, the
 * time line, the camera buttons and the panel: what hides one, where.
 */
async function hiddenActors(page: Page): Promise<string[]> {
	await cameraAtRest(page);
	const stage = (await page.locator('main.stage').boundingBox())!;
	const covers = await chrome(page);
	const problems: string[] = [];
	for (const [id, boxes] of await actorBoxes(page)) {
		for (const box of boxes) {
			if (!inside(box, stage)) problems.push(`${id} at ${name(box)} is off the picture`);
			for (const [part, cover] of covers)
				if (overlaps(box, cover)) problems.push(`${id} at ${name(box)} is under the ${part}`);
		}
	}
	return problems;
}

/** The panel never covers the controls that float over the picture. */
async function coveredControls(page: Page): Promise<string[]> {
	const covers = await chrome(page);
	const panel = covers.get('panel');
	if (!panel) return [];
	return [...covers]
		.filter(([part, box]) => part !== 'panel' && overlaps(box, panel))
		.map(([part]) => part);
}

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		// Speech input: a control's name must hold the words it shows.
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

for (const size of WINDOWS) {
	test(`at ${size.width}×${size.height} the graph is framed clear of the docks and the panel`, async ({
		page
	}) => {
		test.slow();
		await page.setViewportSize(size);
		await openExplorer(page);
		expect(await hiddenActors(page)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: `tests/e2e/screenshots/window-${size.width}-graph.png` });

		await clickRelation(page, 'chn-prk-aid');
		await expect(evidencePanel(page)).toBeVisible();
		// Opening the panel frames the graph again, in what the panel leaves clear.
		await expect.poll(() => hiddenActors(page)).toEqual([]);
		expect(await coveredControls(page)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: `tests/e2e/screenshots/window-${size.width}-evidence.png` });
	});
}

test('resizing from a desktop to a phone and back keeps the whole graph framed, also after the table', async ({
	page
}) => {
	test.slow();
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	for (const size of [...WINDOWS.slice(1), WINDOWS[0]]) {
		await page.setViewportSize(size);
		await expect.poll(() => hiddenActors(page), { message: `${size.width} px` }).toEqual([]);
	}
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('button', { name: 'Table' }).click();
	await expect(page.getByRole('table')).toBeVisible();
	await page.setViewportSize({ width: 800, height: 700 });
	await page.getByRole('button', { name: 'Graph' }).click();
	await expect.poll(() => hiddenActors(page)).toEqual([]);
});

test('once the analyst has zoomed, a resize keeps the same point in the middle', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await cameraAtRest(page);
	/** The point of the graph at the middle of the picture. */
	const middle = async () => {
		const stage = (await page.locator('main.stage').boundingBox())!;
		const { x, y, k } = await cameraOf(page);
		return { x: (stage.width / 2 - x) / k, y: (stage.height / 2 - y) / k };
	};
	const before = await middle();
	await page.setViewportSize({ width: 800, height: 700 });
	await cameraAtRest(page);
	const after = await middle();
	expect(Math.abs(after.x - before.x)).toBeLessThan(2);
	expect(Math.abs(after.y - before.y)).toBeLessThan(2);
});

test('a link copied on a desktop opens framed on a phone', async ({ page, browser }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	const link = page.url();
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await openExplorer(phone, link);
	expect(await hiddenActors(phone)).toEqual([]);
	await phone.close();
});

test('the top bar keeps its title readable and every action reachable at every width', async ({
	page
}) => {
	test.slow();
	const actions = [
		page.getByRole('button', { name: 'Undo' }),
		page.getByRole('button', { name: 'Redo' }),
		page.getByRole('button', { name: 'Add', exact: true }),
		page.getByRole('combobox', { name: 'Find an actor' }),
		page.getByRole('button', { name: 'Graph' }),
		page.getByRole('button', { name: 'Table' }),
		page.getByRole('button', { name: 'Library' }),
		page.getByRole('button', { name: 'Open file…' }),
		page.getByRole('button', { name: 'Export', exact: true }),
		page.getByRole('button', { name: 'Story', exact: true }),
		page.getByRole('link', { name: 'Present' })
	];
	const title = page.getByRole('heading', { level: 1 });
	await page.setViewportSize({ width: 1440, height: 800 });
	await openExplorer(page);
	await expect(actions[0]).toBeVisible();
	for (const width of [1440, 1280, 1100, 1024, 950, 900, 860, 800, 720, 640, 620, 480, 390, 360]) {
		await page.setViewportSize({ width, height: 800 });
		// The title: at least ten characters' room, its whole text as its tooltip.
		await expect(title).toHaveAttribute('title', example.title);
		const titleBox = (await title.boundingBox())!;
		expect(titleBox.width, `title at ${width} px`).toBeGreaterThan(120);
		await expect(page.getByText(/^As of /)).toBeInViewport({ ratio: 1 });
		const boxes: Box[] = [titleBox];
		for (const action of actions) {
			await expect(action, `${action} at ${width} px`).toBeInViewport({ ratio: 1 });
			const box = (await action.boundingBox())!;
			for (const other of boxes)
				expect(overlaps(box, other), `${action} overlaps another at ${width} px`).toBe(false);
			boxes.push(box);
		}
	}
	// On a phone, the Find field's placeholder is whole.
	const find = page.getByRole('combobox', { name: 'Find an actor' });
	const room = await find.evaluate((input: HTMLInputElement) => {
		const style = getComputedStyle(input);
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = style.font;
		const inner =
			input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		return inner - context.measureText(input.placeholder).width;
	});
	expect(room).toBeGreaterThan(0);
});

test('on a phone the chosen actor shows above the panel, and a tap on Russia reaches Russia', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplorer(page);
	await clickRelation(page, 'chn-prk-aid');
	const panel = evidencePanel(page);
	await expect(panel).toBeVisible();
	await expect.poll(() => hiddenActors(page)).toEqual([]);
	const russia = await actorCentre(page, 'rus');
	await page.mouse.click(russia.x, russia.y);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Russia');
	await expect(panel.getByText('Actor', { exact: true })).toBeVisible();
	await cameraAtRest(page);
	const sheet = (await panel.boundingBox())!;
	const chosen = (await page.locator('[data-actor="rus"] .body').boundingBox())!;
	expect(chosen.y + chosen.height).toBeLessThan(sheet.y);
});

test('on a phone, Show in source opens at the passage with its title and Close in sight', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplorer(page);
	await clickRelation(page, 'chn-prk-aid');
	await evidencePanel(page)
		.getByRole('button', { name: /Show in source/ })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
	await expect(dialog.locator('mark')).toBeInViewport();
	const close = dialog.getByRole('button', { name: 'Close' });
	await expect(close).toBeInViewport({ ratio: 1 });
	await close.click();
	await expect(dialog).toBeHidden();
});

test('on a phone, the Export and Library dialogs have a Close in sight', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplorer(page);
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const exportPanel = page.getByRole('dialog', { name: 'Export' });
	await expect(exportPanel).toBeVisible();
	await expect(exportPanel.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
	await exportPanel.getByRole('button', { name: 'Close' }).click();
	await expect(exportPanel).toBeHidden();

	await page.getByRole('button', { name: 'Library' }).click();
	const library = page.getByRole('dialog', { name: 'Library' });
	await expect(library.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
	await library.getByRole('button', { name: 'Close' }).click();
	await expect(library).toBeHidden();
});

test('a reload keeps the camera and the places; the table and back keep the zoom', async ({
	page
}) => {
	await openExplorer(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await cameraAtRest(page);
	const from = await actorCentre(page, 'rus');
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/[?&]at=/);
	const centres = async () =>
		Object.fromEntries(
			await Promise.all(
				example.actors.map(async (actor) => [actor.id, await actorCentre(page, actor.id)] as const)
			)
		);
	await cameraAtRest(page);
	const before = await centres();
	const camera = await cameraOf(page);

	await page.getByRole('button', { name: 'Table' }).click();
	await page.getByRole('button', { name: 'Graph' }).click();
	await expect(page.locator('svg.framed')).toBeVisible();
	expect(await cameraOf(page)).toEqual(camera);
	// The address follows the view a moment later.
	await expect(page).not.toHaveURL(/[?&]view=table/);

	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	await cameraAtRest(page);
	const after = await centres();
	for (const actor of example.actors) {
		expect(Math.abs(after[actor.id].x - before[actor.id].x), actor.id).toBeLessThan(2);
		expect(Math.abs(after[actor.id].y - before[actor.id].y), actor.id).toBeLessThan(2);
	}
});

test('a page that is not there says so, with the way back to the explorer', async ({ page }) => {
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page here');
	await page.getByRole('link', { name: 'Back to the explorer' }).click();
	await expect(page.locator('svg.framed')).toBeVisible();
});
