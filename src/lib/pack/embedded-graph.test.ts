import { describe, expect, it } from 'vitest';
import { describeProblem } from '$lib/model/graph-problem';
import { readEmbeddedGraph } from './embedded-graph';

const said = (text: string | null) => (readEmbeddedGraph(text).problems ?? []).map(describeProblem);

describe('readEmbeddedGraph', () => {
	it('reads a graph', () => {
		const graph = { title: 'T', asOf: '2024', actors: [], sources: [], relations: [] };
		expect(readEmbeddedGraph(JSON.stringify(graph)).graph).toEqual(graph);
	});

	it('says the bare template holds no graph', () => {
		expect(said(null)).toEqual(['this briefing pack: holds no graph: export one from Ties']);
		expect(said('  ')).toEqual(['this briefing pack: holds no graph: export one from Ties']);
	});

	it('says where a hand edit broke the graph', () => {
		expect(said('{"title": "T",')[0]).toMatch(
			/^this briefing pack: holds a graph that is not valid JSON/
		);
		expect(said('[1, 2]')).toEqual([
			'this briefing pack: holds no graph: its data is not an object with actors and relations'
		]);
		expect(said('{"asOf": "2024", "actors": [], "sources": [], "relations": []}')).toEqual([
			'this briefing pack title: is missing (expected a text)'
		]);
		expect(said('{"title": "T", "asOf": "2024", "actors": [], "sources": []}')).toEqual([
			'this briefing pack relations: is missing (expected a list)'
		]);
	});
});
