import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '$lib/export/gexf-export';
import { exportGraphml } from '$lib/export/graphml-export';
import { xmlText } from '$lib/export/escape-xml';
import { graphLayout } from '$lib/layout/graph-layout';
import { describeProblem } from '$lib/model/graph-problem';
import { exampleGraph } from '../../../../tests/fixtures/example-graph';
import { graphFile } from '../../../../tests/fixtures/graph-arbitrary';
import { xmlTools } from '../../../../tests/fixtures/xml-tools';
import { readXmlGraph } from './read-xml-graph';

const example = exampleGraph();
const positions = graphLayout(example);

/** What an analyst sees of a relation, whatever the file it came through. */
const seen = (relation: (typeof example.relations)[number]) => ({
	id: relation.id,
	source: relation.source,
	target: relation.target,
	status: relation.status,
	summary: relation.summary,
	since: relation.since,
	until: relation.until
});

describe("opening Ties' own GraphML and GEXF exports", () => {
	for (const [format, text] of [
		['GraphML', exportGraphml(example, positions)],
		['GEXF', exportGexf(example, positions)]
	] as const) {
		it(`gives back from ${format} the same actors, and relations with their ends, statuses, summaries and dates`, () => {
			const opened = readXmlGraph(text, `example.${format.toLowerCase()}`, '2026-12-02', xmlTools);
			if (!opened.ok) throw new Error(opened.problems.map(describeProblem).join('\n'));
			const { graph } = opened;
			expect(graph.actors.map((actor) => [actor.id, actor.name, actor.kind])).toEqual(
				example.actors.map((actor) => [actor.id, actor.name, actor.kind])
			);
			// The order of the edges is the export's to choose.
			const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
			expect(graph.relations.map(seen).sort(byId)).toEqual(example.relations.map(seen).sort(byId));
			const typeLabel = (id: string) =>
				[...(example.relationTypes ?? []), ...(graph.relationTypes ?? [])].find(
					(type) => type.id === id
				)?.label ?? id;
			const typesOf = (relations: typeof example.relations) =>
				[...relations].sort(byId).map((relation) => typeLabel(relation.type).toLowerCase());
			expect(typesOf(graph.relations)).toEqual(typesOf(example.relations));
		});
	}
});

/** Every text a graph holds. */
const textsOf = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: value && typeof value === 'object'
			? Object.values(value).flatMap(textsOf)
			: [];

describe('any valid graph, exported as GraphML or GEXF and opened again', () => {
	it('keeps its actors, and its relations with their ends, types, statuses and dates', () => {
		fc.assert(
			fc.property(graphFile, fc.constantFrom('graphml', 'gexf'), (graph, format) => {
				// Characters XML cannot hold are left out on export (tested with the exports).
				fc.pre(textsOf(graph).every((text) => xmlText(text) === text));
				const text = format === 'graphml' ? exportGraphml(graph) : exportGexf(graph);
				const opened = readXmlGraph(text, `network.${format}`, '2026-12-02', xmlTools);
				if (!opened.ok) throw new Error(opened.problems.map(describeProblem).join('\n'));
				const again = opened.graph;
				expect(again.actors.map((actor) => [actor.id, actor.name, actor.kind])).toEqual(
					graph.actors.map((actor) => [actor.id, actor.name, actor.kind])
				);
				const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
				const label = (from: typeof graph, id: string) =>
					(from.relationTypes ?? []).find((type) => type.id === id)?.label.toLowerCase() ?? id;
				const facts = (from: typeof graph) =>
					[...from.relations].sort(byId).map((relation) => ({
						...seen(relation),
						type: label(from, relation.type)
					}));
				expect(facts(again)).toEqual(facts(graph));
			}),
			{ numRuns: 40, seed: 7 }
		);
	}, 60_000);
});
