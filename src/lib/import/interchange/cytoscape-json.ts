import type { GraphProblem } from '$lib/model/graph-problem';
import type { InterchangeEdge, InterchangeNode, ReadNetwork } from './network';
import { positionOf } from './file-positions';
import { endsOf, idOf, isRecord, without } from './json-values';

/**
 * Whether a parsed JSON file is Cytoscape.js JSON: `elements` as
 * `{ nodes: [{ data: { id } }], edges: [{ data: { source, target } }] }`,
 * or as one array of both (Cytoscape tells them by `group`, or by an
 * element's `source`).
 */
export function isCytoscapeJson(json: Record<string, unknown>): boolean {
	return !('actors' in json) && (Array.isArray(json.elements) || isRecord(json.elements));
}

interface Element {
	raw: unknown;
	place: string;
}

/**
 * A Cytoscape.js graph's network. Cytoscape's edges all go from source to
 * target, so each is directed unless its data says `directed: false`; a
 * node's name is its `label`, else its `name` (as Cytoscape desktop writes).
 */
export function readCytoscapeJson(json: Record<string, unknown>, origin: string): ReadNetwork {
	const { elements } = json;
	const nodeElements: Element[] = [];
	const edgeElements: Element[] = [];
	if (Array.isArray(elements)) {
		elements.forEach((raw, index) => {
			const data = isRecord(raw) && isRecord(raw.data) ? raw.data : {};
			const edge =
				isRecord(raw) && (raw.group === 'edges' || (raw.group === undefined && 'source' in data));
			(edge ? edgeElements : nodeElements).push({ raw, place: `elements[${index}]` });
		});
	} else if (isRecord(elements)) {
		for (const [list, into] of [
			['nodes', nodeElements],
			['edges', edgeElements]
		] as const) {
			const raws = Array.isArray(elements[list]) ? elements[list] : [];
			raws.forEach((raw, index) => into.push({ raw, place: `elements.${list}[${index}]` }));
		}
	}
	const problems: GraphProblem[] = [];
	const nodes: InterchangeNode[] = [];
	for (const { raw, place } of nodeElements) {
		const data = isRecord(raw) && isRecord(raw.data) ? raw.data : undefined;
		const id = idOf(data?.id);
		if (!data || id === undefined) {
			problems.push({ origin, place: `${place}.data.id`, message: 'is missing' });
			continue;
		}
		const position = isRecord(raw) && isRecord(raw.position) ? raw.position : {};
		const label = [data.label, data.name].find((value) => typeof value === 'string');
		nodes.push({
			id,
			place,
			label: label as string | undefined,
			position: positionOf(position.x, position.y),
			attributes: without(data, ['id', 'label', 'name', 'shared_name', 'SUID', 'selected'])
		});
	}
	const edges: InterchangeEdge[] = [];
	for (const { raw, place } of edgeElements) {
		const data = isRecord(raw) && isRecord(raw.data) ? raw.data : {};
		const ends = endsOf(data, `${place}.data`, origin, problems);
		if (!ends) continue;
		edges.push({
			id: idOf(data.id),
			place,
			...ends,
			directed: data.directed !== false,
			attributes: without(data, [
				'id',
				'source',
				'target',
				'directed',
				'SUID',
				'selected',
				'shared_name',
				'shared_interaction',
				'name'
			])
		});
	}
	if (problems.length > 0) return { ok: false, problems: problems.slice(0, 100) };
	return {
		ok: true,
		network: {
			format: 'Cytoscape.js JSON',
			edgeWord: 'edge',
			attributes: isRecord(json.data) ? json.data : {},
			nodes,
			edges
		}
	};
}
