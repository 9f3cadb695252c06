import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { typesInUse } from '../../src/lib/model/relation-filter';
import { clickRelation, evidencePanel, example, openExplorer } from './graph-page';

const SCREENSHOTS = 'tests/e2e/screenshots';
const story = example.story!;

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Opens the briefing and waits until the step is drawn. */
async function openBriefing(page: Page, path = '/present'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.stage .slide')).toBeVisible();
}

/** The stage shows step `n` (from 1): its title, its progress and its address. */
async function expectStep(page: Page, n: number): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story[n - 1].title);
	await expect(page.locator('.stage .count')).toHaveText(`Step ${n} of ${story.length}`);
	await expect(page).toHaveURL(new RegExp(`[?&]step=${n}$`));
}

/** How a relation stands on the slide: in focus, dimmed as context, or not shown. */
function relationOnSlide(page: Page, id: string) {
	return page.locator(`.stage .relations [data-relation="${id}"]`).first();
}

test('keys and clicker keys move between steps, and the address follows', async ({ page }) => {
	await openBriefing(page);
	await expectStep(page, 1);
	const moves: [string, number][] = [
		['ArrowRight', 2],
		['PageDown', 3],
		['Space', 4],
		['PageUp', 3],
		['ArrowLeft', 2],
		['ArrowDown', 3],
		['ArrowUp', 2],
		['End', story.length],
		['PageDown', story.length],
		['Home', 1],
		['Shift+Space', 1],
		['4', 4]
	];
	for (const [key, step] of moves) {
		await page.keyboard.press(key);
		await expectStep(page, step);
	}
	// A clicker's "blank screen" key hides the slide, and shows it again.
	await page.keyboard.press('b');
	await expect(page.getByRole('status')).toHaveAccessibleName(/Screen blanked/);
	await page.keyboard.press('b');
	await expect(page.getByRole('status')).toHaveCount(0);
});

test('a link opens its step, and a reload keeps it', async ({ page }) => {
	await openBriefing(page, '/present?step=3');
	await expectStep(page, 3);
	const sanctions = story[2];
	for (const id of sanctions.relations!) {
		await expect(relationOnSlide(page, id)).toHaveAttribute('data-emphasis', 'normal');
	}
	// Progressive reveal: the pact is told in a later step, so it is not on this one.
	await expect(relationOnSlide(page, 'rus-prk-treaty-2024')).toHaveCSS('opacity', '0');
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 4);
	await page.reload();
	await expect(page.locator('.stage .slide')).toBeVisible();
	await expectStep(page, 4);
	await expect(relationOnSlide(page, 'rus-prk-treaty-2024')).toHaveAttribute(
		'data-emphasis',
		'normal'
	);
});

test('the slide cites the sources of the relations in focus, by number', async ({ page }) => {
	await openBriefing(page, '/present?step=5');
	const sources = page.locator('.stage').getByRole('list', { name: 'Sources' });
	for (const evidence of example.relations.find((r) => r.id === 'prk-rus-arms')!.evidence) {
		const source = example.sources.find((s) => s.id === evidence.source)!;
		await expect(sources).toContainText(source.publisher);
	}
	await expect(page.locator('.stage').getByRole('list', { name: 'Relations in focus' })).toHaveText(
		/Arms transfers from North Korea to Russia, alleged\s*\[\d+(,\s\d+)*\]/
	);
});

test('each step holds the same actor in the same place', async ({ page }) => {
	await openBriefing(page);
	const places = async () =>
		page
			.locator('.stage .actors [data-actor] > .actor')
			.evaluateAll((actors) =>
				actors.map((a) => `${a.getAttribute('data-actor')} ${a.getAttribute('transform')}`)
			);
	const first = await places();
	for (let step = 2; step <= story.length; step++) {
		await page.keyboard.press('ArrowRight');
		await expectStep(page, step);
		expect(await places()).toEqual(first);
	}
});

test('the as-of slider hides the June 2024 pact in 2023', async ({ page }) => {
	await openExplorer(page);
	const pact = page.locator('[data-relation="rus-prk-treaty-2024"]');
	await expect(pact).toHaveCount(1);
	const slider = page.getByRole('slider', { name: 'As-of year' });
	await slider.fill('2023');
	await expect(page.locator('.top-bar .as-of')).toHaveText('As of 31 Dec 2023');
	await expect(pact).toHaveCount(0);
	// Alleged since 2023: it may have begun by then, so it stays.
	await expect(page.locator('[data-relation="prk-rus-arms"]')).toHaveCount(1);
	await slider.fill('1960');
	// Only what is dated by then: a relation with no date is not known to have stood in 1960.
	await expect(page.locator('[data-relation]')).toHaveCount(
		example.relations.filter((r) => (r.signed ?? r.since ?? '9999') < '1961').length
	);
	await slider.focus();
	await page.keyboard.press('End');
	await expect(pact).toHaveCount(1);
	await expect(page.locator('.top-bar .as-of')).toHaveText('As of 6 Oct 2024');
});

test('the Evidence panel says which evidence existed by the as-of date', async ({ page }) => {
	await openExplorer(page);
	await page.getByRole('slider', { name: 'As-of year' }).fill('2023');
	await clickRelation(page, 'un-prk-sanctions');
	const panel = evidencePanel(page);
	await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
		/7\s+evidence items\s*·\s*6 published by 31 Dec 2023/
	);
	await expect(panel.getByText('Not yet published as of 31 Dec 2023')).toHaveCount(1);
	await page.keyboard.press('Escape');
	// At the graph's own date, the ratification and entry into force are still to come.
	await page.getByRole('slider', { name: 'As-of year' }).fill('2024');
	await clickRelation(page, 'rus-prk-treaty-2024');
	await expect(panel.getByText('Not yet published as of 6 Oct 2024')).toHaveCount(2);
});

test('the play button steps through the years where something changes, with reduced motion', async ({
	page
}) => {
	await page.clock.install();
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openExplorer(page);
	const slider = page.getByRole('slider', { name: 'As-of year' });
	await expect(slider).toHaveValue('2024');
	// The installed clock still runs with real time: held still, each year waits for runFor alone.
	await page.clock.pauseAt(Date.now() + 60_000);
	await page.getByRole('button', { name: 'Play the years' }).click();
	await expect(slider).toHaveValue('1949');
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	await page.clock.runFor(1700);
	await expect(slider).toHaveValue('1961');
	await page.clock.runFor(1700);
	await expect(slider).toHaveValue('2006');
	await page.clock.runFor(20_000);
	await expect(slider).toHaveValue('2024');
	await expect(page.getByRole('button', { name: 'Play the years' })).toBeVisible();
});

test('the explorer’s Present button opens the briefing', async ({ page }) => {
	await openExplorer(page);
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page).toHaveURL(/\/present\?doc=example&step=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story[0].title);
});

test('the presenter view follows the stage, and drives it', async ({ page }) => {
	await openBriefing(page, '/present?step=2');
	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	await presenter.setViewportSize({ width: 1280, height: 800 });
	await expect(presenter.getByRole('heading', { level: 1 })).toContainText('Step 2 of');
	await expect(presenter.getByRole('heading', { name: `Now: ${story[1].title}` })).toBeVisible();
	await expect(presenter.getByRole('heading', { name: `Next: ${story[2].title}` })).toBeVisible();
	await expect(presenter.locator('.notes')).toHaveText(story[1].notes!);
	await expect(presenter.getByLabel('Time of day')).toHaveText(/^\d\d:\d\d$/);

	await page.keyboard.press('ArrowRight');
	await expectStep(page, 3);
	await expect(presenter.getByRole('heading', { name: `Now: ${story[2].title}` })).toBeVisible();
	await expect(presenter.locator('.notes')).toHaveText(story[2].notes!);

	await presenter.getByRole('button', { name: 'Next →' }).click();
	await expectStep(page, 4);
	await presenter.keyboard.press('End');
	await expectStep(page, story.length);
	await expect(presenter.getByRole('heading', { name: 'Next: end of the briefing' })).toBeVisible();
	await presenter.screenshot({ path: `${SCREENSHOTS}/present-presenter-view.png` });
});

test('the handout prints a cover, a page per step, then the appendix of relations and evidence', async ({
	page
}) => {
	await openBriefing(page);
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	writeFileSync(`${SCREENSHOTS}/present-handout.pdf`, pdf);
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
	// Printing drew the handout: a cover, a page per step, an appendix row per relation.
	await expect(page.locator('.handout .cover h1')).toHaveText(example.title);
	await expect(page.locator('.handout .step-page')).toHaveCount(story.length);
	await expect(page.locator('.handout .appendix tbody')).toHaveCount(example.relations.length);

	// Laid out as printed, on A4 landscape less its margins (13 mm above and below for the
	// marking and the page number, 12 mm at the sides): 273 × 184 mm, 1031 × 695 px.
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: 1031, height: 695 });
	const heights = await page
		.locator('.handout .step-page')
		.evaluateAll((steps) => steps.map((step) => step.getBoundingClientRect().height));
	for (const height of heights) expect(height, 'a step fits its page').toBeLessThanOrEqual(695);
	const appendix = (await page.locator('.handout .appendix').boundingBox())!.height;
	const appendixPages = Math.ceil(appendix / 695);
	expect(appendixPages).toBeGreaterThanOrEqual(1);
	// The cover, one page per step, then the appendix (a relation kept whole may push one more page).
	expect(pages).toBeGreaterThanOrEqual(1 + story.length + appendixPages);
	expect(pages).toBeLessThanOrEqual(1 + story.length + appendixPages + 1);
	await page
		.locator('.handout .step-page')
		.first()
		.screenshot({
			path: `${SCREENSHOTS}/present-handout-step-1.png`
		});
	await page.locator('.handout .appendix').screenshot({
		path: `${SCREENSHOTS}/present-handout-appendix.png`
	});
});

test('a graph without a story presents one step per relation type', async ({ page }) => {
	const plain = structuredClone(example);
	delete plain.story;
	await page.route(
		(url) => url.pathname === '/plain-graph.json',
		(route) => route.fulfill({ json: plain })
	);
	await openBriefing(page, '/present?graph=/plain-graph.json');
	const types = typesInUse(example).map((type) => type.label);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(types[0]);
	await expect(page.locator('.stage .count')).toHaveText(`Step 1 of ${types.length}`);
	await page.keyboard.press('End');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(types.at(-1)!);
});

test('has no accessibility violations on the stage and in the presenter view', async ({ page }) => {
	// Two full axe runs.
	test.slow();
	// The controls fade out when the presenter is idle: caught mid-fade, their colours are half
	// blended and axe measures a contrast no one reads. Without motion they are shown or hidden.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const check = async (target: Page) => {
		const results = await new AxeBuilder({ page: target }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		).toEqual([]);
	};
	await openBriefing(page, '/present?step=5');
	await check(page);
	await page.goto('/present/presenter?step=2');
	await expect(page.locator('.presenter .slide').first()).toBeVisible();
	await check(page);
});

test('transitions animate the camera and the focus, unless motion is reduced', async ({ page }) => {
	await openBriefing(page);
	const durations = () =>
		page.locator('.stage .camera').evaluate((camera) => {
			const mark = camera.querySelector('.relation')!;
			return [
				getComputedStyle(camera).transitionDuration,
				getComputedStyle(mark).transitionDuration
			];
		});
	for (const duration of await durations()) {
		const ms = parseFloat(duration) * 1000;
		expect(ms).toBeGreaterThanOrEqual(200);
		expect(ms).toBeLessThanOrEqual(300);
	}
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await durations()).toEqual(['0s', '0s']);
});

test('screenshots of every step at 1920×1080, with captions readable from the back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.clock.install();
	await openBriefing(page);
	for (let step = 1; step <= story.length; step++) {
		if (step > 1) await page.keyboard.press('ArrowRight');
		await expectStep(page, step);
		const caption = page.locator('.stage .caption');
		expect(
			parseFloat(await caption.evaluate((p) => getComputedStyle(p).fontSize))
		).toBeGreaterThanOrEqual(28);
		// Nothing on the slide runs past its edge.
		const overflow = await page
			.locator('.stage .text')
			.evaluate((text) => text.scrollHeight - text.clientHeight);
		expect(overflow, `step ${step}: the text column overflows`).toBeLessThanOrEqual(1);
		// Let the controls fade and the focus settle.
		await page.clock.runFor(3000);
		await expect(page.locator('.controls')).not.toHaveClass(/awake/);
		await page.waitForTimeout(350);
		await page.screenshot({ path: `${SCREENSHOTS}/present-step-${step}.png` });
	}
});
