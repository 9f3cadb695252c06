import type { GraphFile } from '$lib/model/schema';

/**
 * The graph file as JSON, in the schema's own format and nothing lost: opening
 * the export gives the same graph, the actors the analyst placed in their places.
 */
export function exportJson(graph: GraphFile): string {
	return `${JSON.stringify(graph, null, 2)}\n`;
}
