import { GRAPH_ELEMENT_ID } from './graph-element';
import { readEmbeddedGraph, type EmbeddedGraph } from './embedded-graph';

let read: EmbeddedGraph | undefined;

/**
 * The graph this pack carries, read from its page once, whichever of the
 * pack's pages (explorer, stage, presenter view) asks first. Browser only.
 */
export function packGraph(): EmbeddedGraph {
	read ??= readEmbeddedGraph(document.getElementById(GRAPH_ELEMENT_ID)?.textContent);
	return read;
}
