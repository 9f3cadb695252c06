import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { test, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import type { BaselineResult, BenchResult } from '../src/lib/bench/bench-result';
import { median } from '../src/lib/bench/statistics';
import { barabasiAlbert } from '../src/lib/model/barabasi-albert';
import { initialJavaScript } from './initial-javascript';
import { BENCH_PORT } from './playwright.config';

/**
 * `npm run bench`: seeded Barabási–Albert graphs (m = 2) of 100, 1,000 and
 * 5,000 actors, three runs each, against d3-force alone in the same run.
 * Prints a table and writes it to bench/results/ and the README.
 */
const SIZES = [100, 1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const INITIAL_JS_BUDGET = 80 * 1024;

test('benchmark', async ({ page, browser }) => {
	const rows: Row[] = [];
	for (const n of SIZES) {
		const url = `http://localhost:${BENCH_PORT}/bench-data/ba-${n}.json`;
		const body = JSON.stringify(barabasiAlbert(n, 2, 1));
		const baselines: BaselineResult[] = [];
		const runs: BenchResult[] = [];
		for (let run = 0; run < RUNS; run++) {
			baselines.push((await measure(page, url, body, true)) as BaselineResult);
			const result = (await measure(page, url, body, false)) as BenchResult;
			if (!result.ok) throw new Error(`run ${run} at n=${n} failed: ${result.error}`);
			runs.push(result);
			console.log(
				`n=${n} run ${run + 1}/${RUNS}: settle ${result.settleMs.toFixed(0)} ms, hot frame ${result.frameMedianMs.toFixed(1)} ms, d3-force ${baselines.at(-1)!.computeMs.toFixed(0)} ms`
			);
		}
		rows.push({ n, runs, baselines });
	}
	const js = initialJavaScript('build');
	const machine = {
		cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
		memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
		node: process.version,
		chromium: browser.version(),
		flags: 'headless, --disable-gpu, 1280×720'
	};
	const date = new Date().toISOString();
	const markdown = report(rows, js, machine, date);
	console.log(`\n${markdown}`);

	mkdirSync('bench/results', { recursive: true });
	const stamp = date.slice(0, 16).replace(/[:T]/g, '-');
	writeFileSync(
		`bench/results/${stamp}.json`,
		JSON.stringify({ date, machine, initialJavaScript: js, rows }, null, '\t') + '\n'
	);
	writeFileSync(`bench/results/${stamp}.md`, markdown + '\n');
	writeFileSync('bench/results/latest.md', markdown + '\n');
	const readme = readFileSync('README.md', 'utf8');
	const updated = readme.replace(
		/<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
		`<!-- bench:start -->\n${markdown}\n<!-- bench:end -->`
	);
	// Formatted as the rest of the README is, so `npm run lint` stays green after a run.
	const options = (await prettier.resolveConfig('README.md')) ?? {};
	writeFileSync('README.md', await prettier.format(updated, { ...options, filepath: 'README.md' }));
});

interface Row {
	n: number;
	runs: BenchResult[];
	baselines: BaselineResult[];
}

async function measure(page: Page, url: string, body: string, baseline: boolean) {
	await page.route(url, (route) => route.fulfill({ body, contentType: 'application/json' }));
	const query = `?graph=${encodeURIComponent(url)}${baseline ? '&baseline' : ''}`;
	await page.goto(`/bench${query}`);
	await page.waitForFunction(() => 'window' in globalThis && '__bench' in window);
	const result = await page.evaluate(
		() => (window as unknown as { __bench: Promise<unknown> }).__bench
	);
	await page.unroute(url);
	return result;
}

/** The median, with the range when the runs spread by more than a fifth. */
function cell(values: (number | undefined)[], unit = ' ms', digits = 0): string {
	const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
	if (known.length === 0) return '—';
	const middle = median(known);
	const [low, high] = [Math.min(...known), Math.max(...known)];
	const text = `${middle.toFixed(digits)}${unit}`;
	return high - low > 0.2 * middle
		? `${text} (${low.toFixed(digits)}–${high.toFixed(digits)})`
		: text;
}

function report(
	rows: Row[],
	js: { files: number; raw: number; gzipped: number },
	machine: Record<string, string>,
	date: string
): string {
	const lines = [
		`Benchmark of ${date.slice(0, 10)} — ${machine.cpu}, ${machine.memory}, Node ${machine.node}, Chromium ${machine.chromium} (${machine.flags}); ${RUNS} runs each, medians.`,
		'',
		'| actors | relations | drawing | first paint | settle | d3-force alone (300 ticks) | settle ÷ d3-force | hot frame median | hot frame p95 | frame work | pan/zoom frame | SVG export |',
		'| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const { n, runs, baselines } of rows) {
		const ratios = runs.map((run, i) => run.settleMs / baselines[i].computeMs);
		const capped = runs.some((run) => run.settleCapped) ? ' (capped)' : '';
		lines.push(
			`| ${n.toLocaleString('en')} | ${runs[0].edges.toLocaleString('en')} | ${runs[0].renderer} | ${cell(runs.map((r) => r.firstPaintMs))} | ${cell(runs.map((r) => r.settleProjectedMs))}${capped} | ${cell(baselines.map((b) => b.computeMs))} | ${cell(ratios, '×', 2)} | ${cell(
				runs.map((r) => r.frameMedianMs),
				' ms',
				1
			)} | ${cell(
				runs.map((r) => r.frameP95Ms),
				' ms',
				1
			)} | ${cell(
				runs.map((r) => r.frameWorkMedianMs),
				' ms',
				1
			)} | ${cell(
				runs.map((r) => r.panZoomFrameMedianMs),
				' ms',
				1
			)} | ${cell(runs.map((r) => r.svgExportMs))} |`
		);
	}
	const budget = js.gzipped <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
	lines.push(
		'',
		`Explorer page's initial JavaScript: ${(js.gzipped / 1024).toFixed(1)} kB gzipped (${js.files} files, ${(js.raw / 1024).toFixed(0)} kB raw), ${budget} the 80 kB budget.`
	);
	return lines.join('\n');
}
