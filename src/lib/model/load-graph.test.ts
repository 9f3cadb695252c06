import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from './barabasi-albert';
import { graphAddress, loadGraph } from './load-graph';

const example = readFileSync(
	new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url),
	'utf8'
);
const serve =
	(body: string, status = 200): typeof fetch =>
	async () =>
		new Response(body, { status });

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

	it('reports a missing file, broken JSON and a bad file as problems, without throwing', async () => {
		expect((await loadGraph(serve('nope', 404), 'a.json')).problems?.[0].message).toMatch(
			/HTTP 404/
		);
		expect((await loadGraph(serve('{"actors": ['), 'a.json')).problems?.[0].message).toMatch(
			/not valid JSON/
		);
		const failing: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect((await loadGraph(failing, 'a.json')).problems?.[0].message).toMatch(/Failed to fetch/);
		const bad = JSON.parse(example);
		bad.relations[0].evidence = [];
		const problems = (await loadGraph(serve(JSON.stringify(bad)), 'a.json')).problems!;
		expect(problems[0].path).toBe('relations[0].evidence');
	});
});

describe('graphAddress', () => {
	const page = new URL('https://ties.example/app/?graph=x');

	it('resolves a relative address against the page', () => {
		expect(graphAddress('graphs/a.json', page)).toEqual({
			url: 'https://ties.example/app/graphs/a.json'
		});
	});

	it('refuses addresses that are not on the web', () => {
		for (const parameter of [
			'javascript:alert(1)',
			'data:application/json,{}',
			'file:///etc/passwd'
		]) {
			expect(graphAddress(parameter, page)).toHaveProperty('problem');
		}
	});
});

describe('loadGraph with a broken node-link file', () => {
	it('reports nodes that are not objects as a problem, without throwing', async () => {
		const body = JSON.stringify({ nodes: [null], links: [] });
		const loaded = await loadGraph(async () => new Response(body), 'n.json');
		expect(loaded.problems?.[0].message).toMatch(/not all objects/);
	});
});
