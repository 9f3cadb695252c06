import type { GraphProblem } from '$lib/model/graph-problem';
import { clip } from '$lib/model/graph-problem';

/** What reading XML needs: the browser's DOMParser and Document, or a stand-in's (in tests). */
export interface XmlTools {
	DOMParser: new () => DOMParser;
	Document: abstract new () => Document;
}

/**
 * Where an element is, in the file's terms: `node "Medici"` or, without an
 * id, `edge 5` (the fifth), with its line where the parser knows it.
 */
export function placeOf(element: Element, index: number): string {
	const id = element.getAttribute('id');
	const name = element.localName;
	const line = (element as Element & { lineNumber?: unknown }).lineNumber;
	const where = id ? `${name} "${clip(id, 60)}"` : `${name} ${index + 1}`;
	return typeof line === 'number' ? `line ${line}, ${where}` : where;
}

/** The elements named `name` anywhere below `root`, in any namespace, in document order. */
export function elementsNamed(root: Document | Element, name: string): Element[] {
	return Array.from(root.getElementsByTagNameNS('*', name));
}

/**
 * The nodes' and edges' problems that would stop a reader or leave half a
 * graph: a node without an id or with an earlier node's, an edge without
 * both ends, an edge id used twice. Each named by its place.
 */
export function elementProblems(
	nodes: readonly Element[],
	edges: readonly Element[],
	origin: string
): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const nodeIds = new Set<string>();
	nodes.forEach((node, index) => {
		const id = node.getAttribute('id') ?? '';
		if (id === '') problems.push({ origin, place: placeOf(node, index), message: 'has no id' });
		else if (nodeIds.has(id)) {
			problems.push({
				origin,
				place: placeOf(node, index),
				message: 'has the id of an earlier node'
			});
		}
		nodeIds.add(id);
	});
	const edgeIds = new Set<string>();
	edges.forEach((edge, index) => {
		const id = edge.getAttribute('id') ?? '';
		if (id !== '' && edgeIds.has(id)) {
			problems.push({
				origin,
				place: placeOf(edge, index),
				message: 'has the id of an earlier edge'
			});
		}
		edgeIds.add(id);
		for (const end of ['source', 'target']) {
			const value = edge.getAttribute(end) ?? '';
			if (!nodeIds.has(value)) {
				problems.push({
					origin,
					place: placeOf(edge, index),
					message:
						value === ''
							? `has no ${end}`
							: `its ${end} "${clip(value, 60)}" is no node of the file`
				});
			}
		}
	});
	return problems.slice(0, 100);
}
