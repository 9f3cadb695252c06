import { clip, type GraphProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import { partialDateProblem } from '$lib/model/partial-date';
import type { GraphFile, Source } from '$lib/model/schema';
import { refused, type OpenedGraph } from '../opened-graph';
import { titleFromFileName } from '../title-from-file-name';
import { actorsOfNodes } from './actors-of-nodes';
import { lowerCased, textOf } from './attribute-names';
import type { InterchangeEdge, InterchangeNetwork } from './network';
import { networkNotes } from './network-notes';
import { relationsOfEdges } from './relations-of-edges';

/** The one source every relation of an opened network cites: the file itself. */
const FILE_SOURCE = 'opened-file';

/**
 * A network from another tool, as a graph file: actors from its nodes,
 * relations from its edges (see actorsOfNodes and relationsOfEdges). A file
 * of this kind gives no evidence, and Ties draws no line without it: as a
 * CSV's source without a date is dated the day it is opened, every relation
 * cites the file itself, dated `today`, with a note that says so, and the
 * analyst is told. The whole graph is checked as any file is; each problem
 * is placed at its node or edge in the file's own terms. Never half a graph.
 */
export function graphOfNetwork(
	network: InterchangeNetwork,
	origin: string,
	today: string
): OpenedGraph {
	const problems = danglingEdges(network, origin);
	if (problems.length > 0) return refused(problems);
	const found = actorsOfNodes(network.nodes);
	const byId = new Map(found.actors.map((actor) => [actor.id, actor]));
	const note = `${clip(origin, 100)} gives no evidence for this ${network.edgeWord}.`;
	const read = relationsOfEdges(network.edges, byId, found.ids, FILE_SOURCE, note);
	const source: Source = {
		id: FILE_SOURCE,
		title: clip(`${network.format} file ${origin}`, 300),
		publisher: 'Unknown',
		published: today
	};
	const attributes = lowerCased(network.attributes);
	const asOf = textOf(attributes, ['asof', 'as of']);
	const graph: GraphFile = {
		title: clip(textOf(attributes, ['title', 'name', 'label']) ?? titleFromFileName(origin), 200),
		asOf: asOf && partialDateProblem(asOf) === undefined ? asOf : today,
		actors: found.actors,
		sources: network.edges.length > 0 ? [source] : [],
		relations: read.relations
	};
	const description = textOf(attributes, ['description']);
	if (description) graph.description = clip(description, 4000);
	if (read.types.declared.length > 0) graph.relationTypes = read.types.declared;
	// Made here, the graph is checked as it stands, not copied: thousands of actors and relations.
	const parsed = parseGraph(graph, { fresh: true });
	if (!parsed.ok) return refused(parsed.problems.map(inFileTerms(network, origin)));
	return {
		ok: true,
		graph: parsed.graph,
		name: origin,
		notes: networkNotes(network, origin, today, found, read)
	};
}

/** Edges whose ends are no node of the file, named by their place. */
function danglingEdges(network: InterchangeNetwork, origin: string): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const ids = new Set<string>();
	for (const node of network.nodes) {
		if (ids.has(node.id)) {
			problems.push({
				origin,
				place: node.place,
				message: `has the id "${clip(node.id, 60)}" of an earlier node`
			});
		}
		ids.add(node.id);
	}
	const unknown = (edge: InterchangeEdge, end: 'source' | 'target') =>
		problems.push({
			origin,
			place: `${edge.place}.${end}`,
			message: `no node has the id "${clip(edge[end], 60)}"`
		});
	// Each end named, not iterated: thousands of edges, in code run once, would each make an iterator.
	for (const edge of network.edges) {
		if (!ids.has(edge.source)) unknown(edge, 'source');
		if (!ids.has(edge.target)) unknown(edge, 'target');
	}
	return problems.slice(0, 100);
}

/** A problem of the graph made from the file, placed at the node or edge it came from. */
function inFileTerms(
	network: InterchangeNetwork,
	origin: string
): (problem: GraphProblem) => GraphProblem {
	return (problem) => {
		const match = /^(actors|relations)\[(\d+)\](.*)$/.exec(problem.place);
		let place = problem.place;
		if (match) {
			const [, list, index, rest] = match;
			const element = list === 'actors' ? network.nodes[+index] : network.edges[+index];
			if (element) place = `${element.place}${rest.replace(/^\.name$/, '.label')}`;
		}
		return { origin, place: clip(place), message: clip(problem.message) };
	};
}
