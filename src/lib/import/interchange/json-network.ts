import { readCytoscapeJson, isCytoscapeJson } from './cytoscape-json';
import { isGraphologyJson, readGraphologyJson } from './graphology-json';
import { isRecord } from './json-values';
import type { ReadNetwork } from './network';
import { isNodeLinkJson, readNodeLinkJson } from './node-link-json';

/**
 * The network of a JSON file another tool wrote, told by its shape, not its
 * name: node-link JSON (NetworkX, d3), graphology's or Cytoscape.js's;
 * undefined when it is none of them (a Ties graph file, or no graph at all).
 */
export function jsonNetwork(json: unknown, origin: string): ReadNetwork | undefined {
	if (!isRecord(json) || 'actors' in json) return undefined;
	if (isGraphologyJson(json)) return readGraphologyJson(json, origin);
	if (isNodeLinkJson(json)) return readNodeLinkJson(json, origin);
	if (isCytoscapeJson(json)) return readCytoscapeJson(json, origin);
	return undefined;
}
