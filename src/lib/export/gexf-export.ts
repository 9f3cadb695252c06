import Graph from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import { isDirected, relationStyle } from '$lib/stage/relation-style';
import { actorRadius } from '$lib/stage/visual-constants';
import type { Point } from '$lib/layout/point';
import { actorCode, indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { relationAttributes } from './relation-attributes';

/**
 * The graph as GEXF 1.3, for Gephi: actors as nodes, relations as edges
 * (directed or not, several per pair), with types, statuses, dates, and the
 * grades and dates of their evidence (see relationAttributes) as attributes;
 * positions, sizes and colours as Ties draws them.
 * Written by graphology's GEXF writer.
 */
export function exportGexf(
	graph: GraphFile,
	positions: ReadonlyMap<string, Point> = new Map()
): string {
	const index = indexGraph(graph);
	const network = new Graph({ type: 'mixed', multi: true });
	// Only the meta fields GEXF defines, so that Gephi's importer takes the file without a warning.
	network.mergeAttributes({
		creator: 'Ties',
		description: [graph.title, graph.subtitle, `as of ${graph.asOf}`].filter(Boolean).join(' — ')
	});
	for (const actor of graph.actors) {
		const place = positions.get(actor.id) ?? actor.position;
		network.addNode(actor.id, {
			label: actor.name,
			fullName: actor.fullName,
			kind: actor.kind,
			code: actorCode(actor),
			iso3166: actor.iso3166,
			size: actorRadius(actor.kind),
			...(place ? { x: place.x, y: place.y } : {})
		});
	}
	for (const relation of graph.relations) {
		const type = index.types.get(relation.type);
		const style = relationStyle(relation, type);
		const attributes = {
			label: relation.summary,
			...relationAttributes(relation, index),
			color: style.colour,
			thickness: style.width
		};
		if (isDirected(relation, type)) {
			network.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
		} else {
			network.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
		}
	}
	return write(network, { version: '1.3', pretty: true, pedantic: true });
}
