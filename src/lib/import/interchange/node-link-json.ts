import type { GraphProblem } from '$lib/model/graph-problem';
import type { InterchangeEdge, InterchangeNode, ReadNetwork } from './network';
import { positionOf } from './file-positions';
import { endsOf, idOf, isRecord, without } from './json-values';

/**
 * Whether a parsed JSON file is node-link JSON, as NetworkX's
 * `node_link_data` (links in `links` before 3.4, in `edges` since) and d3
 * write it: `nodes` and `links` or `edges`, nodes known by `id`.
 */
export function isNodeLinkJson(json: Record<string, unknown>): boolean {
	if ('actors' in json || !Array.isArray(json.nodes)) return false;
	const links = json.links ?? json.edges;
	if (!Array.isArray(links)) return false;
	const node = json.nodes.find(isRecord);
	return node === undefined || !('key' in node) || 'id' in node;
}

/**
 * A node-link file's network. Links go from `source` to `target` (ids of
 * any type, or d3's node objects); `directed` says for all (NetworkX
 * always writes it; without it, each type's own direction holds); `graph`
 * holds the graph's attributes.
 */
export function readNodeLinkJson(json: Record<string, unknown>, origin: string): ReadNetwork {
	const list = Array.isArray(json.links) ? 'links' : 'edges';
	const rawNodes = json.nodes as unknown[];
	const rawLinks = json[list] as unknown[];
	const directed = typeof json.directed === 'boolean' ? json.directed : undefined;
	const problems: GraphProblem[] = [];
	const nodes: InterchangeNode[] = [];
	rawNodes.forEach((raw, index) => {
		const place = `nodes[${index}]`;
		const id = isRecord(raw) ? idOf(raw.id) : undefined;
		if (!isRecord(raw)) problems.push({ origin, place, message: 'must be an object' });
		else if (id === undefined)
			problems.push({ origin, place: `${place}.id`, message: 'is missing' });
		else {
			nodes.push({
				id,
				place,
				label: typeof raw.label === 'string' ? raw.label : undefined,
				position: positionOf(raw.x, raw.y),
				attributes: without(raw, ['id', 'label', 'x', 'y', 'vx', 'vy', 'fx', 'fy', 'index'])
			});
		}
	});
	const edges: InterchangeEdge[] = [];
	rawLinks.forEach((raw, index) => {
		const place = `${list}[${index}]`;
		if (!isRecord(raw)) {
			problems.push({ origin, place, message: 'must be an object' });
			return;
		}
		const ends = endsOf(raw, place, origin, problems);
		if (!ends) return;
		edges.push({
			id: typeof raw.id === 'string' ? raw.id : undefined,
			place,
			source: ends.source,
			target: ends.target,
			directed: typeof raw.directed === 'boolean' ? raw.directed : directed,
			attributes: without(raw, ['source', 'target', 'id', 'key', 'index', 'directed'])
		});
	});
	if (problems.length > 0) return { ok: false, problems: problems.slice(0, 100) };
	return {
		ok: true,
		network: {
			format: 'node-link JSON',
			edgeWord: 'link',
			attributes: isRecord(json.graph) ? json.graph : {},
			nodes,
			edges
		}
	};
}
