import type { GraphFile } from '$lib/model/schema';

/** A graph in the analyst's library, as the library lists it. */
export interface GraphSummary {
	id: string;
	title: string;
	actors: number;
	relations: number;
	/** ISO timestamp of the last save. */
	updated: string;
	/** The example network that ships with Ties; it can be reset but not deleted. */
	example?: boolean;
}

/** A graph as the library keeps it. */
export interface StoredGraph {
	summary: GraphSummary;
	graph: GraphFile;
}

/**
 * Where the analyst's graphs live. One small interface, so the browser's
 * database today and a shared, syncing library later are interchangeable.
 * Every method rejects with a StorageProblem when storage fails.
 */
export interface GraphStore {
	list(): Promise<GraphSummary[]>;
	load(id: string): Promise<StoredGraph | undefined>;
	/** Creates or replaces the graph with this id. */
	save(id: string, graph: GraphFile, options?: { example?: boolean }): Promise<GraphSummary>;
	remove(id: string): Promise<void>;
}

/** Storage failed (quota, private mode, blocked database): said in words an analyst can act on. */
export class StorageProblem extends Error {
	constructor(
		message: string,
		readonly reason: 'quota' | 'unavailable' | 'failed'
	) {
		super(message);
		this.name = 'StorageProblem';
	}
}
