import type { GraphFile } from '$lib/model/schema';
import type { KeptVersion, VersionReason, VersionSummary } from './graph-versions';
import type { GraphVersion, SavedGraph } from './save-over';

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
	/** How many times it has been saved; absent in a library from before it was counted. */
	revision?: number;
}

/**
 * Where the analyst's graphs live. One small interface, so the browser's
 * database today and a shared, syncing library later are interchangeable.
 * Every method rejects with a StorageProblem when storage fails.
 */
export interface GraphStore {
	list(): Promise<GraphSummary[]>;
	load(id: string): Promise<StoredGraph | undefined>;
	/**
	 * Creates or replaces the graph with this id. What it replaces is kept as
	 * a version when `keep` says why, and otherwise as keepVersion decides.
	 */
	save(id: string, graph: GraphFile, options?: SaveOptions): Promise<GraphSummary>;
	/**
	 * Saves a graph edited from the version `base`, merged with whatever
	 * another tab saved since (see saveOver): no tab's edits are lost.
	 */
	saveOver(id: string, graph: GraphFile, base: GraphVersion): Promise<SavedGraph>;
	/** Removes the graph and its versions. */
	remove(id: string): Promise<void>;
	/** Keeps the graph as it is stored now as a version (before a version is restored over it). */
	keepCurrent(id: string, reason: VersionReason): Promise<void>;
	/** The graph's earlier versions, newest first. */
	versions(id: string): Promise<VersionSummary[]>;
	/** The graph of a version; undefined once it has been let go. */
	loadVersion(key: number): Promise<GraphFile | undefined>;
	/** Adds versions brought from elsewhere (a backup) to the graph's own. */
	addVersions(id: string, versions: readonly KeptVersion[]): Promise<void>;
}

export interface SaveOptions {
	/** Marks the example network that ships with Ties. */
	example?: boolean;
	/** Keeps the graph this save replaces as a version, for this reason. */
	keep?: VersionReason;
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
