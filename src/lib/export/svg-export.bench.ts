import { bench, describe } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import { barabasiAlbert } from '$lib/model/barabasi-albert';
import type { GraphFile } from '$lib/model/schema';
import { fromSimpleGraph } from '$lib/model/simple-graph';
import { exportSvg } from './svg-export';

/**
 * `npx vitest bench --run src/lib/export`: the SVG export of a 1,000-actor
 * network (about 2,000 relations citing 200 sources) should take well under a
 * second. Not a timed test: machines differ; the number is for people.
 */
const simple = fromSimpleGraph(barabasiAlbert(1000, 2), 'A thousand actors');
const sources = Array.from({ length: 200 }, (_, i) => ({
	id: `source-${i}`,
	title: `Report ${i} on shipping, trade and sanctions evasion in the region`,
	publisher: `Publisher ${i % 17}`,
	url: `https://example.org/reports/${i}`,
	published: '2024-06'
}));
const graph: GraphFile = {
	...simple,
	asOf: '2024-10-06',
	sources,
	relations: simple.relations.map((relation, i) => ({
		...relation,
		evidence: [
			{ source: `source-${i % 200}`, note: 'Cited.' },
			{ source: `source-${(i * 7) % 200}`, quote: 'Quoted.' }
		]
	}))
};
const view = { graph, relations: graph.relations, positions: graphLayout(graph), asOf: graph.asOf };

describe(`SVG export of ${graph.actors.length} actors and ${graph.relations.length} relations`, () => {
	bench('exportSvg', () => {
		exportSvg(view);
	});
});
