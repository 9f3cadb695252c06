import Graph from 'graphology';
import createParser from 'graphology-gexf/common/parser.js';

/** A graph of any edges: directed and undirected, several per pair. */
class AnyEdges extends Graph {
	constructor() {
		super({ type: 'mixed', multi: true });
	}
}
import { unreadableNetwork } from './unreadable-network';
import type { InterchangeEdge, InterchangeNode, ReadNetwork } from './network';
import { flipped, positionOf } from './file-positions';
import { elementProblems, elementsNamed, placeOf, type XmlTools } from './xml-elements';

/**
 * A GEXF file's network (1.1 to 1.3, as Gephi and NetworkX write it), read
 * by graphology-gexf: its attributes by their titles, `defaultedgetype` and
 * each edge's `type` honoured, positions from `viz:position` (turned so that
 * the picture stands as in Gephi, whose y grows upwards). An edge's time is
 * its `start`/`end`, or its spells' first start and last end.
 */
export function gexfNetwork(document: Document, origin: string, tools: XmlTools): ReadNetwork {
	const nodeElements = elementsNamed(document, 'node');
	const edgeElements = elementsNamed(document, 'edge');
	const problems = elementProblems(nodeElements, edgeElements, origin);
	if (problems.length > 0) return { ok: false, problems };

	let graph: Graph;
	try {
		// Mixed and multi whatever the first edge: a file may hold mutual and directed relations.
		graph = createParser(tools.DOMParser, tools.Document)(AnyEdges, document, {
			allowUndeclaredAttributes: true,
			respectInputGraphType: true
		});
	} catch (error) {
		return unreadableNetwork('GEXF', origin, error);
	}
	const nodes: InterchangeNode[] = nodeElements.map((element, index) => {
		const id = element.getAttribute('id')!;
		const { label, x, y, ...attributes } = graph.getNodeAttributes(id);
		const spells = spellsOf(element);
		if (spells.length > 0)
			attributes.spells = spells.map(({ start, end }) => `${start ?? ''}–${end ?? ''}`).join(', ');
		return {
			id,
			place: placeOf(element, index),
			label: typeof label === 'string' ? label : undefined,
			position: flipped(positionOf(x, y)),
			attributes
		};
	});
	const keys = graph.edges();
	const edges: InterchangeEdge[] = edgeElements.map((element, index) => {
		const key = keys[index];
		const spells = spellsOf(element);
		return {
			id: element.getAttribute('id') ?? undefined,
			place: placeOf(element, index),
			source: element.getAttribute('source')!,
			target: element.getAttribute('target')!,
			directed: graph.isDirected(key),
			since: spells[0]?.start,
			until: spells.at(-1)?.end,
			attributes: graph.getEdgeAttributes(key)
		};
	});
	return {
		ok: true,
		network: {
			format: 'GEXF',
			edgeWord: 'edge',
			attributes: graphAttributes(document, graph),
			nodes,
			edges
		}
	};
}

/** When an element held: its own `start`/`end` (or the open forms), else each of its spells. */
function spellsOf(element: Element): { start?: string; end?: string }[] {
	const time = (each: Element, name: string) =>
		each.getAttribute(name) ?? each.getAttribute(`${name}open`) ?? undefined;
	const own = { start: time(element, 'start'), end: time(element, 'end') };
	if (own.start !== undefined || own.end !== undefined) return [own];
	const spells = Array.from(element.children).find((child) => child.localName === 'spells');
	return spells
		? Array.from(spells.children).map((spell) => ({
				start: time(spell, 'start'),
				end: time(spell, 'end')
			}))
		: [];
}

/** The graph's meta (title, description, creator) and its own `label`. */
function graphAttributes(document: Document, graph: Graph): Record<string, unknown> {
	const attributes: Record<string, unknown> = { ...graph.getAttributes() };
	const label = elementsNamed(document, 'graph')[0]?.getAttribute('name');
	if (label) attributes.name = label;
	return attributes;
}
