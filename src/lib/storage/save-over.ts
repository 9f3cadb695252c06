import type { GraphFile } from '$lib/model/schema';
import type { GraphSummary, StoredGraph } from './graph-store';
import type { VersionReason } from './graph-versions';

/** A saved version of a graph: the graph, and the count of saves that made it. */
export interface GraphVersion {
	graph: GraphFile;
	revision: number;
}

/** What a save over a version gave: the graph as it now stands in the library. */
export interface SavedGraph extends GraphVersion {
	summary: GraphSummary;
	/** Whether this save wrote a new revision (not when it only learnt what is stored). */
	written: boolean;
	/**
	 * Set when another tab had saved the graph since `base`: its version, which
	 * this save was merged with (see mergeGraphs).
	 */
	theirs?: GraphFile;
	/** Set when the two could not be merged into a graph that holds together, and this one replaced theirs. */
	replaced?: true;
}

/** A save that met another tab's: the merged graph saved, and what it was merged from. */
export interface MergedSave {
	saved: SavedGraph;
	theirs: GraphFile;
	base: GraphFile;
	mine: GraphFile;
}

/** The revision of a stored graph; one saved before revisions were kept counts as 0. */
export function revisionOf(stored: Pick<StoredGraph, 'revision'> | undefined): number {
	return stored?.revision ?? 0;
}

/** A stored graph as a version to save over. */
export function versionOf(stored: Pick<StoredGraph, 'graph' | 'revision'>): GraphVersion {
	return { graph: stored.graph, revision: revisionOf(stored) };
}

/**
 * Saves `graph`, edited from the version `base`, without losing what another
 * tab saved since: `write` stores a graph only if the stored revision is
 * still the one given (else undefined: another tab saved first), and `read`
 * then gives what it saved, to merge with. Where the merge overrides a value
 * of theirs, `write` is asked to keep theirs as a version ('merge'), so the
 * value that lost can be brought back. The merging code loads only when
 * there is something to merge.
 */
export async function saveOver(
	graph: GraphFile,
	base: GraphVersion,
	read: () => Promise<StoredGraph | undefined>,
	write: (graph: GraphFile, over: number, keep?: VersionReason) => Promise<SavedGraph | undefined>
): Promise<SavedGraph> {
	let toSave = graph;
	let over = base.revision;
	let merged: { theirs: GraphFile; replaced: boolean; overrode: boolean } | undefined;
	for (;;) {
		const saved = await write(toSave, over, merged?.overrode ? 'merge' : undefined);
		if (saved) {
			if (!merged) return saved;
			return { ...saved, theirs: merged.theirs, ...(merged.replaced ? { replaced: true } : {}) };
		}
		const stored = await read();
		if (!stored) {
			// Deleted by another tab since: saved again as it stands here.
			over = 0;
			toSave = graph;
			merged = undefined;
			continue;
		}
		const { mergeSaved } = await import('./merge-saved');
		const result = mergeSaved(base.graph, stored.graph, graph);
		over = revisionOf(stored);
		if (result.unchanged) {
			return {
				summary: stored.summary,
				graph: stored.graph,
				revision: over,
				written: false,
				theirs: stored.graph
			};
		}
		toSave = result.graph;
		merged = { theirs: stored.graph, replaced: result.replaced, overrode: result.overrode };
	}
}
