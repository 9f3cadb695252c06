import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { exportCsv } from '../../src/lib/csv/csv-export';
import { exportActorsCsv } from '../../src/lib/csv/actors-csv';
import type { GraphFile } from '../../src/lib/model/schema';
import { clickRelation, evidencePanel, example, openExplorer } from './graph-page';

const SCREENSHOTS = 'tests/e2e/screenshots';
const HOSTILE = new URL('../fixtures/hostile/', import.meta.url);

/** A file as the analyst hands it to the page. */
interface FileToGive {
	name: string;
	mimeType: string;
	buffer: Buffer;
}

const fixture = (name: string): FileToGive => ({
	name,
	mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
	buffer: readFileSync(new URL(name, HOSTILE))
});

const made = (name: string, text: string): FileToGive => ({
	name,
	mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
	buffer: Buffer.from(text)
});

/**
 * Each refused file, and words its alert must show. The others in the folder
 * (script-in-label.json, formula-injection.csv) open, their text inert.
 */
const REFUSED: Record<string, string> = {
	'javascript-url.json': 'sources[0].url: must be an http:// or https:// link',
	'data-url.json': 'sources[0].url: must be an http:// or https:// link',
	'duplicate-ids.json': 'actors[2].id: another actor already has the id "prk"',
	'dangling-references.json': 'relations[0].target: no actor has the id "rus"',
	'wrong-types.json': 'actors[0].name: must be a string, not an array',
	'truncated.json': 'line 33, column 27: the file ends inside the text',
	'unbalanced-quotes.csv':
		'row 3, column quote: the quoted cell that starts on line 3 is never closed',
	'bad-date.csv': 'row 3, column since: "2024-13-01" is not a date: month 13 does not exist'
};

/** A small network of its own, to see a file replace the example. */
const small: GraphFile = {
	title: 'Arms for shells',
	asOf: '2024-10-06',
	actors: [
		{ id: 'rus', name: 'Russia', kind: 'state', code: 'RUS' },
		{ id: 'prk', name: 'North Korea', kind: 'state', code: 'PRK' },
		{ id: 'irn', name: 'Iran', kind: 'state', code: 'IRN' }
	],
	sources: [
		{
			id: 'ap',
			title: 'AP report, "shells for technology"',
			publisher: 'AP',
			url: 'https://apnews.com/article/x',
			published: '2024-10-06'
		}
	],
	relations: [
		{
			id: 'prk-rus-arms',
			type: 'aid',
			source: 'prk',
			target: 'rus',
			status: 'reported',
			summary: 'North Korea sends artillery shells to Russia',
			evidence: [
				{ source: 'ap', quote: 'millions of shells,\nshipped by rail' },
				{ source: 'ap', note: '=a formula, kept as text' }
			]
		},
		{
			id: 'irn-rus-drones',
			type: 'aid',
			source: 'irn',
			target: 'rus',
			status: 'alleged',
			summary: 'Iran supplies drones to Russia',
			evidence: [{ source: 'ap', note: 'Reported, not confirmed' }]
		}
	]
};

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Every CSP violation and console error of the page, from its first script on. */
async function watchForViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') seen.push(message.text());
	});
	page.on('pageerror', (error) => seen.push(error.message));
	// Markup in a file must never run: an alert() would be the proof that it did.
	page.on('dialog', (dialog) => {
		seen.push(`a dialog opened: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return seen;
}

const openButton = (page: Page) => page.getByRole('button', { name: 'Open file…' });
const problems = (page: Page) => page.getByRole('alert');

/** Chooses `files` through the Open control's file dialog. */
async function chooseFiles(page: Page, files: FileToGive[]): Promise<void> {
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), openButton(page).click()]);
	expect(chooser.isMultiple()).toBe(true);
	await chooser.setFiles(files);
}

/** Drags `files` over the page (the overlay shows), then drops them unless told not to. */
async function dragFiles(page: Page, files: FileToGive[], drop = true): Promise<void> {
	const given = files.map((file) => ({ ...file, buffer: file.buffer.toString('base64') }));
	const transfer = await page.evaluateHandle((list) => {
		const data = new DataTransfer();
		for (const file of list) {
			const bytes = Uint8Array.from(atob(file.buffer), (c) => c.charCodeAt(0));
			data.items.add(new File([bytes], file.name, { type: file.mimeType }));
		}
		return data;
	}, given);
	const stage = page.locator('main.stage');
	await stage.dispatchEvent('dragenter', { dataTransfer: transfer });
	await stage.dispatchEvent('dragover', { dataTransfer: transfer });
	await expect(page.locator('[data-drop-overlay]')).toBeVisible();
	if (drop)
		await page.locator('[data-drop-overlay]').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The example is still drawn, as it was. */
async function expectExampleStays(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(example.title);
	for (const id of ['prk', 'chn', 'rus', 'un']) {
		await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible();
	}
	await expect(page.locator('[data-relation]')).toHaveCount(example.relations.length);
}

async function dismiss(page: Page, message: Locator): Promise<void> {
	await message.getByRole('button', { name: 'Dismiss' }).click();
	await expect(message).toBeHidden();
}

test('every refused fixture shows its problem, and the example stays drawn', async ({ page }) => {
	const seen = await watchForViolations(page);
	await openExplorer(page);
	const folder = readdirSync(HOSTILE).filter((name) => /\.(json|csv)$/.test(name));
	expect(folder.sort()).toEqual(
		[...Object.keys(REFUSED), 'script-in-label.json', 'formula-injection.csv'].sort()
	);
	for (const [name, words] of Object.entries(REFUSED)) {
		await chooseFiles(page, [fixture(name)]);
		const alert = problems(page);
		await expect(alert).toContainText(`${name} could not be opened`);
		await expect(alert).toContainText('The graph on screen is unchanged.');
		await expect(alert).toContainText(words);
		await expectExampleStays(page);
		await dismiss(page, alert);
		await expect(openButton(page)).toBeFocused();
	}
	expect(seen).toEqual([]);
});

test('a 10 MB text and JSON nested 100,000 deep are refused, the page unharmed', async ({
	page
}) => {
	// Handing 10 MB to the file chooser alone takes seconds on a busy machine.
	test.setTimeout(90_000);
	const seen = await watchForViolations(page);
	await openExplorer(page);
	const long = { ...small, title: 'x'.repeat(10 * 1024 * 1024) };
	await chooseFiles(page, [made('long-text.json', JSON.stringify(long))]);
	await expect(problems(page)).toContainText(
		'long-text.json title: a text of 10,485,760 characters is too long to open (at most 1,000,000)'
	);
	await expectExampleStays(page);
	await chooseFiles(page, [made('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]);
	await expect(problems(page)).toContainText(
		'deep.json [0][0][0][0]…: the JSON is nested more than 100 levels deep'
	);
	await expectExampleStays(page);
	expect(seen).toEqual([]);
});

test('a graph file opens and replaces the example', async ({ page }) => {
	const seen = await watchForViolations(page);
	await openExplorer(page);
	await chooseFiles(page, [made('arms.json', JSON.stringify(small))]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arms for shells');
	for (const id of ['rus', 'prk', 'irn']) {
		await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible();
	}
	await expect(page.locator('[data-relation]')).toHaveCount(2);
	await expect(page.locator('[data-actor="chn"]')).toHaveCount(0);
	await expect(problems(page)).toHaveCount(0);
	expect(seen).toEqual([]);
});

test('a file from an older Ties opens; one from a newer Ties is refused, saying so', async ({
	page
}) => {
	await openExplorer(page);
	const newer = { ...small, format: 99, layers: [{ id: 'future' }] };
	await chooseFiles(page, [made('from-the-future.json', JSON.stringify(newer))]);
	await expect(problems(page)).toContainText(
		'from-the-future.json format: is 99: the file was written by a newer version of Ties'
	);
	await expectExampleStays(page);

	const older = readFileSync(
		new URL('../fixtures/formats/format-1-first-example.json', import.meta.url),
		'utf8'
	);
	await chooseFiles(page, [made('first-example.json', older)]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('DPRK, PRC, Russia and the UN');
	await expect(page.locator('[data-actor="prk"]')).toBeVisible();
	await expect(problems(page)).toHaveCount(0);
});

test('a relations CSV with its actors CSV opens as their graph, and says what CSV lacks', async ({
	page
}) => {
	const seen = await watchForViolations(page);
	await openExplorer(page);
	// A sheet kept by hand, without the sources' publication dates the export writes.
	const undated = small.sources.map((source) => ({ ...source, published: '' }));
	await chooseFiles(page, [
		made('arms-actors.csv', exportActorsCsv(small)),
		made('arms-relations.csv', exportCsv({ ...small, sources: undated }))
	]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('arms-relations');
	for (const id of ['rus', 'prk', 'irn']) {
		await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible();
	}
	await expect(page.locator('[data-relation="prk-rus-arms"]')).toHaveAttribute('data-type', 'aid');
	await expect(page.locator('[data-relation="irn-rus-drones"]')).toBeVisible();
	const status = page.getByRole('status').filter({ hasText: 'Opened arms-relations.csv' });
	await expect(status).toContainText('1 source has no publication date in arms-relations.csv');
	await page.screenshot({ path: `${SCREENSHOTS}/desktop-import-notes.png` });
	await dismiss(page, status);
	expect(seen).toEqual([]);
});

/** A network as NetworkX, Gephi or yEd wrote it (tests/fixtures/interchange). */
const interchange = (name: string): FileToGive => ({
	name,
	mimeType: name.endsWith('.json') ? 'application/json' : 'application/xml',
	buffer: readFileSync(new URL(`../fixtures/interchange/${name}`, import.meta.url))
});

for (const size of [
	{ name: 'wide', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
]) {
	test(`NetworkX's Les Misérables and a yEd GraphML open through the file picker at ${size.width}×${size.height}`, async ({
		page
	}) => {
		const seen = await watchForViolations(page);
		await page.setViewportSize(size);
		await openExplorer(page);
		// The file dialog offers GEXF and GraphML beside JSON and CSV.
		await expect(page.locator('input[type="file"][multiple]')).toHaveAttribute(
			'accept',
			/\.gexf,\.graphml,\.xml/
		);
		await chooseFiles(page, [interchange('les-miserables.json')]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('les-miserables');
		await expect(page.locator('[data-actor="valjean"]')).toBeVisible();
		await expect(page.locator('[data-actor]')).toHaveCount(77);
		await expect(page.locator('[data-relation]')).toHaveCount(254);
		const lesMis = page.getByRole('status').filter({ hasText: 'Opened les-miserables.json' });
		await expect(lesMis).toContainText('gives no evidence');
		await expect(lesMis).toContainText('"Napoleon" → napoleon, "Myriel" → myriel');
		await expect(lesMis).toContainText('were not kept: on links, weight (254 links)');
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-open-networkx.png` });
		await dismiss(page, lesMis);

		await chooseFiles(page, [interchange('yed-alliances.graphml')]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('yed-alliances');
		for (const id of ['n0', 'n1', 'n2', 'n3']) {
			await expect(page.locator(`[data-actor="${id}"]`)).toBeVisible();
		}
		await expect(page.locator('[data-actor="n0"]')).toContainText('North Korea');
		await expect(page.locator('[data-relation="e3"]')).toHaveAttribute('data-type', 'sanctions');
		const yed = page.getByRole('status').filter({ hasText: 'Opened yed-alliances.graphml' });
		await expect(yed).toContainText('is a yEd GraphML file');
		await expect(yed).toContainText(
			'New relation type made from the file: "Arms transfer"; those it gives no type are of a new type, "Tie".'
		);
		await expect(yed).toContainText('on nodes, description (1 node), url (1 node)');
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-open-yed.png` });
		await expect(problems(page)).toHaveCount(0);
		expect(seen).toEqual([]);
	});
}

test('files dropped anywhere on the page open; the overlay shows while dragging', async ({
	page
}) => {
	const seen = await watchForViolations(page);
	await openExplorer(page);
	await dragFiles(page, [made('arms.json', JSON.stringify(small))], false);
	await expect(page.locator('[data-drop-overlay]')).toContainText('Drop to open');
	await page.screenshot({ path: `${SCREENSHOTS}/desktop-drop-overlay.png` });
	await page.locator('[data-drop-overlay]').dispatchEvent('dragleave');
	await expect(page.locator('[data-drop-overlay]')).toBeHidden();

	await dragFiles(page, [fixture('bad-date.csv')]);
	await expect(page.locator('[data-drop-overlay]')).toBeHidden();
	await expect(problems(page)).toContainText('bad-date.csv row 4, column URL');
	await expectExampleStays(page);

	await dragFiles(page, [made('arms.json', JSON.stringify(small))]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arms for shells');
	await expect(problems(page)).toHaveCount(0);
	expect(seen).toEqual([]);
});

test('markup in labels shows as text on the page, in the evidence and in the SVG export', async ({
	page
}) => {
	const seen = await watchForViolations(page);
	await openExplorer(page);
	await chooseFiles(page, [fixture('script-in-label.json')]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		"<script>alert('title')</script> Hostile labels"
	);
	await expect(page.locator('[data-actor="prk"]')).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.locator('[data-actor="chn"]')).toContainText('<script>alert(3)</script>');
	await expect(page.locator('main img, main iframe, main script, main b')).toHaveCount(0);

	await clickRelation(page, 'chn-prk-trade');
	const evidence = evidencePanel(page);
	await expect(evidence.getByRole('heading', { level: 2 })).toHaveText(
		'<b onmouseover=alert(4)>bold</b> & {@html x}'
	);
	await expect(evidence.locator('blockquote')).toHaveText(
		'<iframe src="javascript:alert(5)"></iframe>'
	);
	await expect(evidence).toContainText('</title><script>alert(7)</script>');
	await expect(evidence.locator('iframe, script, b, img')).toHaveCount(0);
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: 'Table' }).click();
	await expect(page.getByRole('table')).toContainText('<b onmouseover=alert(4)>bold</b>');
	await page.getByRole('button', { name: 'Graph' }).click();

	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const panel = page.getByRole('dialog', { name: 'Export' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = readFileSync(await download.path(), 'utf8');
	expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
	const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
	for (const name of ['script', 'img', 'iframe', 'foreignObject']) {
		expect(document.getElementsByTagName(name).length, name).toBe(0);
	}
	expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i);
	await page.screenshot({ path: `${SCREENSHOTS}/desktop-hostile-labels.png` });
	expect(seen).toEqual([]);
});

test('the briefing of a hostile graph shows its markup as text', async ({ page }) => {
	const seen = await watchForViolations(page);
	await page.route(
		(url) => url.pathname === '/hostile-labels.json',
		(route) =>
			route.fulfill({
				contentType: 'application/json',
				body: fixture('script-in-label.json').buffer
			})
	);
	await page.goto('/present?graph=/hostile-labels.json');
	await expect(page.locator('.stage .slide')).toBeVisible();
	await expect(page.locator('.stage')).toContainText('<img src=x onerror=alert(1)>');
	await expect(page.locator('.stage img, .stage script, .stage iframe')).toHaveCount(0);
	expect(seen).toEqual([]);
});

test('the Content Security Policy lets the explorer, its exports, the briefing and the bench work', async ({
	page
}) => {
	// Three pages, two exports and a benchmark run.
	test.slow();
	const seen = await watchForViolations(page);
	await openExplorer(page);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("script-src 'self' 'sha256-");
	expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);

	const exportButton = page.getByRole('button', { name: 'Export', exact: true });
	const panel = page.getByRole('dialog', { name: 'Export' });
	for (const format of ['Export SVG', 'Export PNG']) {
		await exportButton.click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			panel.getByRole('button', { name: format }).click()
		]);
		expect(await download.failure()).toBeNull();
	}

	await page.goto('/present');
	await expect(page.locator('.stage .slide')).toBeVisible();

	await page.goto('/bench?graph=/graphs/dprk-prc-russia-un.json&settleCap=2000');
	// The page starts its run once it has mounted, which can be after the load event.
	await page.waitForFunction(() => '__bench' in window);
	const result = await page.evaluate(
		() => (window as unknown as { __bench: Promise<{ ok: boolean; error?: string }> }).__bench
	);
	expect(result.error).toBeUndefined();
	expect(seen).toEqual([]);
});

const sizes = [
	{ name: 'desktop', width: 1280, height: 720 },
	{ name: 'phone', width: 390, height: 844 }
];

for (const size of sizes) {
	test(`the Open control and its messages at ${size.width}×${size.height}`, async ({ page }) => {
		await page.setViewportSize(size);
		await openExplorer(page);
		await expect(openButton(page)).toBeVisible();
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-open-control.png` });
		await chooseFiles(page, [fixture('bad-date.csv')]);
		await expect(problems(page)).toBeVisible();
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-import-problems.png` });
		await dismiss(page, problems(page));
		await chooseFiles(page, [fixture('truncated.json')]);
		await expect(problems(page)).toContainText('line 33, column 27');
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-import-truncated.png` });
		await dismiss(page, problems(page));
		await dragFiles(page, [fixture('bad-date.csv')], false);
		await page.screenshot({ path: `${SCREENSHOTS}/${size.name}-drop-overlay.png` });
	});
}

for (const width of [1440, 390]) {
	test(`a graph named in the address that cannot be opened shows each problem in the explorer's place at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`/?graph=${encodeURIComponent('/graphs/no-such-network.json')}`);
		const alert = page.getByRole('alert');
		await expect(
			alert.getByRole('heading', { name: 'This graph could not be opened' })
		).toBeVisible();
		await expect(alert).toContainText('/graphs/no-such-network.json has 1 problem');
		await expect(alert.getByRole('listitem')).toContainText('HTTP 404');
		await expect(page.getByRole('link', { name: 'Back to the explorer' })).toBeVisible();
		await page.screenshot({ path: `${SCREENSHOTS}/graph-problems-${width}.png` });
	});
}
