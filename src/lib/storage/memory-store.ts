import type { GraphFile } from '$lib/model/schema';
import type { GraphStore, GraphSummary, StoredGraph } from './graph-store';
import { revisionOf, saveOver, type GraphVersion, type SavedGraph } from './save-over';
import { libraryOrder, summarize } from './graph-summary';
import { storageProblemOf } from './storage-problem';

/**
 * A library kept in memory: for tests, and for browsers that give Ties no
 * database, where graphs last until the tab is closed. Graphs are copied in
 * and out as the browser's database would, so no caller shares an object
 * with the store.
 */
export function createMemoryStore(
	options: { now?: () => Date; initial?: Iterable<StoredGraph> } = {}
): GraphStore {
	const now = options.now ?? (() => new Date());
	const graphs = new Map<string, StoredGraph>();
	for (const stored of options.initial ?? []) graphs.set(stored.summary.id, copy(stored));

	function put(id: string, graph: GraphFile, example?: boolean): StoredGraph {
		const existing = graphs.get(id);
		const stored: StoredGraph = {
			summary: summarize(id, graph, now(), example ?? existing?.summary.example ?? false),
			graph,
			revision: revisionOf(existing) + 1
		};
		graphs.set(id, copy(stored));
		return stored;
	}

	return {
		async list(): Promise<GraphSummary[]> {
			return [...graphs.values()].map((stored) => ({ ...stored.summary })).sort(libraryOrder);
		},
		async load(id: string): Promise<StoredGraph | undefined> {
			const stored = graphs.get(id);
			return stored && copy(stored);
		},
		async save(
			id: string,
			graph: GraphFile,
			saveOptions: { example?: boolean } = {}
		): Promise<GraphSummary> {
			return { ...put(id, graph, saveOptions.example).summary };
		},
		async saveOver(id: string, graph: GraphFile, base: GraphVersion): Promise<SavedGraph> {
			return saveOver(
				graph,
				base,
				async () => {
					const stored = graphs.get(id);
					return stored && copy(stored);
				},
				async (next, over) => {
					if (revisionOf(graphs.get(id)) !== over) return undefined;
					const stored = put(id, next);
					return {
						summary: { ...stored.summary },
						graph: next,
						revision: stored.revision!,
						written: true
					};
				}
			);
		},
		async remove(id: string): Promise<void> {
			graphs.delete(id);
		}
	};
}

function copy(stored: StoredGraph): StoredGraph {
	try {
		return structuredClone(stored);
	} catch (error) {
		// A graph the database could not store either (a Svelte proxy, a function).
		throw storageProblemOf(error);
	}
}
