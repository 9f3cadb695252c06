import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { exportJson } from '$lib/export/json-export';
import { describeImportProblem, type OpenedGraph } from './import-problem';
import { readGraphJson } from './read-graph-json';

const exampleText = readFileSync(
	new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url),
	'utf8'
);

function problemsOf(opened: OpenedGraph): string[] {
	if (opened.ok) throw new Error('expected problems, the file opened');
	return opened.problems.map(describeImportProblem);
}

describe('readGraphJson', () => {
	it('opens a graph file as the app checks it, byte-order mark or not', () => {
		for (const text of [exampleText, `\uFEFF${exampleText}`]) {
			const opened = readGraphJson('dprk.json', text);
			expect(opened).toEqual({ ok: true, graph: exampleGraph(), name: 'dprk.json', notes: [] });
		}
	});

	it('opens what the JSON export writes as the same graph', () => {
		const graph = exampleGraph();
		expect(readGraphJson('export.json', exportJson(graph))).toMatchObject({ ok: true, graph });
	});

	it('places broken JSON by line and column', () => {
		expect(problemsOf(readGraphJson('cut.json', exampleText.slice(0, 200)))).toEqual([
			'cut.json line 7, column 1: the file ends before the object that opens at line 1, column 1 is closed (was it cut off?)'
		]);
		expect(problemsOf(readGraphJson('cut.json', exampleText.slice(0, 190)))).toEqual([
			'cut.json line 6, column 4: the file ends inside the text that starts at line 6, column 3 (was it cut off?)'
		]);
	});

	it('places a schema problem by its path, every problem at once', () => {
		const graph = exampleGraph();
		graph.relations[3].since = '2024-13-01';
		graph.sources[0].url = 'javascript:alert(1)';
		expect(problemsOf(readGraphJson('g.json', JSON.stringify(graph)))).toEqual([
			'g.json sources[0].url: must be an http:// or https:// link',
			'g.json relations[3].since: "2024-13-01" is not a date: month 13 does not exist'
		]);
	});

	it('refuses JSON that is not an object, saying what it holds', () => {
		expect(problemsOf(readGraphJson('list.json', '[1, 2]'))).toEqual([
			'list.json: is not a graph file: it holds an array, not an object with actors, sources and relations'
		]);
		expect(problemsOf(readGraphJson('null.json', 'null'))[0]).toContain('it holds null');
	});

	it('opens a node-link file, titled after the file and saying it has no evidence', () => {
		const text = JSON.stringify({
			nodes: [{ id: 'a', label: 'Alpha' }, { id: 'b' }],
			links: [{ source: 'a', target: 'b' }]
		});
		const opened = readGraphJson('alliances.json', text);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.graph.title).toBe('alliances');
		expect(opened.graph.actors.map((actor) => actor.name)).toEqual(['Alpha', 'b']);
		expect(opened.notes[0]).toContain('gives no evidence');
	});

	it("places a node-link file's problems in its own terms", () => {
		const text = JSON.stringify({
			nodes: [{ id: 'A b', label: 'Alpha' }, null],
			links: []
		});
		expect(problemsOf(readGraphJson('n.json', text))).toEqual([
			'n.json nodes[1]: must be an object'
		]);
		const unnamed = JSON.stringify({ nodes: [{ id: 'a', label: ' ' }], links: [] });
		expect(problemsOf(readGraphJson('n.json', unnamed))).toEqual([
			'n.json nodes[0].label: is empty'
		]);
		const dangling = JSON.stringify({
			nodes: [{ id: 'a' }],
			links: [{ source: 'a', target: 'z' }]
		});
		expect(problemsOf(readGraphJson('n.json', dangling))).toEqual([
			'n.json links[0].target: no actor has the id "z"'
		]);
	});

	it('never repeats a whole hostile value in a problem', () => {
		const graph = { ...exampleGraph(), ['x'.repeat(100_000)]: 1 };
		const [problem] = problemsOf(readGraphJson('g.json', JSON.stringify(graph)));
		expect(problem.length).toBeLessThan(400);
	});
});
