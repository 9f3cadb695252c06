import Graph from 'graphology';
import createParser from 'graphology-graphml/common/parser.js';
import { unreadableNetwork } from './unreadable-network';
import type { InterchangeEdge, InterchangeNode, ReadNetwork } from './network';
import { elementProblems, elementsNamed, placeOf, type XmlTools } from './xml-elements';
import { flipped, positionOf } from './file-positions';
import { takeYedGraphics, type YedGraphics } from './yed-graphics';

/**
 * A GraphML file's network, read by graphology-graphml: its keys typed, its
 * `edgedefault` and each edge's `directed` honoured, nested graphs (yEd's
 * groups) flattened. yEd's own data (labels, boxes, arrows) is read apart:
 * a node's label is its `label` or `name` key, else yEd's label; its
 * position yEd's box; an edge yEd draws without arrows is undirected.
 */
export function graphmlNetwork(document: Document, origin: string, tools: XmlTools): ReadNetwork {
	const nodeElements = elementsNamed(document, 'node');
	const edgeElements = elementsNamed(document, 'edge');
	const problems = elementProblems(nodeElements, edgeElements, origin);
	if (problems.length > 0) return { ok: false, problems };

	const graphicsKeys = new Set(
		elementsNamed(document, 'key')
			.filter((key) => key.hasAttribute('yfiles.type'))
			.map((key) => key.getAttribute('id') ?? '')
	);
	const yed = graphicsKeys.size > 0;
	const nodeGraphics = new Map<string, YedGraphics>();
	for (const node of nodeElements) {
		nodeGraphics.set(node.getAttribute('id')!, takeYedGraphics(node, graphicsKeys));
	}
	const edgeGraphics = edgeElements.map((edge) => takeYedGraphics(edge, graphicsKeys));
	for (const key of elementsNamed(document, 'key')) {
		if (graphicsKeys.has(key.getAttribute('id') ?? '')) key.parentNode?.removeChild(key);
	}

	let graph: Graph;
	try {
		graph = createParser(tools.DOMParser, tools.Document)(Graph, document);
	} catch (error) {
		return unreadableNetwork('GraphML', origin, error);
	}
	const nodes: InterchangeNode[] = nodeElements.map((element, index) => {
		const id = element.getAttribute('id')!;
		const { label, x, y, ...attributes } = graph.getNodeAttributes(id);
		const graphics = nodeGraphics.get(id)!;
		const named = [label, attributes.name].find(
			(value) => typeof value === 'string' && value.trim() !== ''
		);
		return {
			id,
			place: placeOf(element, index),
			label: (named as string | undefined) ?? graphics.label,
			// Gephi writes its coordinates as keys, with y growing upwards.
			position: graphics.position ?? flipped(positionOf(x, y)),
			attributes: withoutUnnamed(attributes)
		};
	});
	const keys = graph.edges();
	const edges: InterchangeEdge[] = edgeElements.map((element, index) => {
		const key = keys[index];
		const graphics = edgeGraphics[index];
		const attributes = withoutUnnamed(graph.getEdgeAttributes(key));
		if (graphics.label && attributes.label === undefined) attributes.label = graphics.label;
		return {
			id: element.getAttribute('id') ?? undefined,
			place: placeOf(element, index),
			source: element.getAttribute('source')!,
			target: element.getAttribute('target')!,
			directed: graph.isDirected(key) && graphics.undirected !== true,
			attributes
		};
	});
	return {
		ok: true,
		network: {
			format: yed ? 'yEd GraphML' : 'GraphML',
			edgeWord: 'edge',
			attributes: withoutUnnamed(graph.getAttributes()),
			nodes,
			edges
		}
	};
}

/** The attributes of keys with a name: graphology files data of a key without one under "null". */
function withoutUnnamed(attributes: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(attributes).filter(
			([name]) => name !== 'null' && name !== '' && name !== 'undefined'
		)
	);
}
