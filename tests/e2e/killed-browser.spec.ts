import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import fc from 'fast-check';
import { findChromium } from '../../scripts/find-chromium.mjs';

/**
 * Streams of random edits (fast-check), on two graphs open in two tabs,
 * while the browser is killed (SIGKILL, by its own process id) at random
 * moments, again and again, on one profile: after each restart both graphs
 * open — which they do only once checked against the schema — and each holds
 * every edit made more than ACKNOWLEDGED_MS before the kill: actors added
 * are there, actors deleted are not. FAULT_KILLS sets how many kills (a few
 * in `npm test`; `npm run test:faults` runs 50); FAULT_SEED replays a run.
 */
const KILLS = Number(process.env.FAULT_KILLS ?? 4);
/** An edit is kept once the autosave has had its interval and a moment to write. */
const ACKNOWLEDGED_MS = 1000;

test.describe.configure({ timeout: 90_000 + KILLS * 40_000 });

/** One edit of a stream: to which of the two graphs, what, and a pause after it. */
const EDIT = fc.record({
	graph: fc.constantFrom(0, 1),
	kind: fc.constantFrom('add', 'add', 'delete'),
	/** Which of the actors the test added a deletion takes. */
	which: fc.nat(),
	pause: fc.integer({ min: 0, max: 300 })
});
/** What happens between two restarts: a few edits, then the kill after `killAfter` ms. */
const ROUND = fc.record({
	edits: fc.array(EDIT, { minLength: 1, maxLength: 4 }),
	killAfter: fc.integer({ min: 0, max: 900 })
});

async function launch(
	profile: string,
	port: number
): Promise<{ chrome: ChildProcess; browser: Browser }> {
	const found = findChromium();
	if (!found.found) throw new Error('no Chromium');
	const child = spawn(
		found.path,
		[
			'--headless=new',
			'--no-sandbox',
			'--no-first-run',
			'--no-default-browser-check',
			'--disable-gpu',
			`--user-data-dir=${profile}`,
			`--remote-debugging-port=${port}`,
			'about:blank'
		],
		{ stdio: 'ignore' }
	);
	for (let tries = 0; ; tries++) {
		try {
			const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
			return { chrome: child, browser };
		} catch (error) {
			if (tries > 100) throw error;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

/** Kills Chromium as a crash would, and returns once it has exited. */
async function crash(chrome: ChildProcess, browser: Browser): Promise<void> {
	const exited = new Promise((resolve) => chrome.once('exit', resolve));
	chrome.kill('SIGKILL');
	await exited;
	await browser.close().catch(() => {});
}

async function addActor(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Actor' }).click();
	const editor = page.getByRole('complementary', { name: 'Editor' });
	await editor.getByLabel('Name', { exact: true }).fill(name);
	await editor.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator(`[data-actor="${name.toLowerCase()}"]`)).toBeVisible();
}

async function deleteActor(page: Page, name: string): Promise<void> {
	const mark = page.locator(`[data-actor="${name.toLowerCase()}"]`);
	await mark.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary', { name: 'Evidence' });
	await panel.getByRole('button', { name: 'Delete actor' }).click();
	await panel.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(mark).toHaveCount(0);
}

/** Opens a graph of the library and gives the ids of the actors it shows. */
async function openGraph(page: Page, address: string): Promise<Set<string>> {
	await page.goto(address);
	await expect(page.locator('svg.framed')).toBeVisible({ timeout: 20_000 });
	// Opened, so checked against the schema: a damaged graph shows its problems instead.
	await expect(page.getByRole('alert')).toHaveCount(0);
	return new Set(
		await page
			.locator('[data-actor]')
			.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-actor') ?? ''))
	);
}

/** What the test believes a graph holds: actors it added and deleted, each with when. */
interface Expected {
	added: Map<string, number>;
	deleted: Map<string, number>;
}

test('edits on two graphs survive the browser killed at random moments, again and again', async ({
	baseURL
}, testInfo) => {
	const base = String(baseURL);
	const profile = mkdtempSync(join(tmpdir(), 'ties-kill-'));
	const seed = Number(process.env.FAULT_SEED ?? Date.now() % 100000);
	const rounds = fc.sample(ROUND, { seed, numRuns: KILLS });
	testInfo.annotations.push({ type: 'seed', description: String(seed) });
	const expected: Expected[] = [
		{ added: new Map(), deleted: new Map() },
		{ added: new Map(), deleted: new Map() }
	];
	let largestLoss = 0;
	let killedAt = 0;
	let checked = 0;
	let edits = 0;

	/** Compares a graph as it opened with what it should hold; what was lost must be recent. */
	const check = (graph: Expected, shown: Set<string>) => {
		const lost = (what: string, at: number) => {
			const age = killedAt - at;
			expect(age, `${what}, ${age} ms before the kill, was lost`).toBeLessThan(ACKNOWLEDGED_MS);
			largestLoss = Math.max(largestLoss, age);
		};
		for (const [id, at] of graph.added) {
			checked += 1;
			if (shown.has(id)) continue;
			lost(`Adding ${id}`, at);
			graph.added.delete(id);
		}
		for (const [id, at] of graph.deleted) {
			checked += 1;
			if (shown.has(id)) {
				lost(`Deleting ${id}`, at);
				graph.added.set(id, 0);
			}
			graph.deleted.delete(id);
		}
	};

	try {
		// A second graph of the library, beside the example.
		let second: string;
		{
			const { chrome, browser } = await launch(profile, 9250);
			const page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
			await page.goto(`${base}/`);
			await page.getByRole('button', { name: 'Library' }).click();
			await page
				.getByRole('dialog', { name: 'Library' })
				.getByRole('button', { name: 'New graph' })
				.click();
			await expect(page).toHaveURL(/doc=/);
			second = new URL(page.url()).searchParams.get('doc')!;
			await addActor(page, 'Seedland');
			await page.waitForTimeout(ACKNOWLEDGED_MS);
			await crash(chrome, browser);
		}
		const addresses = [`${base}/?doc=example`, `${base}/?doc=${second}`];

		for (const [kill, round] of rounds.entries()) {
			const { chrome, browser } = await launch(profile, 9300 + (kill % 50));
			const context = browser.contexts()[0];
			const pages = [context.pages()[0] ?? (await context.newPage()), await context.newPage()];
			for (const [i, page] of pages.entries())
				check(expected[i], await openGraph(page, addresses[i]));

			// The round's edits, then the kill at its moment: between edits, or in a save.
			for (const [i, edit] of round.edits.entries()) {
				const page = pages[edit.graph];
				const graph = expected[edit.graph];
				const deletable = [...graph.added.keys()];
				if (edit.kind === 'delete' && deletable.length > 0) {
					const id = deletable[edit.which % deletable.length];
					await deleteActor(page, id);
					graph.added.delete(id);
					graph.deleted.set(id, Date.now());
				} else {
					const name = `K${kill}x${i}`;
					await addActor(page, name);
					graph.added.set(name.toLowerCase(), Date.now());
				}
				edits += 1;
				await page.waitForTimeout(edit.pause);
			}
			await new Promise((resolve) => setTimeout(resolve, round.killAfter));
			killedAt = Date.now();
			await crash(chrome, browser);
		}

		// The last kill's edits are checked in one more opening.
		const { chrome, browser } = await launch(profile, 9299);
		const context = browser.contexts()[0];
		const pages = [context.pages()[0] ?? (await context.newPage()), await context.newPage()];
		for (const [i, page] of pages.entries())
			check(expected[i], await openGraph(page, addresses[i]));
		await crash(chrome, browser);
	} finally {
		// Chromium's helper processes outlive the browser by a moment and may still be writing to
		// the profile ("directory not empty"): the removal tries again for up to two seconds.
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
	// Edits were made and checked, not only kills.
	expect(edits).toBeGreaterThanOrEqual(KILLS);
	expect(checked).toBeGreaterThanOrEqual(KILLS);
	const report = `${KILLS} kills, ${edits} edits on 2 graphs in 2 tabs, ${checked} checks after restarts, largest window of edits lost ${largestLoss} ms (FAULT_SEED=${seed})`;
	testInfo.annotations.push({ type: 'faults', description: report });
	console.log(report);
});
