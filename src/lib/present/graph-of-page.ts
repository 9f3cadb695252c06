import { webAddress, type GraphRef } from '$lib/address/address';
import type { LoadedGraph } from '$lib/model/load-graph';
import { checkLibraryGraph, libraryOrigin, NOT_IN_LIBRARY } from '$lib/storage/check-library-graph';
import type { GraphStore } from '$lib/storage/graph-store';

/**
 * The graph a page's address names, checked, or `undefined` for the example
 * as it ships: a graph of the analyst's library, as edited; or a graph file
 * on the web. Both are read as a file the analyst opens is, with the same
 * problems. The library and the validator load only when needed.
 */
export async function graphOfPage(
	graph: GraphRef,
	page: URL,
	fetcher: typeof fetch,
	openStore: () => Promise<GraphStore> = async () =>
		(await import('$lib/storage/indexeddb-store')).openIndexedDbStore()
): Promise<LoadedGraph | undefined> {
	if (graph.kind === 'example') return undefined;
	if (graph.kind === 'library') {
		const url = libraryOrigin(graph.id);
		// The example, where this browser keeps no library, is the example as it ships.
		const shipped = graph.id === 'example';
		const refusedAs = (message: string) => ({
			url,
			problems: [{ origin: url, place: '', message }]
		});
		try {
			const stored = await (await openStore()).load(graph.id);
			if (stored) return await checkLibraryGraph(graph.id, stored.graph);
			return shipped ? undefined : refusedAs(NOT_IN_LIBRARY);
		} catch (error) {
			if (shipped) return undefined;
			return refusedAs(error instanceof Error ? error.message : String(error));
		}
	}
	const address = webAddress(graph.url, page);
	if ('problem' in address) {
		return {
			url: graph.url,
			problems: [{ origin: graph.url, place: '', message: address.problem }]
		};
	}
	const { loadGraph } = await import('$lib/model/load-graph');
	return loadGraph(fetcher, address.url);
}
