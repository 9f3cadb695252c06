import type { OpenedGraph } from '../opened-graph';
import { refused } from '../opened-graph';
import { graphOfNetwork } from './graph-of-network';
import type { XmlTools } from './xml-elements';
import { xmlNetwork } from './xml-network';

/**
 * Opens the text of a GEXF or GraphML file as a graph (see xmlNetwork and
 * graphOfNetwork). The page loads this module, and the readers with it, only
 * when such a file is opened. Never throws.
 */
export function readXmlGraph(
	text: string,
	origin: string,
	today: string,
	tools: XmlTools = { DOMParser: globalThis.DOMParser, Document: globalThis.Document }
): OpenedGraph {
	const read = xmlNetwork(text, origin, tools);
	if (!read.ok) return refused(read.problems);
	return graphOfNetwork(read.network, origin, today);
}
