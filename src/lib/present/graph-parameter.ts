import type { LoadedGraph } from '$lib/model/load-graph';
import type { GraphStore } from '$lib/storage/graph-store';

/**
 * The graph a page's address names, checked, or `undefined` when it names
 * none (the page shows the example as it ships): `?doc=<id>`, a graph of the
 * analyst's library, as edited; or `?graph=<url>`, a graph file on the web.
 * The library and the validator load only when needed.
 */
export async function graphOfPage(
	page: URL,
	fetcher: typeof fetch,
	openStore: () => Promise<GraphStore> = async () =>
		(await import('$lib/storage/indexeddb-store')).openIndexedDbStore()
): Promise<LoadedGraph | undefined> {
	const doc = page.searchParams.get('doc');
	if (doc) {
		const url = `the library's graph "${doc}"`;
		// The example, where this browser keeps no library, is the example as it ships.
		const shipped = doc === 'example' ? undefined : null;
		try {
			const stored = await (await openStore()).load(doc);
			if (stored) return { url, graph: stored.graph };
			if (shipped === undefined) return shipped;
			return {
				url,
				problems: [{ path: '', message: `no graph "${doc}" in this browser's library` }]
			};
		} catch (error) {
			if (shipped === undefined) return shipped;
			const message = error instanceof Error ? error.message : String(error);
			return { url, problems: [{ path: '', message }] };
		}
	}
	const parameter = page.searchParams.get('graph');
	if (!parameter) return undefined;
	const { graphAddress, loadGraph } = await import('$lib/model/load-graph');
	const address = graphAddress(parameter, page);
	if ('problem' in address) {
		return { url: parameter, problems: [{ path: '', message: address.problem }] };
	}
	return loadGraph(fetcher, address.url);
}

/** The name that ties a stage to its presenter view: one briefing per graph. */
export function briefingName(page: URL): string {
	return page.searchParams.get('doc') ?? page.searchParams.get('graph') ?? 'example';
}
