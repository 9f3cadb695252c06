import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cameraAtRest, example, openExplorer } from './graph-page';
import { add, editor, newGraph, pick } from './forms-page';

/**
 * The briefing's story, written beside the graph: steps added with notes and
 * a date, their focus picked on the graph, captions that quote held to the
 * evidence, steps moved by keys and by drag, copied, deleted, undone, kept
 * across a reload, and told in that order by /present and the presenter view.
 */

const SCREENSHOTS = 'tests/e2e/screenshots';
const story = example.story!;

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Clicks a relation's line on the explorer's graph (the preview beside it draws it too). */
async function clickRelationOnGraph(page: Page, id: string): Promise<void> {
	await cameraAtRest(page);
	const { x, y } = await page
		.locator(`svg.framed [data-relation="${id}"] .line`)
		.evaluate((path: SVGPathElement) => {
			const point = path.getPointAtLength(path.getTotalLength() / 2);
			const m = path.getScreenCTM()!;
			return { x: point.x * m.a + point.y * m.c + m.e, y: point.x * m.b + point.y * m.d + m.f };
		});
	await page.mouse.click(x, y);
}

async function openStory(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Story' }).click();
	await expect(editor(page).getByRole('heading', { name: 'Story', exact: true })).toBeFocused();
}

const stepRows = (page: Page) =>
	editor(page).getByRole('list', { name: 'Steps' }).getByRole('listitem');

/** The titles of the steps, in the editor's order. */
async function titles(page: Page): Promise<string[]> {
	return stepRows(page).locator('.title').allTextContents();
}

const row = (page: Page, title: string) => stepRows(page).filter({ hasText: title });

/** Writes the step being edited, field by field. */
async function write(
	page: Page,
	step: { title: string; caption: string; notes: string; asOf?: string }
): Promise<void> {
	const form = editor(page);
	await form.getByLabel('Title', { exact: true }).fill(step.title);
	await form.getByLabel('Caption', { exact: true }).fill(step.caption);
	await form.getByLabel('Presenter notes').fill(step.notes);
	if (step.asOf) await form.getByLabel('As of').fill(step.asOf);
}

async function saveStep(page: Page): Promise<void> {
	await editor(page).getByRole('button', { name: 'Save step' }).click();
	await expect(editor(page).getByText('Changes not saved', { exact: true })).toBeHidden();
}

/** Drags a step by its handle onto the row of another. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
	// Both rows in sight, as a finger would find them; the panel may have scrolled.
	await to.scrollIntoViewIfNeeded();
	await from.scrollIntoViewIfNeeded();
	const handle = (await from.locator('.handle').boundingBox())!;
	const target = (await to.boundingBox())!;
	await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
	await page.mouse.down();
	await page.mouse.move(handle.x + 4, target.y + target.height / 2, { steps: 8 });
	await page.mouse.up();
}

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

const AID = {
	title: 'Aid under scrutiny',
	wrong: 'KSAT notes “indications that China has provided military aid”.',
	caption:
		'KSAT notes “indications that China has provided covert aid”, without saying what they are.',
	notes: 'Stress: indications, not proof. Ask what the sanctions panel found.'
};
const TRADE = {
	title: 'The trade lifeline',
	caption: 'In KSAT’s words, “China serves as North Korea’s primary trading partner”.',
	notes: 'Quote the 98% share from the KOTRA figures.'
};
const BEIJING = {
	title: 'Where this leaves Beijing',
	caption: 'Close to Pyongyang, wary of a formal coalition with Moscow: the question for 2025.',
	notes: 'End on the open question; take questions.',
	asOf: '2024-12'
};

test('on the example graph, steps are written, focused, checked, ordered and presented', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await openExplorer(page);
	await openStory(page);
	const form = editor(page);
	expect(await titles(page)).toEqual(story.map((step) => step.title));
	// The preview is the presentation's own slide.
	await expect(form.locator('.preview .slide h3')).toHaveText(story[0].title);
	expect(await axeViolations(page)).toEqual([]);

	// A new step after the last, its focus a relation clicked on the graph.
	await row(page, story[5].title).locator('.choose').click();
	await form.getByRole('button', { name: 'Add step' }).click();
	await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
	await write(page, { ...AID, caption: AID.wrong });
	await expect(form.locator('.preview .slide h3')).toHaveText(AID.title);
	await expect(form.locator('.preview .slide .caption')).toHaveText(AID.wrong);
	await expect(form.locator('.preview .slide .date')).toHaveText('As of 6 Oct 2024');
	await clickRelationOnGraph(page, 'chn-prk-aid');
	await expect(form.getByText(/^Selected: Aid from China to North Korea/)).toBeVisible();
	await form.getByRole('button', { name: 'Add what is selected' }).click();
	const chips = form.getByRole('list', { name: 'Chosen for the focus' });
	await expect(chips.getByRole('listitem')).toHaveText([/Aid from China to North Korea/]);
	await expect(form.locator('.preview .slide .focus li')).toHaveCount(1);
	// A date of the step's own would leave the undated aid undrawn: the form says so.
	await form.getByLabel('As of').fill('2024-10');
	await expect(form.getByText(/1 relation in focus is not drawn/)).toBeVisible();
	await expect(form.locator('.preview .slide .date')).toHaveText('As of Oct 2024');
	await expect(form.locator('.preview .slide .focus li')).toHaveCount(0);
	await form.getByLabel('As of').fill('2024-13');
	await form.getByRole('button', { name: 'Save step' }).click();
	await expect(form.getByRole('alert')).toContainText('month 13 does not exist');
	await form.getByLabel('As of').fill('');

	// Quoted, the caption must be the evidence's own words: this one is refused, naming the quote.
	await form.getByRole('button', { name: 'Save step' }).click();
	await expect(form.getByRole('alert')).toContainText(
		'“indications that China has provided military aid” is not found word for word'
	);
	await expect(form.getByLabel('Caption', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByText('Changes not saved', { exact: true })).toBeVisible();
	await form.getByLabel('Caption', { exact: true }).fill(AID.caption);
	await saveStep(page);
	await expect(form.getByRole('alert')).toBeHidden();
	await expect(form.getByLabel('As of')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
		'title',
		`Undo Edit step “${AID.title}”`
	);
	await cameraAtRest(page);
	await form.evaluate((panel) => panel.scrollTo(0, 0));
	await page.screenshot({ path: `${SCREENSHOTS}/story-editor.png` });

	// Two more: one from the list of relations, one with nothing in focus (the whole network).
	await form.getByRole('button', { name: 'Add step' }).click();
	await write(page, TRADE);
	await chips.getByRole('button', { name: /^Remove Aid from China/ }).click();
	await form.getByText('Choose from a list').click();
	await form.getByRole('searchbox', { name: 'Filter relations and actors' }).fill('trade');
	await form.getByRole('checkbox', { name: /^Trade between China and North Korea/ }).check();
	await expect(chips.getByRole('listitem')).toHaveText([/Trade between China and North Korea/]);
	await saveStep(page);

	await form.getByRole('button', { name: 'Add step' }).click();
	await write(page, BEIJING);
	for (const remove of await chips.getByRole('button').all()) await remove.click();
	await expect(form.getByText('The whole network', { exact: true })).toBeVisible();
	await saveStep(page);
	await expect(row(page, BEIJING.title)).toContainText('Dec 2024');
	const written = story.map((step) => step.title);
	expect(await titles(page)).toEqual([...written, AID.title, TRADE.title, BEIJING.title]);

	// Moved by the keyboard: the focus follows the step, and the move is announced.
	const beijing = row(page, BEIJING.title).locator('.choose');
	await beijing.focus();
	await page.keyboard.press('Alt+ArrowUp');
	await expect(beijing).toBeFocused();
	await expect(form.locator('[aria-live="polite"]')).toHaveText(
		`“${BEIJING.title}” moved to place 8 of 9.`
	);
	await form.getByRole('button', { name: `Move up: ${AID.title}` }).click();
	await expect(form.getByRole('button', { name: `Move up: ${AID.title}` })).toBeFocused();
	// Moved by a drag of its handle.
	await drag(page, row(page, story[0].title), row(page, story[2].title));
	const ordered = [
		story[1].title,
		story[2].title,
		story[0].title,
		story[3].title,
		story[4].title,
		AID.title,
		story[5].title,
		BEIJING.title,
		TRADE.title
	];
	expect(await titles(page)).toEqual(ordered);

	// Duplicated, then deleted after a question; Undo brings the copy back, Redo takes it again.
	await row(page, TRADE.title).locator('.choose').click();
	await form.getByRole('button', { name: 'Duplicate' }).click();
	expect(await titles(page)).toEqual([...ordered, TRADE.title]);
	await expect(form.getByRole('heading', { name: 'Step 10 of 10' })).toBeVisible();
	await form.getByRole('button', { name: 'Delete step' }).click();
	await form
		.getByRole('group', { name: /Delete step 10/ })
		.getByRole('button', { name: 'Delete' })
		.click();
	expect(await titles(page)).toEqual(ordered);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.getByRole('button', { name: 'Undo' }).click();
	expect(await titles(page)).toEqual([...ordered, TRADE.title]);
	await page.getByRole('button', { name: 'Redo' }).click();
	expect(await titles(page)).toEqual(ordered);

	// Kept: a reload at once, with the last change's save perhaps still on its way, shows the same
	// story (what the page had not seen saved is noted as it goes, and saved by the next page).
	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	await openStory(page);
	expect(await titles(page)).toEqual(ordered);

	// Presented in the new order, the new step with its date, its notes in the presenter view.
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.locator('.stage .slide')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ordered[0]);
	await expect(page.locator('.stage .count')).toHaveText('Step 1 of 9');
	await page.keyboard.press('6');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(AID.title);
	await expect(page.locator('.stage .caption')).toHaveText(AID.caption);
	const [presenter] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('p')
	]);
	await expect(presenter.getByRole('heading', { name: `Now: ${AID.title}` })).toBeVisible();
	await expect(presenter.getByRole('heading', { name: `Next: ${story[5].title}` })).toBeVisible();
	await expect(presenter.locator('.notes')).toHaveText(AID.notes);
	await page.keyboard.press('8');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(BEIJING.title);
	await expect(page.locator('.stage .date')).toHaveText('As of Dec 2024');
	await page.keyboard.press('End');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRADE.title);
	await expect(presenter.locator('.notes')).toHaveText(TRADE.notes);
});

test('on a phone, a new graph made through the forms starts from its generated steps', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplorer(page);
	await newGraph(page);
	const form = editor(page);
	const save = async () => {
		await form.getByRole('button', { name: 'Save' }).click();
		await expect(form).toBeHidden();
	};

	await add(page, 'Source');
	await form.getByLabel('Title', { exact: true }).fill('Russia in the Sahel');
	await form.getByLabel('Publisher', { exact: true }).fill('Example Wire');
	await form.getByLabel('URL', { exact: true }).fill('https://example.org/sahel');
	await form.getByLabel('Published', { exact: true }).fill('2024-05-02');
	await save();
	for (const name of ['Mali', 'Russia', 'France']) {
		await add(page, 'Actor');
		await form.getByLabel('Name', { exact: true }).fill(name);
		await save();
	}
	const relations: [string, string, string, string, string][] = [
		[
			'Russia',
			'Mali',
			'aid',
			'Russia trains Mali’s army',
			'Russian instructors arrived in Bamako in December 2021 to train the army.'
		],
		[
			'France',
			'Mali',
			'trade',
			'France and Mali still trade',
			'Trade between France and Mali continued despite the rupture.'
		]
	];
	for (const [from, to, type, summary, quote] of relations) {
		await add(page, 'Relation');
		await form.getByLabel('Type', { exact: true }).selectOption(type);
		await pick(page, 'From', from, from);
		await pick(page, 'To', to, to);
		await form.getByLabel('Summary').fill(summary);
		await pick(page, 'Source', 'Sahel', /Russia in the Sahel/);
		await form.getByLabel('Quote — verbatim, exactly as the source has it').fill(quote);
		if (type === 'aid') await form.getByLabel(/^Since/).fill('2021-12');
		await save();
	}
	await page.keyboard.press('Escape');

	// No story yet: the steps made from the relation types, to start from.
	await openStory(page);
	const generated = form.getByRole('list', { name: 'Steps made from the relation types' });
	await expect(generated.getByRole('listitem')).toHaveText(['Trade', 'Aid']);
	await expect(form.locator('.preview .slide h3')).toHaveText('Trade');
	expect(await axeViolations(page)).toEqual([]);
	await form.getByRole('button', { name: 'Start from these steps' }).click();
	expect(await titles(page)).toEqual(['Trade', 'Aid']);

	// A step of the analyst's own, its focus the aid clicked on the graph above the sheet.
	await row(page, 'Aid').locator('.choose').click();
	await form.getByRole('button', { name: 'Add step' }).click();
	await write(page, {
		title: 'Instructors in Bamako',
		caption: 'The source says “Russian soldiers arrived in Bamako in December 2021”.',
		notes: 'Instructors, not soldiers: keep to the words.',
		asOf: '2021-12'
	});
	const aid = await page
		.locator('svg.framed [data-relation]')
		.evaluateAll((gs) =>
			gs.map((g) => g.getAttribute('data-relation')!).find((id) => id.includes('aid'))
		);
	await clickRelationOnGraph(page, aid!);
	await form.getByRole('button', { name: 'Add what is selected' }).click();
	await expect(
		form.getByRole('list', { name: 'Chosen for the focus' }).getByRole('listitem')
	).toHaveText([/Aid from Russia to Mali/]);
	await form.getByRole('button', { name: 'Save step' }).click();
	await expect(form.getByRole('alert')).toContainText(
		'“Russian soldiers arrived in Bamako in December 2021” is not found word for word'
	);
	await form
		.getByLabel('Caption', { exact: true })
		.fill('The source says “Russian instructors arrived in Bamako in December 2021”.');
	await saveStep(page);
	expect(await titles(page)).toEqual(['Trade', 'Aid', 'Instructors in Bamako']);
	expect(await axeViolations(page)).toEqual([]);

	// First by the keyboard, then Trade last by a drag.
	const own = row(page, 'Instructors in Bamako').locator('.choose');
	await own.focus();
	await page.keyboard.press('Alt+ArrowUp');
	await page.keyboard.press('Alt+ArrowUp');
	await expect(own).toBeFocused();
	expect(await titles(page)).toEqual(['Instructors in Bamako', 'Trade', 'Aid']);
	await drag(page, row(page, 'Trade'), row(page, 'Aid'));
	const ordered = ['Instructors in Bamako', 'Aid', 'Trade'];
	expect(await titles(page)).toEqual(ordered);

	await page.reload();
	await expect(page.locator('svg.framed')).toBeVisible();
	await openStory(page);
	expect(await titles(page)).toEqual(ordered);
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ordered[0]);
	await expect(page.locator('.stage .date')).toHaveText('As of Dec 2021');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ordered[1]);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ordered[2]);

	// Deleting every step gives the graph back its generated story; Undo brings the last one back.
	await page.goBack();
	await expect(page.locator('svg.framed')).toBeVisible();
	await openStory(page);
	for (const title of ordered) {
		await row(page, title).locator('.choose').click();
		await form.getByRole('button', { name: 'Delete step' }).click();
		await form.getByRole('button', { name: 'Delete', exact: true }).click();
	}
	await expect(form.getByRole('button', { name: 'Start from these steps' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	expect(await titles(page)).toEqual(['Trade']);
});
