import { refused, type OpenedGraph } from '../opened-graph';
import { checkGraph, placedIn } from '../read-graph-text';
import { graphOfNetwork } from './graph-of-network';
import { jsonNetwork } from './json-network';

/**
 * Opens a JSON value that has nodes but no actors: a network another tool
 * wrote (see jsonNetwork), made a graph (see graphOfNetwork); anything else
 * is checked as a Ties graph file, and refused with what it lacks.
 */
export function openJsonNetwork(json: unknown, origin: string, today: string): OpenedGraph {
	const network = jsonNetwork(json, origin);
	if (network === undefined) return checkGraph(json, origin);
	if (!network.ok) return refused(network.problems.map(placedIn(origin)));
	return graphOfNetwork(network.network, origin, today);
}
