import { carriesGraph, graphTextOfLink } from '$lib/address/graph-in-link';
import { openGraphText } from './read-graph-text';
import { refused, type OpenedGraph } from './opened-graph';

export { carriesGraph };

/** Where a graph carried by a link came from, as its problems name it. */
export const LINKED_GRAPH = 'The graph in the link';

/** The graph a link carries, read and checked as a file the analyst opens is. */
export async function graphOfLink(url: URL): Promise<OpenedGraph> {
	const carried = await graphTextOfLink(url);
	if ('problem' in carried) return refused([{ origin: '', place: '', message: carried.problem }]);
	return openGraphText(carried.text, LINKED_GRAPH);
}
