import type { LoadedGraph } from '$lib/model/load-graph';
import type { GraphFile } from '$lib/model/schema';

/** How a problem names a graph of the library: `the library's graph "g-1"`. */
export function libraryOrigin(id: string): string {
	return `the library's graph "${id}"`;
}

/**
 * A graph read back from the library, checked as a graph file is: one that a
 * failed write, an older Ties or a hand-edited database left damaged gives
 * every problem with its path, and never reaches the explorer. The validator
 * loads here, with the first graph read back, not with the page.
 */
export async function checkLibraryGraph(id: string, graph: unknown): Promise<LoadedGraph> {
	const url = libraryOrigin(id);
	const { checkGraph } = await import('$lib/import/read-graph-text');
	const checked = checkGraph(graph, url);
	return checked.ok ? { url, graph: checked.graph } : { url, problems: checked.problems };
}

/**
 * Whether a graph read back is the one `shown`, already checked (the example
 * as it ships, checked when the site was built), so that it needs no check.
 * A value JSON cannot hold, as a damaged database may give, is not.
 */
export function isShownGraph(graph: unknown, shown: GraphFile | undefined): boolean {
	if (shown === undefined) return false;
	try {
		return JSON.stringify(graph) === JSON.stringify(shown);
	} catch {
		return false;
	}
}

/** Why a link to a graph of another browser's library opens nothing here. */
export const NOT_IN_LIBRARY =
	"is not in this browser's library. A graph lives in the browser where it was made: ask whoever " +
	'sent the link for its briefing pack or its graph file, and open the file here with Open file…';
