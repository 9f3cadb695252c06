import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';

/**
 * Edits made while the browser is killed (SIGKILL, by its own process id) at
 * random moments, again and again, on one profile: after each restart the
 * graph opens whole, and holds every edit made more than ACKNOWLEDGED_MS
 * before the kill. FAULT_KILLS sets how many kills (a few in `npm test`;
 * `npm run test:faults` runs 50).
 */
const KILLS = Number(process.env.FAULT_KILLS ?? 4);
/** An edit is kept once the autosave has had its interval and a moment to write. */
const ACKNOWLEDGED_MS = 1000;

test.describe.configure({ timeout: 60_000 + KILLS * 30_000 });

/** A seeded random number generator, so a failing run can be run again: FAULT_SEED. */
function random(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

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

async function addActor(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page.getByRole('group', { name: 'Add' }).getByRole('button', { name: 'Actor' }).click();
	const editor = page.getByRole('complementary', { name: 'Editor' });
	await editor.getByLabel('Name', { exact: true }).fill(name);
	await editor.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator(`[data-actor="${name.toLowerCase()}"]`)).toBeVisible();
}

test('edits survive the browser killed at random moments, again and again', async ({
	baseURL
}, testInfo) => {
	const base = String(baseURL);
	const profile = mkdtempSync(join(tmpdir(), 'ties-kill-'));
	const seed = Number(process.env.FAULT_SEED ?? Date.now() % 100000);
	const next = random(seed);
	testInfo.annotations.push({ type: 'seed', description: String(seed) });
	/** Every edit made, with when it was on screen. */
	const made: { name: string; at: number }[] = [];
	let largestLoss = 0;
	let killedAt = 0;
	let checked = 0;
	try {
		for (let kill = 0; kill < KILLS; kill++) {
			const { chrome, browser } = await launch(profile, 9300 + (kill % 50));
			const context = browser.contexts()[0];
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(`${base}/?doc=example`);
			await expect(page.locator('svg.framed')).toBeVisible({ timeout: 20_000 });

			// The graph opened whole: every edit made long enough before the last kill is there.
			const shown = new Set(
				await page
					.locator('[data-actor]')
					.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-actor')))
			);
			await expect(page.getByRole('alert')).toHaveCount(0);
			for (const edit of made) {
				const id = edit.name.toLowerCase();
				checked += 1;
				if (shown.has(id)) continue;
				const age = killedAt - edit.at;
				expect(age, `${edit.name}, made ${age} ms before the kill, was lost`).toBeLessThan(
					ACKNOWLEDGED_MS
				);
				largestLoss = Math.max(largestLoss, age);
			}
			made.splice(0, made.length, ...made.filter((edit) => shown.has(edit.name.toLowerCase())));

			// A few edits, then the kill at a random moment: between edits, or in the middle of one's save.
			const edits = 1 + Math.floor(next() * 3);
			for (let i = 0; i < edits; i++) {
				const name = `K${kill}x${i}`;
				await addActor(page, name);
				made.push({ name, at: Date.now() });
			}
			await new Promise((resolve) => setTimeout(resolve, next() * 700));
			const exited = new Promise((resolve) => chrome.once('exit', resolve));
			killedAt = Date.now();
			process.kill(chrome.pid!, 'SIGKILL');
			await exited;
			await browser.close().catch(() => {});
		}

		// The last kill's edits are checked in one more opening.
		const { chrome, browser } = await launch(profile, 9299);
		const context = browser.contexts()[0];
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${base}/?doc=example`);
		await expect(page.locator('svg.framed')).toBeVisible({ timeout: 20_000 });
		for (const edit of made.filter((made) => killedAt - made.at >= ACKNOWLEDGED_MS)) {
			await expect(page.locator(`[data-actor="${edit.name.toLowerCase()}"]`)).toHaveCount(1);
			checked += 1;
		}
		chrome.kill('SIGKILL');
		await browser.close().catch(() => {});
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	// Edits were made and checked, not only kills.
	expect(checked).toBeGreaterThanOrEqual(KILLS);
	const report = `${KILLS} kills, ${checked} edit checks after restarts, largest window of edits lost ${largestLoss} ms (FAULT_SEED=${seed})`;
	testInfo.annotations.push({ type: 'faults', description: report });
	console.log(report);
});
