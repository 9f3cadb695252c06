import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { exportJson } from '$lib/export/json-export';
import { describeProblem } from '$lib/model/graph-problem';
import { MAX_FILE_BYTES } from './import-limits';
import type { OpenedGraph } from './opened-graph';
import { checkGraph, openGraphText, readGraphText } from './read-graph-text';

const exampleText = readFileSync(
	new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url),
	'utf8'
);

function problemsOf(opened: OpenedGraph): string[] {
	if (opened.ok) throw new Error('expected problems, the file opened');
	return opened.problems.map(describeProblem);
}

describe('readGraphText', () => {
	it('opens a graph file as the app checks it, byte-order mark or not', async () => {
		for (const text of [exampleText, `\uFEFF${exampleText}`]) {
			const opened = await readGraphText(text, 'dprk.json');
			expect(opened).toEqual({ ok: true, graph: exampleGraph(), name: 'dprk.json', notes: [] });
		}
	});

	it('opens what the JSON export writes as the same graph', async () => {
		const graph = exampleGraph();
		expect(await readGraphText(exportJson(graph), 'export.json')).toMatchObject({
			ok: true,
			graph
		});
	});

	it('places broken JSON by line and column', async () => {
		expect(problemsOf(await readGraphText(exampleText.slice(0, 200), 'cut.json'))).toEqual([
			'cut.json line 7, column 1: the file ends before the object that opens at line 1, column 1 is closed (was it cut off?)'
		]);
		expect(problemsOf(await readGraphText(exampleText.slice(0, 190), 'cut.json'))).toEqual([
			'cut.json line 6, column 4: the file ends inside the text that starts at line 6, column 3 (was it cut off?)'
		]);
	});

	it('places a schema problem by its path, every problem at once', async () => {
		const graph = exampleGraph();
		graph.relations[3].since = '2024-13-01';
		graph.sources[0].url = 'javascript:alert(1)';
		expect(problemsOf(await readGraphText(JSON.stringify(graph), 'g.json'))).toEqual([
			'g.json sources[0].url: must be an http:// or https:// link',
			'g.json relations[3].since: "2024-13-01" is not a date: month 13 does not exist'
		]);
	});

	it('refuses JSON that is not an object, saying what it holds', async () => {
		expect(problemsOf(await readGraphText('[1, 2]', 'list.json'))).toEqual([
			'list.json: is not a graph file: it holds an array, not an object with actors, sources and relations'
		]);
		expect(problemsOf(await readGraphText('null', 'null.json'))[0]).toContain('it holds null');
	});

	it('opens a node-link file, titled after the file and saying it has no evidence', async () => {
		const text = JSON.stringify({
			nodes: [{ id: 'a', label: 'Alpha' }, { id: 'b' }],
			links: [{ source: 'a', target: 'b' }]
		});
		const opened = await openGraphText(text, 'alliances.json');
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.graph.title).toBe('alliances');
		expect(opened.graph.actors.map((actor) => actor.name)).toEqual(['Alpha', 'b']);
		expect(opened.notes[0]).toContain('gives no evidence');
	});

	it("places a node-link file's problems in its own terms", async () => {
		const text = JSON.stringify({
			nodes: [{ id: 'A b', label: 'Alpha' }, null],
			links: []
		});
		expect(problemsOf(await openGraphText(text, 'n.json'))).toEqual([
			'n.json nodes[1]: must be an object'
		]);
		const dangling = JSON.stringify({
			nodes: [{ id: 'a' }],
			links: [{ source: 'a', target: 'z' }]
		});
		expect(problemsOf(await openGraphText(dangling, 'n.json'))).toEqual([
			'n.json links[0].target: no node has the id "z"'
		]);
	});

	it('names a node with a blank label by its id', async () => {
		const unnamed = JSON.stringify({ nodes: [{ id: 'a', label: ' ' }], links: [] });
		const opened = await openGraphText(unnamed, 'n.json');
		expect(opened.ok && opened.graph.actors[0].name).toBe('a');
	});

	it('never repeats a whole hostile value in a problem', async () => {
		const graph = { ...exampleGraph(), ['x'.repeat(100_000)]: 1 };
		const [problem] = problemsOf(await readGraphText(JSON.stringify(graph), 'g.json'));
		expect(problem.length).toBeLessThan(400);
	});

	it('refuses a text larger than a file may be, counted in bytes as the file would be', async () => {
		const expected = ['big.json: is 20.1 MB: Ties opens files of up to 20 MB'];
		expect(problemsOf(await readGraphText(' '.repeat(MAX_FILE_BYTES + 1), 'big.json'))).toEqual(
			expected
		);
		// Half as many characters, each two bytes in UTF-8.
		const accented = `"${'é'.repeat(MAX_FILE_BYTES / 2)}"`;
		expect(problemsOf(await readGraphText(accented, 'big.json'))).toEqual(expected);
		const fits = ' '.repeat(MAX_FILE_BYTES - 2);
		expect(problemsOf(await readGraphText(`${fits}{}`, 'ok.json'))[0]).toBe(
			'ok.json title: is missing (expected a string)'
		);
	});

	it('refuses JSON nested too deep, and a text too long, by its path', async () => {
		const deep = `{"actors": ${'['.repeat(101)}${']'.repeat(101)}}`;
		expect(problemsOf(await readGraphText(deep, 'deep.json'))).toEqual([
			'deep.json actors[0][0][0]…: the JSON is nested more than 100 levels deep; a graph file needs no more than 6'
		]);
		const graph = exampleGraph();
		graph.relations[2].summary = 'x'.repeat(1_000_001);
		expect(problemsOf(await readGraphText(JSON.stringify(graph), 'long.json'))).toEqual([
			'long.json relations[2].summary: a text of 1,000,001 characters is too long to open (at most 1,000,000)'
		]);
	});

	it('places problems after a byte-order mark as an editor does, from the first character', async () => {
		expect(problemsOf(await readGraphText('\uFEFF{"title": ', 'bom.json'))).toEqual([
			'bom.json line 1, column 11: the file ends before the object that opens at line 1, column 1 is closed (was it cut off?)'
		]);
	});
});

describe('checkGraph', () => {
	const origin = 'the library\'s graph "g-1"';

	it('accepts a graph read back whole, named after its origin', () => {
		expect(checkGraph(exampleGraph(), origin)).toEqual({
			ok: true,
			graph: exampleGraph(),
			name: origin,
			notes: []
		});
	});

	it('refuses a damaged graph with the path of each thing wrong', () => {
		const graph: Record<string, unknown> = { ...exampleGraph(), actors: undefined };
		graph.relations = [{ ...exampleGraph().relations[0], evidence: 'none' }];
		expect(problemsOf(checkGraph(graph, origin))).toEqual([
			'the library\'s graph "g-1" actors: is missing (expected an array)',
			'the library\'s graph "g-1" relations[0].evidence: must be an array, not a string'
		]);
	});

	it('refuses a value that is no graph at all, and never reads it as a node-link file', () => {
		expect(problemsOf(checkGraph(undefined, origin))).toEqual([
			'the library\'s graph "g-1": is not a graph file: it holds nothing, not an object with actors, sources and relations'
		]);
		const nodeLink = { nodes: [{ id: 'a' }], links: [] };
		expect(problemsOf(checkGraph(nodeLink, origin))).toContain(
			'the library\'s graph "g-1" actors: is missing (expected an array)'
		);
	});
});
