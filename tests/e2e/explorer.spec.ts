import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { relationTypesOf } from '../../src/lib/model/builtin-types';
import {
	actorCentre,
	cameraOf,
	clickRelation,
	doubleClickOpeningThePanel,
	evidencePanel,
	example,
	openExplorer
} from './graph-page';

const types = relationTypesOf(example);

test.beforeEach(async ({ page }) => {
	await openExplorer(page);
});

test('draws the four actors and every relation type of the example', async ({ page }) => {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(example.title);
	for (const id of ['prk', 'chn', 'rus', 'un']) {
		await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible();
	}
	await expect(page.locator('[data-actor="prk"]')).toContainText('North Korea');
	for (const relation of example.relations) {
		await expect(page.locator(`[data-relation="${relation.id}"]`)).toHaveAttribute(
			'data-type',
			relation.type
		);
	}
	const drawnTypes = await page
		.locator('[data-relation]')
		.evaluateAll((elements) => [...new Set(elements.map((e) => e.getAttribute('data-type')))]);
	expect(drawnTypes.sort()).toEqual([...new Set(example.relations.map((r) => r.type))].sort());
});

test('opens the evidence of a relation of each type, with its quote and a safe link', async ({
	page
}) => {
	// One relation after another, each framed anew: long on a busy machine.
	test.slow();
	const seen = new Set<string>();
	for (const relation of example.relations) {
		if (seen.has(relation.type)) continue;
		seen.add(relation.type);
		await clickRelation(page, relation.id);
		const panel = evidencePanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(relation.summary);
		await expect(panel).toContainText(types.get(relation.type)!.label);
		const first = relation.evidence[0];
		if (first.quote) await expect(panel.locator('blockquote').first()).toHaveText(first.quote);
		else await expect(panel.locator('.note').first()).toContainText(first.note!);
		const source = example.sources.find((s) => s.id === first.source)!;
		const link = panel.getByRole('link', { name: source.title }).first();
		await expect(link).toHaveAttribute('href', source.url!);
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
	}
	expect(seen.size).toBe(new Set(example.relations.map((r) => r.type)).size);
});

test('shows a quote highlighted in the archived text of its source', async ({ page }) => {
	await clickRelation(page, 'chn-prk-trade');
	await evidencePanel(page).getByRole('button', { name: 'Show in source' }).first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('mark')).toHaveText(
		'China serves as North Korea’s primary trading partner'
	);
	await expect(dialog.locator('mark')).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// The first Escape closed only the dialog.
	await expect(evidencePanel(page)).toBeVisible();
});

test('lists an actor’s relations, each leading to its evidence', async ({ page }) => {
	await page.locator('[data-actor="rus"] .body').click();
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Russia');
	await expect(panel.getByRole('listitem')).toHaveCount(
		example.relations.filter((r) => r.source === 'rus' || r.target === 'rus').length
	);
	await panel.getByRole('button', { name: /Arms transfers from North Korea to Russia/ }).click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		example.relations.find((r) => r.id === 'prk-rus-arms')!.summary
	);
	await expect(panel).toContainText('Alleged');
});

test('legend entries hide and show their type', async ({ page }) => {
	const trade = page.getByRole('checkbox', { name: 'Trade', exact: true });
	await expect(trade).toBeChecked();
	await trade.uncheck();
	await expect(page.locator('[data-type="trade"]')).toHaveCount(0);
	await expect(page.locator('[data-type="aid"]')).toHaveCount(1);
	await trade.check();
	await expect(page.locator('[data-type="trade"]')).toHaveCount(1);
});

test('the status filter hides alleged relations', async ({ page }) => {
	await expect(page.locator('[data-status="alleged"]')).toHaveCount(1);
	await page.getByRole('checkbox', { name: 'Alleged', exact: true }).uncheck();
	await expect(page.locator('[data-status="alleged"]')).toHaveCount(0);
	await expect(page.locator('[data-relation]')).toHaveCount(example.relations.length - 1);
});

test('draws alleged and reported relations unlike confirmed ones', async ({ page }) => {
	const alleged = page.locator('[data-relation="prk-rus-arms"]');
	await expect(alleged.locator('.badge')).toHaveText('?');
	// Reported: an empty bead; confirmed and in force: no mark at all.
	await expect(page.locator('[data-relation="chn-prk-aid"] .badge circle')).toHaveCount(1);
	await expect(page.locator('[data-relation="chn-prk-aid"] .badge text')).toHaveCount(0);
	await expect(page.locator('[data-relation="chn-prk-treaty-1961"] .badge')).toHaveCount(0);
});

test('several relations between one pair are separate curves', async ({ page }) => {
	const paths = await page
		.locator('[data-relation^="chn-prk"] .line')
		.evaluateAll((lines) => lines.map((line) => line.getAttribute('d')));
	expect(paths.length).toBe(4);
	expect(new Set(paths).size).toBe(4);
});

test('dragging an actor moves it and its relations, and it stays; double-click lets it go', async ({
	page
}) => {
	// The page's clock is held between the two clicks of the double-click.
	await page.clock.install();
	await openExplorer(page);
	const before = await actorCentre(page, 'un');
	const un = page.locator('[data-actor="un"]');
	const placeBefore = await un.getAttribute('transform');
	const lineBefore = await page
		.locator('[data-relation="un-prk-sanctions"] .line')
		.getAttribute('d');
	await page.mouse.move(before.x, before.y);
	await page.mouse.down();
	await page.mouse.move(before.x - 60, before.y + 80, { steps: 8 });
	await page.mouse.up();
	const after = await actorCentre(page, 'un');
	expect(after.x).toBeCloseTo(before.x - 60, 0);
	expect(after.y).toBeCloseTo(before.y + 80, 0);
	await expect(page.locator('[data-relation="un-prk-sanctions"] .line')).not.toHaveAttribute(
		'd',
		lineBefore!
	);
	// A drag is not a click: no panel opens.
	await expect(evidencePanel(page)).toBeHidden();
	const camera = await cameraOf(page);
	// The first click opens the panel; the view makes room for it only once a double-click would
	// be over, so the second click still finds the actor under the pointer.
	await doubleClickOpeningThePanel(page, after.x, after.y);
	// Back in its place in the layout.
	await expect(un).toHaveAttribute('transform', placeBefore!);
	await expect(page.locator('[data-relation="un-prk-sanctions"] .line')).toHaveAttribute(
		'd',
		lineBefore!
	);
	// And then the view frames the graph beside the panel.
	await expect.poll(async () => (await cameraOf(page)).x).not.toBeCloseTo(camera.x, 0);
});

test('zooms with the wheel and the buttons; Fit frames the graph again', async ({ page }) => {
	const fitted = await cameraOf(page);
	await page.mouse.move(640, 400);
	await page.mouse.wheel(0, -400);
	await expect.poll(async () => (await cameraOf(page)).k).toBeGreaterThan(fitted.k * 1.2);
	await page.getByRole('button', { name: 'Fit' }).click();
	await expect.poll(async () => (await cameraOf(page)).k).toBeCloseTo(fitted.k, 5);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await cameraOf(page)).k).toBeCloseTo(fitted.k * 1.4, 5);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(async () => (await cameraOf(page)).k).toBeCloseTo(fitted.k, 5);
});

test('draws the same picture on every load', async ({ page }) => {
	const places = () =>
		page
			.locator('[data-actor]')
			.evaluateAll((actors) =>
				actors.map((a) => `${a.dataset.actor} ${a.getAttribute('transform')}`)
			);
	const first = await places();
	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	expect(await places()).toEqual(first);
});

test('the graph follows the window', async ({ page }) => {
	await page.setViewportSize({ width: 900, height: 600 });
	await expect(page.locator('svg.framed')).toHaveAttribute('width', '900');
	await page.getByRole('button', { name: 'Fit' }).click();
	for (const id of ['prk', 'chn', 'rus', 'un']) {
		await expect(page.locator(`[data-actor="${id}"] .body`)).toBeInViewport();
	}
});

test('the table lists every relation, sorts by each column and opens evidence', async ({
	page
}) => {
	await page.getByRole('button', { name: 'Table' }).click();
	const table = page.getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(example.relations.length);

	const statusHeader = table.getByRole('columnheader', { name: /Status/ });
	await statusHeader.getByRole('button').click();
	await expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
	await expect(table.locator('tbody tr').last().locator('td').nth(3)).toHaveText('Alleged');
	await statusHeader.getByRole('button').click();
	await expect(statusHeader).toHaveAttribute('aria-sort', 'descending');
	await expect(table.locator('tbody tr').first().locator('td').nth(3)).toHaveText('Alleged');

	const periodHeader = table.getByRole('columnheader', { name: /Since/ });
	await periodHeader.getByRole('button').click();
	const firstDated = example.relations
		.filter((r) => r.since)
		.sort((a, b) => a.since!.localeCompare(b.since!))[0];
	await expect(
		table.locator('tbody tr').nth(example.relations.filter((r) => !r.since).length)
	).toHaveAttribute('data-relation', firstDated.id);

	for (const column of ['Type', 'From', 'To', 'Sources']) {
		const header = table.getByRole('columnheader', { name: new RegExp(column) });
		await header.getByRole('button').click();
		await expect(header).toHaveAttribute('aria-sort', 'ascending');
	}

	const pact = example.relations.find((r) => r.id === 'rus-prk-treaty-2024')!;
	await table.getByRole('button', { name: pact.summary }).click();
	await expect(evidencePanel(page).getByRole('heading', { level: 2 })).toHaveText(pact.summary);
});

test('the keyboard reaches relations and actors, opens and closes evidence', async ({ page }) => {
	const relation = page.locator('[data-relation="un-prk-sanctions"]');
	await relation.focus();
	await page.keyboard.press('Enter');
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		example.relations.find((r) => r.id === 'un-prk-sanctions')!.summary
	);
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(relation).toBeFocused();

	// Tab moves through the drawing: from one relation to the next, then on to the actors.
	await page.keyboard.press('Tab');
	const next = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el?.dataset.relation ?? el?.dataset.actor;
	});
	expect(next).toBeTruthy();
	await page.locator('[data-actor="chn"]').focus();
	await page.keyboard.press('Enter');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China');
});

test('has no accessibility violations: graph, evidence, table', async ({ page }) => {
	// Three full axe runs.
	test.slow();
	const check = async () => {
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	};
	await check();
	await clickRelation(page, 'chn-prk-aid');
	await expect(evidencePanel(page)).toBeVisible();
	await check();
	await page.getByRole('button', { name: 'Table' }).click();
	await check();
});
