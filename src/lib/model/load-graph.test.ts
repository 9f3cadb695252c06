import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '$lib/import/import-limits';
import { openGraphFiles } from '$lib/import/open-graph-files';
import { barabasiAlbert } from './barabasi-albert';
import { describeProblem } from './graph-problem';
import { loadGraph } from './load-graph';

const example = readFileSync(
	new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url),
	'utf8'
);
const serve =
	(body: string | Uint8Array, init: ResponseInit = {}): typeof fetch =>
	async () =>
		new Response(typeof body === 'string' ? body : new Uint8Array(body), init);

async function problemsOf(fetcher: typeof fetch, url: string): Promise<string[]> {
	const loaded = await loadGraph(fetcher, url);
	if (loaded.graph) throw new Error(`${url} opened; it should have been refused`);
	return loaded.problems.map(describeProblem);
}

/** The problems of the same text opened as a file, led by the address instead of the file's name. */
async function asFile(text: string, url: string): Promise<string[]> {
	const opened = await openGraphFiles([new File([text], 'g.json')], '2026-11-28');
	if (opened.ok) throw new Error('the file opened; it should have been refused');
	return opened.problems.map((problem) => describeProblem({ ...problem, origin: url }));
}

describe('loadGraph', () => {
	it('opens a valid graph file', async () => {
		const loaded = await loadGraph(serve(example), 'graphs/x.json');
		expect(loaded.graph?.actors).toHaveLength(4);
	});

	it('opens a node-link file, titled after its name', async () => {
		const loaded = await loadGraph(
			serve(JSON.stringify(barabasiAlbert(50))),
			'/data/ba-50.json?x=1'
		);
		expect(loaded.graph?.actors).toHaveLength(50);
		expect(loaded.graph?.title).toBe('ba-50');
	});

	it('opens a file that starts with a byte-order mark', async () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(example)]);
		expect((await loadGraph(serve(bytes), 'bom.json')).graph?.actors).toHaveLength(4);
	});

	it('reports a missing file and a failed request as problems of the address, without throwing', async () => {
		expect(await problemsOf(serve('nope', { status: 404 }), 'a.json')).toEqual([
			'a.json: could not be loaded (HTTP 404)'
		]);
		const failing: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await problemsOf(failing, 'a.json')).toEqual([
			'a.json: could not be loaded (Failed to fetch)'
		]);
	});

	it('places a problem of the graph by its path', async () => {
		const bad = JSON.parse(example);
		bad.relations[0].evidence = [];
		expect(await problemsOf(serve(JSON.stringify(bad)), 'https://ties.example/a.json')).toEqual([
			'https://ties.example/a.json relations[0].evidence: needs at least one evidence item'
		]);
	});

	it('says of broken, too deep or cut-off JSON what it says of the same file opened', async () => {
		const url = 'https://ties.example/g.json';
		for (const text of [
			example.slice(0, 200),
			`{"actors": ${'['.repeat(101)}${']'.repeat(101)}}`,
			'{"title": "Ties',
			'[1, 2]'
		]) {
			const problems = await problemsOf(serve(text), url);
			expect(problems).toEqual(await asFile(text, url));
			expect(problems[0]).toMatch(
				/^https:\/\/ties\.example\/g\.json( line \d+, column \d+| actors\[0\]\[0\]\[0\]…)?: /
			);
		}
	});

	it('refuses a graph larger than a file may be as a file is refused, before reading it', async () => {
		const url = 'https://ties.example/big.json';
		let read = false;
		const declared: typeof fetch = async () =>
			new Response(
				new ReadableStream(
					{
						pull() {
							read = true;
						}
					},
					// Nothing is read before the reader asks.
					{ highWaterMark: 0 }
				),
				{ headers: { 'content-length': String(MAX_FILE_BYTES + 1) } }
			);
		const expected = [`${url}: is 20.1 MB: Ties opens files of up to 20 MB`];
		expect(await problemsOf(declared, url)).toEqual(expected);
		expect(read).toBe(false);
		expect(await asFile(' '.repeat(MAX_FILE_BYTES + 1), url)).toEqual(expected);
	});

	it('stops reading a download that grows past the limit without saying its size', async () => {
		const chunk = new Uint8Array(1024 * 1024).fill(32);
		let sent = 0;
		const endless: typeof fetch = async () =>
			new Response(
				new ReadableStream({
					pull(controller) {
						sent++;
						controller.enqueue(chunk);
					}
				})
			);
		expect(await problemsOf(endless, 'live.json')).toEqual([
			'live.json: is more than 20 MB: Ties opens files of up to 20 MB'
		]);
		expect(sent).toBeLessThan(30);
	});

	it('refuses a file that is not UTF-8, as a file opened is', async () => {
		expect(await problemsOf(serve(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])), 'g.json')).toEqual([
			'g.json: is not UTF-8 text: a graph file is JSON, saved as UTF-8'
		]);
	});

	it('reports nodes of a node-link file that are not objects in its own terms', async () => {
		const body = JSON.stringify({ nodes: [null], links: [] });
		expect(await problemsOf(serve(body), 'n.json')).toEqual(['n.json nodes[0]: must be an object']);
	});
});
