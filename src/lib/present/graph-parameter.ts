import type { LoadedGraph } from '$lib/model/load-graph';

/**
 * The graph a page's `?graph=` parameter names, fetched and checked, or
 * `undefined` when there is none (the page shows its example). The
 * validator is loaded only then, as on the explorer's page.
 */
export async function graphOfPage(
	page: URL,
	fetcher: typeof fetch
): Promise<LoadedGraph | undefined> {
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
	return page.searchParams.get('graph') ?? 'example';
}
