import type { GraphProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';

/** How a problem names the graph of a pack. */
export const PACK_ORIGIN = 'this briefing pack';

/** The graph a pack carries, or why it cannot be shown. */
export type EmbeddedGraph =
	{ graph: GraphFile; problems?: undefined } | { graph?: undefined; problems: GraphProblem[] };

const LISTS = ['actors', 'sources', 'relations'] as const;

/**
 * Reads the text of a pack's graph element (`null` when the page has none,
 * as the bare template has). The graph was checked when the pack was
 * written; the pack carries no validator (it would weigh a quarter of the
 * file), so what is checked here is what a hand edit would most likely
 * break: the JSON itself, and the graph's title and lists.
 */
export function readEmbeddedGraph(text: string | null | undefined): EmbeddedGraph {
	const problem = (place: string, message: string): EmbeddedGraph => ({
		problems: [{ origin: PACK_ORIGIN, place, message }]
	});
	if (!text?.trim()) return problem('', 'holds no graph: export one from Ties');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return problem('', `holds a graph that is not valid JSON (${(error as Error).message})`);
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return problem('', 'holds no graph: its data is not an object with actors and relations');
	}
	const graph = value as Record<string, unknown>;
	if (typeof graph.title !== 'string') return problem('title', 'is missing (expected a text)');
	if (typeof graph.asOf !== 'string') return problem('asOf', 'is missing (expected a date)');
	for (const list of LISTS) {
		if (!Array.isArray(graph[list])) return problem(list, 'is missing (expected a list)');
	}
	return { graph: value as GraphFile };
}
