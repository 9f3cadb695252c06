import { webAddress, type GraphRef } from '$lib/address/address';
import type { LoadedGraph } from '$lib/model/load-graph';
import type { GraphStore } from '$lib/storage/graph-store';

/**
 * The graph a page's address names, checked, or `undefined` for the example
 * as it ships: a graph of the analyst's library, as edited; or a graph file
 * on the web. The library and the validator load only when needed.
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
		const url = `the library's graph "${graph.id}"`;
		// The example, where this browser keeps no library, is the example as it ships.
		const shipped = graph.id === 'example';
		try {
			const stored = await (await openStore()).load(graph.id);
			if (stored) return { url, graph: stored.graph };
			if (shipped) return undefined;
			return {
				url,
				problems: [{ path: '', message: `no graph "${graph.id}" in this browser's library` }]
			};
		} catch (error) {
			if (shipped) return undefined;
			const message = error instanceof Error ? error.message : String(error);
			return { url, problems: [{ path: '', message }] };
		}
	}
	const address = webAddress(graph.url, page);
	if ('problem' in address) {
		return { url: graph.url, problems: [{ path: '', message: address.problem }] };
	}
	const { loadGraph } = await import('$lib/model/load-graph');
	return loadGraph(fetcher, address.url);
}
