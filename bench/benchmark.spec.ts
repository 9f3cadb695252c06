import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { test, type Browser } from '@playwright/test';
import * as prettier from 'prettier';
import type {
	BaselineResult,
	BenchResult,
	ForceAtlas2Result,
	ForceGraphResult
} from '../src/lib/bench/bench-result';
import { median } from '../src/lib/bench/statistics';
import { barabasiAlbert } from '../src/lib/model/barabasi-albert';
import { initialJavaScript } from './initial-javascript';
import { BENCH_PORT } from './playwright.config';
import { peakMemory, processesEnded, rendererProcesses } from './renderer-memory';

/**
 * `npm run bench`: seeded Barabási–Albert networks (m = 3: three relations
 * per actor) of 100, 1,000, 5,000 and 20,000 actors, five runs each (a first
 * paint varies by a third from one run to the next on this machine). Beside
 * Ties, in the same run: d3-force alone, graphology's ForceAtlas2 in a worker
 * (as Gephi Lite runs it) and force-graph's first picture. Each run has a
 * fresh browser context, so its process's peak memory is its own. Prints the
 * tables and writes them to bench/results/ and the README.
 */
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The other tools are cut off after this long, and their full time projected. */
const OTHERS_CAP_MS = 20_000;
const INITIAL_JS_BUDGET = 80 * 1024;

test('benchmark', async ({ browser }) => {
	const rows: Row[] = [];
	for (const n of SIZES) {
		const url = `http://localhost:${BENCH_PORT}/bench-data/ba-${n}.json`;
		const body = JSON.stringify(barabasiAlbert(n, 3, 1));
		const row: Row = { n, runs: [], baselines: [], forceAtlas2: [], forceGraph: [] };
		for (let run = 0; run < RUNS; run++) {
			const ties = await measure<BenchResult>(browser, url, body, 'ties', 60_000);
			if (!ties.result.ok) throw new Error(`run ${run} at n=${n} failed: ${ties.result.error}`);
			row.runs.push({ ...ties.result, peakMemory: ties.peakMemory });
			const d3 = await measure<BaselineResult>(browser, url, body, 'd3-force', OTHERS_CAP_MS);
			row.baselines.push({ ...d3.result, peakMemory: d3.peakMemory });
			const fa2 = await measure<ForceAtlas2Result>(
				browser,
				url,
				body,
				'forceatlas2',
				OTHERS_CAP_MS
			);
			row.forceAtlas2.push({ ...fa2.result, peakMemory: fa2.peakMemory });
			row.forceGraph.push(
				(await measure<ForceGraphResult>(browser, url, body, 'force-graph', 0)).result
			);
			const last = (values: { computeMs: number }[]) => values.at(-1)!.computeMs.toFixed(0);
			console.log(
				`n=${n} run ${run + 1}/${RUNS}: first paint ${ties.result.firstPaintMs.toFixed(0)} ms (force-graph ${row.forceGraph.at(-1)!.firstPaintMs.toFixed(0)}), settle ${ties.result.settleProjectedMs.toFixed(0)} ms (d3-force ${last(row.baselines)}, ForceAtlas2 ${last(row.forceAtlas2)}), longest task ${ties.result.longestTaskMs?.toFixed(0)} ms`
			);
			for (const cause of ties.result.longTaskCauses ?? [])
				console.log(`  long task while laying out: ${cause}`);
		}
		rows.push(row);
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

type Measured<T> = T & { peakMemory?: number };

interface Row {
	n: number;
	runs: Measured<BenchResult>[];
	baselines: Measured<BaselineResult>[];
	forceAtlas2: Measured<ForceAtlas2Result>[];
	forceGraph: ForceGraphResult[];
}

/** One target on the network, in a fresh context: its result and its page's peak memory. */
async function measure<T>(
	browser: Browser,
	url: string,
	body: string,
	target: string,
	settleCap: number
): Promise<{ result: T; peakMemory?: number }> {
	const before = await rendererProcesses(browser);
	// No service worker: its first-visit download of the app's files would run beside the measure.
	const context = await browser.newContext({
		baseURL: `http://localhost:${BENCH_PORT}`,
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.route(url, (route) => route.fulfill({ body, contentType: 'application/json' }));
	await page.goto(
		`/bench?graph=${encodeURIComponent(url)}&target=${target}&settleCap=${settleCap}`
	);
	await page.waitForFunction(() => 'window' in globalThis && '__bench' in window);
	const result = (await page.evaluate(
		() => (window as unknown as { __bench: Promise<unknown> }).__bench
	)) as T;
	const started = [...(await rendererProcesses(browser))].filter((id) => !before.has(id));
	const peak = peakMemory(started);
	await context.close();
	// The next run starts once this page's process has gone: a page still animating as it closes
	// (force-graph's does) would otherwise take the processor from the next run's first paint.
	await processesEnded(started);
	return { result, peakMemory: peak };
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
	const ms = (values: (number | undefined)[], digits = 0) => cell(values, ' ms', digits);
	const mb = (values: (number | undefined)[]) =>
		cell(
			values.map((v) => (v === undefined ? undefined : v / 2 ** 20)),
			' MB'
		);
	const perSecond = (values: (number | undefined)[]) => cell(values, '');
	const projected = (values: { projected?: boolean }[]) =>
		values.some((v) => v.projected) ? ' (projected)' : '';
	const lines = [
		`Benchmark of ${date.slice(0, 10)} — ${machine.cpu}, ${machine.memory}, Node ${machine.node}, Chromium ${machine.chromium} (${machine.flags}); ${RUNS} runs each, medians (with the range where runs spread by more than a fifth).`,
		'',
		'Ties:',
		'',
		'| actors | relations | drawing | first paint | settle | longest task while laying out | hot frame median | hot frame p95 | frame work | pictures per second, hot | pan/zoom frame | SVG export | peak memory |',
		'| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const { n, runs } of rows) {
		const capped = runs.some((run) => run.settleCapped) ? ' (capped)' : '';
		const longest = runs.map((r) => r.longestTaskMs);
		const tasks = Math.max(...runs.map((r) => r.longTasks ?? 0));
		lines.push(
			`| ${n.toLocaleString('en')} | ${runs[0].edges.toLocaleString('en')} | ${runs[0].renderer} | ${ms(runs.map((r) => r.firstPaintMs))} | ${ms(runs.map((r) => r.settleProjectedMs))}${capped} | ${tasks === 0 ? 'none over 50 ms' : `${ms(longest)} (${tasks} over 50 ms)`} | ${ms(
				runs.map((r) => r.frameMedianMs),
				1
			)} | ${ms(
				runs.map((r) => r.frameP95Ms),
				1
			)} | ${ms(
				runs.map((r) => r.frameWorkMedianMs),
				1
			)} | ${perSecond(runs.map((r) => r.hotPicturesPerSecond))} | ${ms(
				runs.map((r) => r.panZoomFrameMedianMs),
				1
			)} | ${ms(runs.map((r) => r.svgExportMs))} | ${mb(runs.map((r) => r.peakMemory))} |`
		);
	}
	lines.push(
		'',
		"Side by side, the same file in the same run: Ties; d3-force alone (the same forces ticked 300 times on the page, nothing drawn); graphology's ForceAtlas2 in a worker, 300 iterations (as Gephi Lite runs it); force-graph's first picture. A longest task of the whole layout means it ran on the page in one go. Peak memory is the page's process, workers included.",
		'',
		'| actors | first paint: Ties | force-graph | settle: Ties | d3-force alone | ForceAtlas2 (worker) | longest task: Ties | d3-force alone | ForceAtlas2 (worker) | peak memory: Ties | d3-force alone | ForceAtlas2 (worker) |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	for (const { n, runs, baselines, forceAtlas2, forceGraph } of rows) {
		lines.push(
			`| ${n.toLocaleString('en')} | ${ms(runs.map((r) => r.firstPaintMs))} | ${ms(forceGraph.map((r) => r.firstPaintMs))} | ${ms(runs.map((r) => r.settleProjectedMs))} | ${ms(baselines.map((b) => b.computeMs))}${projected(baselines)} | ${ms(forceAtlas2.map((f) => f.computeMs))}${projected(forceAtlas2)} | ${ms(runs.map((r) => r.longestTaskMs))} | ${ms(baselines.map((b) => b.computeMs))} | ${ms(forceAtlas2.map((f) => f.longestTaskMs))} | ${mb(runs.map((r) => r.peakMemory))} | ${mb(baselines.map((b) => b.peakMemory))} | ${mb(forceAtlas2.map((f) => f.peakMemory))} |`
		);
	}
	const budget = js.gzipped <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
	lines.push(
		'',
		`Explorer page's initial JavaScript: ${(js.gzipped / 1024).toFixed(1)} kB gzipped (${js.files} files, ${(js.raw / 1024).toFixed(0)} kB raw), ${budget} the 80 kB budget.`
	);
	return lines.join('\n');
}
