import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import { median } from '../src/lib/bench/statistics';
import { editor, newGraph } from '../tests/e2e/forms-page';
import { openExplorer } from '../tests/e2e/graph-page';

/**
 * `npm run bench`, reports: a 2,000-word article (the annotated texts, one
 * after another) pasted into Add → From a report…, timed in the page from
 * "Read the report" to its proposals on screen. The first reading of a page
 * loads the reader; the next ones find it loaded.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WORDS = 2000;

function article(): string {
	const folder = 'eval/reports/dev/';
	const paragraphs = readdirSync(folder)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.flatMap((name) =>
			readFileSync(folder + name, 'utf8')
				.trim()
				.split('\n')
		);
	const kept: string[] = [];
	let count = 0;
	for (const paragraph of paragraphs) {
		if (count >= WORDS) break;
		kept.push(paragraph);
		count += paragraph.split(/\s+/).length;
	}
	return kept.join('\n');
}

/** Reads the report in the open panel and gives the time the page measured, in milliseconds. */
async function readOnce(page: Page, text: string): Promise<{ ms: number; proposals: number }> {
	const form = editor(page);
	await form.getByLabel('Report', { exact: true }).fill(text);
	await form.getByLabel('Title', { exact: true }).fill('Twenty reports');
	await form.getByLabel('Publisher', { exact: true }).fill('Ties');
	await form.getByLabel('URL', { exact: true }).fill('https://example.org/reports');
	await form.getByLabel('Published', { exact: true }).fill('2026-12-01');
	await page.evaluate(() => performance.clearMarks());
	await form.getByRole('button', { name: 'Read the report' }).click();
	await expect(form.getByRole('heading', { name: 'Review the report' })).toBeVisible();
	const ms = await page.evaluate(() => {
		const [start] = performance.getEntriesByName('ties:report-read');
		const [listed] = performance.getEntriesByName('ties:report-listed');
		return listed.startTime - start.startTime;
	});
	return { ms, proposals: await form.locator('article[data-proposal]').count() };
}

async function openPanel(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page
		.getByRole('group', { name: 'Add' })
		.getByRole('button', { name: 'From a report…' })
		.click();
}

test('reading a report', async ({ page }) => {
	const text = article();
	const words = text.split(/\s+/).length;
	const first: number[] = [];
	const again: number[] = [];
	let proposals = 0;
	for (let run = 0; run < RUNS; run++) {
		await openExplorer(page);
		await newGraph(page);
		await openPanel(page);
		const cold = await readOnce(page, text);
		first.push(cold.ms);
		proposals = cold.proposals;
		await editor(page).getByRole('button', { name: 'Read another report' }).click();
		again.push((await readOnce(page, text)).ms);
		console.log(
			`run ${run + 1}/${RUNS}: first ${cold.ms.toFixed(0)} ms, again ${again.at(-1)!.toFixed(0)} ms`
		);
	}
	const line =
		`Reading a report of ${words.toLocaleString('en')} words (${proposals} proposals), from "Read the report" to the proposals on screen, ${RUNS} runs, medians: ` +
		`**${median(first).toFixed(0)} ms** the first time in a page (the reader's code loaded then), ${median(again).toFixed(0)} ms after.`;
	console.log(`\n${line}`);
	mkdirSync('bench/results', { recursive: true });
	writeFileSync('bench/results/report-reading.md', line + '\n');
	const readme = readFileSync('README.md', 'utf8').replace(
		/<!-- reading:start -->[\s\S]*<!-- reading:end -->/,
		`<!-- reading:start -->\n${line}\n<!-- reading:end -->`
	);
	const options = (await prettier.resolveConfig('README.md')) ?? {};
	writeFileSync('README.md', await prettier.format(readme, { ...options, filepath: 'README.md' }));
});
