import type { GraphFile } from '$lib/model/schema';
import type { GraphStore, GraphSummary, SaveOptions, StoredGraph } from './graph-store';
import {
	keepVersion,
	WorkingSession,
	type VersionShelf,
	type VersionSummary
} from './graph-versions';
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
	const versions = new Map<number, { summary: VersionSummary; graph: GraphFile }>();
	let nextKey = 1;
	const session = new WorkingSession();

	const shelf: VersionShelf = {
		async list(graphId) {
			return [...versions.values()]
				.map((version) => version.summary)
				.filter((summary) => summary.graphId === graphId)
				.sort((a, b) => a.key - b.key);
		},
		async graph(key) {
			const version = versions.get(key);
			return version && structuredClone(version.graph);
		},
		async add(summary, graph) {
			const key = nextKey++;
			versions.set(key, { summary: { ...summary, key }, graph: structuredClone(graph) });
		},
		async drop(key) {
			versions.delete(key);
		}
	};

	async function put(
		id: string,
		graph: GraphFile,
		example?: boolean,
		keep?: SaveOptions['keep']
	): Promise<StoredGraph> {
		const existing = graphs.get(id);
		const at = now();
		const stored: StoredGraph = copy({
			summary: summarize(id, graph, at, example ?? existing?.summary.example ?? false),
			graph,
			revision: revisionOf(existing) + 1
		});
		const reason = session.reasonFor(id, keep);
		const since = session.saved(id, at);
		// Stored before anything is awaited, so that no other save comes in between.
		graphs.set(id, stored);
		if (existing && (reason || session.hourOn(id, at))) {
			if (await keepVersion(shelf, existing, at, reason, since, graph)) session.kept(id, at);
		}
		return copy(stored);
	}

	return {
		async list(): Promise<GraphSummary[]> {
			return [...graphs.values()].map((stored) => ({ ...stored.summary })).sort(libraryOrder);
		},
		async load(id: string): Promise<StoredGraph | undefined> {
			const stored = graphs.get(id);
			return stored && copy(stored);
		},
		async save(id: string, graph: GraphFile, saveOptions: SaveOptions = {}): Promise<GraphSummary> {
			return (await put(id, graph, saveOptions.example, saveOptions.keep)).summary;
		},
		async saveOver(id: string, graph: GraphFile, base: GraphVersion): Promise<SavedGraph> {
			return saveOver(
				graph,
				base,
				async () => {
					const stored = graphs.get(id);
					return stored && copy(stored);
				},
				async (next, over, keep) => {
					if (revisionOf(graphs.get(id)) !== over) return undefined;
					const stored = await put(id, next, undefined, keep);
					return {
						summary: stored.summary,
						graph: next,
						revision: stored.revision!,
						written: true
					};
				}
			);
		},
		async remove(id: string): Promise<void> {
			graphs.delete(id);
			for (const version of await shelf.list(id)) versions.delete(version.key);
		},
		async keepCurrent(id, reason) {
			const existing = graphs.get(id);
			const at = now();
			if (existing && (await keepVersion(shelf, existing, at, reason))) session.kept(id, at);
		},
		async versions(id) {
			return (await shelf.list(id)).reverse().map((summary) => ({ ...summary }));
		},
		loadVersion: (key: number) => shelf.graph(key),
		async addVersions(id, kept) {
			for (const { graph, ...summary } of kept) await shelf.add({ ...summary, graphId: id }, graph);
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
