import type { ViewInUrl } from './view-url';
import { writeView } from './view-url';

/** The parameters naming the open graph; the view's own are written by writeView. */
const GRAPH_PARAMETERS = ['doc', 'graph'];

/**
 * The address for what is on screen: the open graph (`doc=` or `graph=`)
 * and the view, on the current page, keeping any other parameter.
 */
export function addressFor(current: URL, graph: Record<string, string>, view: ViewInUrl): URL {
	const next = new URL(current);
	const params = new URLSearchParams(current.search);
	for (const name of GRAPH_PARAMETERS) params.delete(name);
	for (const [name, value] of Object.entries(graph)) params.set(name, value);
	next.search = writeView(view, params).toString();
	return next;
}

/**
 * The "Open in Ties" link for the graph on screen, when it is a file on the
 * web: the graph named by `graph=`, or the example as the site hosts it.
 * A graph that lives only in this browser's library has none.
 */
export function openInTiesLink(current: URL, examplePath: string): URL | undefined {
	const graph = current.searchParams.get('graph');
	const doc = current.searchParams.get('doc');
	const hosted = graph ?? (doc === null || doc === 'example' ? examplePath : undefined);
	if (!hosted) return undefined;
	const link = new URL(current.pathname, current.origin);
	link.searchParams.set('graph', hosted);
	return link;
}
