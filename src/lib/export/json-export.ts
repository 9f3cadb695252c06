import { FILE_FORMAT } from '$lib/model/file-format';
import type { GraphFile } from '$lib/model/schema';

/**
 * The graph file as JSON, in the schema's own format, saying which (see
 * FILE_FORMAT), and nothing lost: opening the export gives the same graph,
 * the actors the analyst placed in their places.
 */
export function exportJson(graph: GraphFile): string {
	return `${JSON.stringify({ format: FILE_FORMAT, ...graph }, null, 2)}\n`;
}
