import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFile } from '../../../tests/fixtures/graph-arbitrary';
import { exportCsv } from '$lib/csv/csv-export';
import { exportJson } from '$lib/export/json-export';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { exportActorsCsv } from '$lib/csv/actors-csv';
import { describeProblem } from '$lib/model/graph-problem';
import type { OpenedGraph } from './opened-graph';
import { readGraphCsv } from '$lib/csv/read-graph-csv';
import { readGraphText } from './read-graph-text';

const RUNS = { numRuns: 150 };
const TODAY = '2026-11-28';

function graphOf(opened: OpenedGraph): GraphFile {
	if (!opened.ok) throw new Error(opened.problems.map(describeProblem).join('\n'));
	return opened.graph;
}

/**
 * What a relations CSV carries of a graph: each relation's id, summary, type
 * label, actors, status, dates, and each evidence item's quote, note,
 * locator, credibility and source (title, publisher, URL, date of
 * publication, reliability): all the Evidence panel shows. Actors are named
 * by `actor` (their id with an actors CSV, their name without).
 */
function carriedByCsv(graph: GraphFile, actor: (id: string) => string) {
	const index = indexGraph(graph);
	return graph.relations.map((relation) => ({
		id: relation.id,
		summary: relation.summary,
		type: index.types.get(relation.type)?.label,
		source: actor(relation.source),
		target: actor(relation.target),
		status: relation.status,
		since: relation.since,
		until: relation.until,
		evidence: relation.evidence.map((item) => {
			const source = index.sources.get(item.source)!;
			return {
				quote: item.quote,
				note: item.note,
				locator: item.locator,
				credibility: item.credibility,
				source: {
					title: source.title,
					publisher: source.publisher,
					url: source.url,
					published: source.published,
					reliability: source.reliability
				}
			};
		})
	}));
}

const nameOf = (graph: GraphFile) => (id: string) => indexGraph(graph).actors.get(id)!.name;

describe('export, then import, of any valid graph', () => {
	it('JSON gives back the same graph', async () => {
		await fc.assert(
			fc.asyncProperty(graphFile, async (graph) => {
				expect(graphOf(await readGraphText(exportJson(graph), 'graph.json'))).toEqual(graph);
			}),
			RUNS
		);
	});

	it('a relations CSV gives back its relations, evidence and cited sources, actors by name', () => {
		fc.assert(
			fc.property(graphFile, (graph) => {
				const opened = graphOf(readGraphCsv([{ name: 'g.csv', text: exportCsv(graph) }], TODAY));
				expect(carriedByCsv(opened, nameOf(opened))).toEqual(carriedByCsv(graph, nameOf(graph)));
				const cited = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
				expect(opened.actors.map((a) => a.name).sort()).toEqual(
					graph.actors
						.filter((a) => cited.has(a.id))
						.map((a) => a.name)
						.sort()
				);
			}),
			RUNS
		);
	});

	it('a relations CSV with its actors CSV gives back the actors whole, ids and all', () => {
		fc.assert(
			fc.property(graphFile, (graph) => {
				const result = readGraphCsv(
					[
						{ name: 'g.csv', text: exportCsv(graph) },
						{ name: 'actors.csv', text: exportActorsCsv(graph) }
					],
					TODAY
				);
				const opened = graphOf(result);
				// Nothing filled in: every source keeps its own date of publication.
				expect(result.ok && result.notes).toEqual([]);
				expect(opened.actors).toEqual(graph.actors);
				expect(carriedByCsv(opened, (id) => id)).toEqual(carriedByCsv(graph, (id) => id));
			}),
			RUNS
		);
	});
});
