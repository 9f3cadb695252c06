import type { GraphFile } from '$lib/model/schema';
import type { GraphSummary } from './graph-store';

/** How the library lists a graph saved at `updated`. */
export function summarize(
	id: string,
	graph: GraphFile,
	updated: Date,
	example = false
): GraphSummary {
	const summary: GraphSummary = {
		id,
		title: graph.title,
		actors: graph.actors.length,
		relations: graph.relations.length,
		updated: updated.toISOString()
	};
	if (example) summary.example = true;
	return summary;
}

const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The library's order: the example first, then by title as a reader sorts, then by id. */
export function libraryOrder(a: GraphSummary, b: GraphSummary): number {
	if (Boolean(a.example) !== Boolean(b.example)) return a.example ? -1 : 1;
	return TITLE_ORDER.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
