import type { GraphProblem } from '$lib/model/graph-problem';
import type { InterchangeEdge, InterchangeNode, ReadNetwork } from './network';
import { positionOf } from './file-positions';
import { endsOf, idOf, isRecord, without } from './json-values';

/**
 * Whether a parsed JSON file is graphology's serialised graph:
 * `{ attributes, options, nodes: [{ key, attributes }], edges: [{ source, target }] }`.
 */
export function isGraphologyJson(json: Record<string, unknown>): boolean {
	if ('actors' in json || !Array.isArray(json.nodes)) return false;
	const node = json.nodes.find(isRecord);
	return (
		(json.edges === undefined || Array.isArray(json.edges)) &&
		(isRecord(json.options) || (node !== undefined && 'key' in node && !('id' in node)))
	);
}

/**
 * A graphology graph's network. An edge is undirected when it says so
 * (`undirected: true`) or the graph's type is `undirected`; a mixed graph's
 * edges are directed unless they say otherwise, as graphology's are.
 */
export function readGraphologyJson(json: Record<string, unknown>, origin: string): ReadNetwork {
	const options = isRecord(json.options) ? json.options : {};
	const undirectedGraph = options.type === 'undirected';
	const problems: GraphProblem[] = [];
	const nodes: InterchangeNode[] = [];
	(json.nodes as unknown[]).forEach((raw, index) => {
		const place = `nodes[${index}]`;
		const key = isRecord(raw) ? idOf(raw.key) : undefined;
		if (key === undefined) {
			problems.push({ origin, place: `${place}.key`, message: 'is missing' });
			return;
		}
		const attributes = isRecord(raw) && isRecord(raw.attributes) ? raw.attributes : {};
		nodes.push({
			id: key,
			place,
			label: typeof attributes.label === 'string' ? attributes.label : undefined,
			position: positionOf(attributes.x, attributes.y),
			attributes: without(attributes, ['label', 'x', 'y'])
		});
	});
	const edges: InterchangeEdge[] = [];
	((json.edges ?? []) as unknown[]).forEach((raw, index) => {
		const place = `edges[${index}]`;
		if (!isRecord(raw)) {
			problems.push({ origin, place, message: 'must be an object' });
			return;
		}
		const ends = endsOf(raw, place, origin, problems);
		if (!ends) return;
		const attributes = isRecord(raw.attributes) ? raw.attributes : {};
		edges.push({
			id: idOf(raw.key),
			place,
			...ends,
			directed: !(raw.undirected === true || undirectedGraph),
			attributes
		});
	});
	if (problems.length > 0) return { ok: false, problems: problems.slice(0, 100) };
	return {
		ok: true,
		network: {
			format: 'graphology JSON',
			edgeWord: 'edge',
			attributes: isRecord(json.attributes) ? json.attributes : {},
			nodes,
			edges
		}
	};
}
