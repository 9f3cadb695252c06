import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { actorCentre, cameraAtRest, openExplorer } from './graph-page';
import { add, editor, pick } from './forms-page';

/**
 * An analyst's own network, built through the forms: new actors land near
 * what they are tied to, names never run into each other or into a circle
 * (on screen and in the exported SVG), and Tidy layout lays out again what
 * the analyst has not placed, as one step to undo.
 */

const IRGC = 'Islamic Revolutionary Guard Corps';
const ACTORS: [name: string, kind: string][] = [
	['Iran', 'state'],
	['Russia', 'state'],
	['EU', 'organization'],
	[IRGC, 'organization'],
	['Sudan', 'state']
];
const RELATIONS: [from: string, to: string, type: string, summary: string][] = [
	['Russia', 'Iran', 'trade', 'Russia and Iran trade oil and grain'],
	['Russia', 'Iran', 'aid', 'Russia sends aid to Iran'],
	['EU', 'Iran', 'sanctions', 'The EU sanctions Iran'],
	['Iran', IRGC, 'aid', 'Iran funds the IRGC'],
	[IRGC, 'Sudan', 'aid', 'The IRGC supplies drones to Sudan'],
	['EU', 'Russia', 'sanctions', 'The EU sanctions Russia']
];

async function save(page: Page) {
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(editor(page)).toBeHidden();
}

/** Every actor's place in graph units, as the picture's marks say. */
async function places(page: Page): Promise<Map<string, { x: number; y: number }>> {
	const marks = await page
		.locator('[data-actor]')
		.evaluateAll((gs) =>
			gs.map((g) => [g.getAttribute('data-actor')!, g.getAttribute('transform')!] as const)
		);
	return new Map(
		marks.map(([id, transform]) => {
			const [x, y] = [...transform.matchAll(/-?[\d.]+/g)].map(Number);
			return [id, { x, y }];
		})
	);
}

/** What overlaps among the names and circles of an SVG shown in `page` (the explorer, or an export). */
async function clashes(page: Page, picture = 'svg.framed'): Promise<string[]> {
	return page
		.locator(picture)
		.first()
		.evaluate((svg) => {
			const found: string[] = [];
			const marks = [...svg.querySelectorAll('g[data-actor]')].map((g) => {
				const name = g.querySelector('text.name')!.getBoundingClientRect();
				const body = g.querySelector('circle.body')!.getBoundingClientRect();
				return {
					id: g.getAttribute('data-actor')!,
					name,
					shown: name.width > 0,
					circle: { x: body.x + body.width / 2, y: body.y + body.height / 2, r: body.width / 2 }
				};
			});
			// A pixel of slack: a font's glyph boxes are rounded to whole pixels.
			const overlap = (a: DOMRect, b: DOMRect) =>
				a.left + 1 < b.right &&
				b.left + 1 < a.right &&
				a.top + 1 < b.bottom &&
				b.top + 1 < a.bottom;
			for (const [i, one] of marks.entries()) {
				if (!one.shown) continue;
				for (const other of marks.slice(i + 1))
					if (other.shown && overlap(one.name, other.name)) found.push(`${one.id} × ${other.id}`);
				for (const other of marks) {
					if (other === one) continue;
					const { x, y, r } = other.circle;
					const dx = x - Math.max(one.name.left, Math.min(x, one.name.right));
					const dy = y - Math.max(one.name.top, Math.min(y, one.name.bottom));
					if (Math.hypot(dx, dy) < r - 1) found.push(`${one.id} name × ${other.id} circle`);
				}
			}
			return found;
		});
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

/** How far the places spread across their thinnest direction: near 0 for a row or a column. */
function thinnestSpread(points: { x: number; y: number }[]): number {
	const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
	const my = points.reduce((s, p) => s + p.y, 0) / points.length;
	let [xx, yy, xy] = [0, 0, 0];
	for (const p of points) {
		xx += (p.x - mx) ** 2 / points.length;
		yy += (p.y - my) ** 2 / points.length;
		xy += ((p.x - mx) * (p.y - my)) / points.length;
	}
	const smallest = (xx + yy) / 2 - Math.sqrt(((xx - yy) / 2) ** 2 + xy ** 2);
	return Math.sqrt(Math.max(0, smallest));
}

test('an analyst’s own network: placed near its ties, names clear, tidied and undone', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	await page.getByRole('button', { name: 'Library' }).click();
	const library = page.getByRole('dialog', { name: 'Library' });
	await library.getByRole('button', { name: 'New graph' }).click();
	await expect(page.getByRole('heading', { name: 'This network has no actors yet' })).toBeVisible();

	await add(page, 'Source');
	const form = editor(page);
	await form.getByLabel('Title', { exact: true }).fill('Iran’s partners and adversaries');
	await form.getByLabel('Publisher', { exact: true }).fill('Example Wire');
	await form.getByLabel('URL', { exact: true }).fill('https://example.org/iran');
	await form.getByLabel('Published', { exact: true }).fill('2024-10-06');
	await save(page);

	for (const [name, kind] of ACTORS) {
		await add(page, 'Actor');
		await form.getByLabel('Name', { exact: true }).fill(name);
		await form.getByLabel('Kind', { exact: true }).selectOption(kind);
		await save(page);
	}
	const ids = await page
		.locator('[data-actor]')
		.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-actor')!));
	expect(ids).toHaveLength(ACTORS.length);
	// Not a diagonal row at the edge: the new actors spread both ways.
	expect(thinnestSpread([...(await places(page)).values()])).toBeGreaterThan(30);

	for (const [from, to, type, summary] of RELATIONS) {
		await add(page, 'Relation');
		await form.getByLabel('Type', { exact: true }).selectOption(type);
		await pick(page, 'From', from, from);
		await pick(page, 'To', to, to);
		await form.getByLabel('Summary').fill(summary);
		await pick(page, 'Source', 'partners', /Iran’s partners/);
		await form.getByLabel('Note — your paraphrase or comment').fill(summary);
		await save(page);
	}
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Fit' }).click();
	await cameraAtRest(page);

	// Each actor stands nearer one of its ties than the farthest actor.
	const placed = await places(page);
	const idOf = new Map(
		await page
			.locator('[data-actor]')
			.evaluateAll((gs) =>
				gs.map((g) => [g.getAttribute('aria-label')!, g.getAttribute('data-actor')!] as const)
			)
	);
	const id = (name: string) => [...idOf].find(([label]) => label.includes(name))![1];
	for (const [name] of ACTORS) {
		const here = placed.get(id(name))!;
		const ties = RELATIONS.flatMap(([a, b]) => (a === name ? [b] : b === name ? [a] : []));
		const nearestTie = Math.min(...ties.map((tie) => distance(here, placed.get(id(tie))!)));
		const farthest = Math.max(...[...placed.values()].map((other) => distance(here, other)));
		expect(nearestTie, name).toBeLessThan(farthest);
	}
	expect(thinnestSpread([...placed.values()])).toBeGreaterThan(30);

	// Names clear of each other and of the circles, on screen…
	expect(await clashes(page)).toEqual([]);
	// No dates yet, so no time line: not even its empty box.
	await expect(page.locator('.time-dock')).toBeHidden();
	await page.screenshot({ path: 'tests/e2e/screenshots/own-graph-desktop.png' });

	// …and in the exported SVG, drawn by the browser on its own.
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const exportPanel = page.getByRole('dialog', { name: 'Export' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		exportPanel.getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = readFileSync(await download.path(), 'utf8');
	expect(svg).toContain(`<title>${IRGC}`);
	const picture = await page.context().newPage();
	await picture.setViewportSize({ width: 1440, height: 900 });
	await picture.setContent(svg);
	expect(await picture.locator('g[data-actor]').count()).toBe(ACTORS.length);
	expect(await clashes(picture, 'svg')).toEqual([]);
	await picture.close();

	// Tidy layout lays out again what the analyst has not placed; a dragged actor stays.
	const sudan = id('Sudan');
	const from = await actorCentre(page, sudan);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + 90, from.y + 70, { steps: 6 });
	await page.mouse.up();
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
		'title',
		'Undo Move Sudan'
	);
	const beforeTidy = await places(page);
	await page.getByRole('button', { name: 'Tidy layout' }).click();
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
		'title',
		'Undo Tidy layout'
	);
	const tidied = await places(page);
	expect(tidied.get(sudan)).toEqual(beforeTidy.get(sudan));
	const moved = [...tidied].filter(([actor, p]) => distance(p, beforeTidy.get(actor)!) > 1);
	expect(moved.length).toBeGreaterThan(0);
	expect(await clashes(page)).toEqual([]);
	await page.getByRole('button', { name: 'Fit' }).click();
	await cameraAtRest(page);
	await page.screenshot({ path: 'tests/e2e/screenshots/own-graph-tidied.png' });

	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	expect(await places(page)).toEqual(beforeTidy);

	// On a phone the names are drawn larger, and placed again so that they still overlap nothing.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('button', { name: 'Fit' }).click();
	await cameraAtRest(page);
	expect(await clashes(page)).toEqual([]);
	await page.screenshot({ path: 'tests/e2e/screenshots/own-graph-phone.png' });
});
