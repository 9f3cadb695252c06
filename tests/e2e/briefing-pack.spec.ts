import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
	expect,
	test,
	type Browser,
	type BrowserContext,
	type Page,
	type TestInfo
} from '@playwright/test';
import { add, editor } from './forms-page';
import { example, openExplorer, relationMiddle } from './graph-page';

/**
 * Export → Briefing pack: one HTML file that opens from a share, a mail or a
 * stick by double-click (file://), with no server and no network, and keeps
 * the app's policy: the read-only explorer and the presentation, as on the site.
 */

const SCREENSHOTS = 'tests/e2e/screenshots';
const story = example.story!;
/** A relation of the example with a quote found in its source's archived text. */
const QUOTED = 'chn-prk-diplomatic';
const quoted = example.relations.find((relation) => relation.id === QUOTED)!;

/** Exports the briefing pack of the graph open in `page`, saved as an .html file. */
async function exportPack(page: Page, testInfo: TestInfo, name: string): Promise<string> {
	await page.getByRole('button', { name: 'Export' }).click();
	const panel = page.getByRole('dialog', { name: 'Export' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: 'Briefing pack (.html)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.briefing\.html$/);
	const path = testInfo.outputPath(name);
	await download.saveAs(path);
	return path;
}

/** What left the file, and what the policy refused, while a pack was open. */
interface Watch {
	requests: string[];
	violations: string[];
}

/**
 * A fresh browser, as on the reader's machine, where nothing may leave the
 * file: every request that is not for the file itself is refused and noted,
 * as is every breach of the policy.
 */
async function offlineContext(
	browser: Browser
): Promise<{ context: BrowserContext; watch: Watch }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const watch: Watch = { requests: [], violations: [] };
	const inside = (url: string) => /^(file|data|blob):/.test(url);
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (inside(url)) return route.continue();
		watch.requests.push(url);
		return route.abort('blockedbyclient');
	});
	context.on('request', (request) => {
		if (!inside(request.url())) watch.requests.push(request.url());
	});
	context.on('page', (page) => watchPage(page, watch));
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
		)
	);
	return { context, watch };
}

function watchPage(page: Page, watch: Watch): void {
	page.on('console', (message) => {
		if (/Content Security Policy|CSP violation/i.test(message.text())) {
			watch.violations.push(message.text());
		}
	});
	page.on('pageerror', (error) => watch.violations.push(`error: ${error.message}`));
}

test('the briefing pack of the example opens from disk, offline, to explore and to present', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(90_000);
	await openExplorer(page);
	const path = await exportPack(page, testInfo, 'example.briefing.html');
	const bytes = statSync(path).size;
	testInfo.annotations.push({ type: 'pack size', description: `${bytes} bytes` });
	expect(bytes).toBeLessThan(400_000);

	const { context, watch } = await offlineContext(browser);
	const pack = await context.newPage();
	await pack.goto(pathToFileURL(path).href);

	// The explorer, read only: the picture, no editing, no library, no files in or out.
	await expect(pack.getByRole('heading', { level: 1 })).toHaveText(example.title);
	await expect(pack).toHaveTitle(`${example.title} — Ties briefing pack`);
	await expect(pack.locator('[data-actor]')).toHaveCount(example.actors.length);
	for (const absent of ['Add', 'Undo', 'Library', 'Open file', 'Export']) {
		await expect(pack.getByRole('button', { name: absent, exact: true })).toHaveCount(0);
	}

	// A relation, its evidence and the quote in its source.
	await pack.waitForTimeout(500);
	const { x, y } = await relationMiddle(pack, QUOTED);
	await pack.mouse.click(x, y);
	const panel = pack.getByRole('complementary', { name: 'Evidence' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(quoted.summary);
	const item = panel.locator('li.evidence').first();
	await expect(item.locator('blockquote')).toHaveText(quoted.evidence[0].quote!);
	await expect(panel.getByRole('button', { name: /^(Edit|Delete|Remove)/ })).toHaveCount(0);
	await pack.screenshot({ path: `${SCREENSHOTS}/briefing-pack.png` });
	await item.getByRole('button', { name: 'Show in source' }).click();
	const sourceText = pack.getByRole('dialog');
	await expect(sourceText).toBeVisible();
	await expect(sourceText.locator('mark')).toContainText(quoted.evidence[0].quote!.slice(0, 20));
	await pack.keyboard.press('Escape');
	await expect(sourceText).toBeHidden();

	// The filters and the time line.
	const sanctions = pack.getByRole('checkbox', { name: 'Sanctions', exact: true });
	await sanctions.uncheck();
	await expect(pack.locator('[data-type="sanctions"]')).toHaveCount(0);
	await sanctions.check();
	await expect(pack.locator('[data-type="sanctions"]')).toHaveCount(1);
	await pack.getByRole('slider', { name: 'As-of year' }).fill('1949');
	await expect(pack.locator('.top-bar .as-of')).toHaveText('As of 31 Dec 1949');
	await pack.getByRole('slider', { name: 'As-of year' }).fill('2024');

	// The table.
	await pack.getByRole('button', { name: 'Table', exact: true }).click();
	const table = pack.getByRole('table');
	await expect(table.locator('tr[data-relation]')).toHaveCount(example.relations.length);
	await pack.getByRole('button', { name: 'Graph', exact: true }).click();

	// The presentation, its step keys and the presenter's notes.
	await pack.getByRole('link', { name: 'Present' }).click();
	await expect(pack).toHaveURL(/\.html#\/present/);
	await expect(pack.getByRole('heading', { level: 1 })).toHaveText(story[0].title);
	// Nothing that needs the site: no print-ready deck page, no deck writer.
	await expect(pack.getByRole('button', { name: 'Handout' })).toBeVisible();
	await expect(pack.getByRole('button', { name: /Slides \(PDF\)|PowerPoint/ })).toHaveCount(0);
	await pack.keyboard.press('ArrowRight');
	await expect(pack.getByRole('heading', { level: 1 })).toHaveText(story[1].title);
	await expect(pack).toHaveURL(/\.html#\/present\?step=2$/);
	const [presenter] = await Promise.all([context.waitForEvent('page'), pack.keyboard.press('p')]);
	await expect(presenter).toHaveURL(/\.html#\/present\/presenter\?step=2$/);
	await expect(presenter.getByRole('heading', { name: `Now: ${story[1].title}` })).toBeVisible();
	await expect(presenter.locator('.notes')).toHaveText(story[1].notes!);
	await presenter.getByRole('button', { name: 'Next →' }).click();
	await expect(presenter.locator('.notes')).toHaveText(story[2].notes!);
	// Back on the stage, the explorer is one link away.
	await pack
		.getByRole('link', { name: /explorer/i })
		.first()
		.click();
	await expect(pack.getByRole('heading', { level: 1 })).toHaveText(example.title);

	expect(watch.requests, 'requests that left the file').toEqual([]);
	expect(watch.violations, 'breaches of the policy, and errors').toEqual([]);
	await context.close();
});

test('a graph that lives only in the library makes its own pack', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(90_000);
	const TITLE = 'Yellow Sea transfers </script><!--';
	await openExplorer(page);
	await page.getByRole('button', { name: 'Library' }).click();
	const library = page.getByRole('dialog', { name: 'Library' });
	await library.getByRole('button', { name: 'New graph' }).click();
	await page.getByRole('button', { name: 'Library' }).click();
	await library.getByRole('button', { name: /^Rename Untitled network/ }).click();
	await library.getByLabel('Title').fill(TITLE);
	await library.getByRole('button', { name: 'Save' }).click();
	await page.keyboard.press('Escape');
	await add(page, 'Actor');
	await editor(page).getByLabel('Name', { exact: true }).fill('Panama');
	await editor(page).getByLabel('Kind', { exact: true }).selectOption('state');
	await editor(page).getByRole('button', { name: 'Save' }).click();
	await expect(editor(page)).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

	const path = await exportPack(page, testInfo, 'own.briefing.html');
	const { context, watch } = await offlineContext(browser);
	const pack = await context.newPage();
	await pack.goto(pathToFileURL(path).href);
	await expect(pack.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(pack.locator('[data-actor]')).toHaveCount(1);
	expect(watch.requests).toEqual([]);
	expect(watch.violations).toEqual([]);
	await context.close();
});
