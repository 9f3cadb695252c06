import type { GraphFile } from '$lib/model/schema';
import { describeChanges } from './describe-changes';
import type { StoredGraph } from './graph-store';
import { sameValue } from './merge-graphs';

/** The change line of a graph's first version, which has none before it to compare with. */
export const EARLIEST_VERSION = 'The earliest version kept';

/** A new version is kept once an hour of editing has passed since the last one. */
export const VERSION_EVERY_MS = 60 * 60 * 1000;
/** Versions older than this are let go. */
export const VERSIONS_KEPT_DAYS = 30;
/** The most a graph's versions may take, in characters of their files; the oldest go first. */
export const VERSIONS_SIZE_LIMIT = 40_000_000;

/** Why a version was kept, said beside it in the list. */
export type VersionReason =
	| 'session' // the graph as the last working session left it
	| 'hour' // an hour of editing on
	| 'merge' // another tab's save, before a later save overrode some of its values
	| 'reset' // the example, before it was put back as it ships
	| 'restore' // the graph, before an earlier version was restored over it
	| 'import'; // a graph as the analyst's file replaced it

/** Why a version was kept, as its list says it. */
export const VERSION_REASONS: Record<VersionReason, string> = {
	session: 'as a working session left it',
	hour: 'an hour of editing on',
	merge: 'another tab’s, before a later save overrode it',
	reset: 'before the example was reset',
	restore: 'before an earlier version was restored',
	import: 'before a file replaced it'
};

/** A version of a graph as the library lists it, without its graph. */
export interface VersionSummary {
	/** The library's key of the version, to load or restore it. */
	key: number;
	/** The graph it is a version of. */
	graphId: string;
	/** When the graph was saved as this version (ISO). */
	saved: string;
	/** When it was kept as a version: the save over it (ISO); an hour on from this, the next. */
	kept: string;
	/** What changed from the version before it, in one line (describeChanges). */
	change: string;
	reason: VersionReason;
	actors: number;
	relations: number;
	/** Characters of its file, counted against VERSIONS_SIZE_LIMIT. */
	size: number;
}

/** A version with its graph, as a backup holds it. */
export interface KeptVersion extends Omit<VersionSummary, 'key' | 'graphId'> {
	graph: GraphFile;
}

/**
 * Where a store keeps versions: the store's own database, in one
 * transaction, so a version is never half kept.
 */
export interface VersionShelf {
	/** The graph's versions, oldest first. */
	list(graphId: string): Promise<VersionSummary[]>;
	graph(key: number): Promise<GraphFile | undefined>;
	add(version: Omit<VersionSummary, 'key'>, graph: GraphFile): Promise<void>;
	drop(key: number): Promise<void>;
}

/**
 * What one store knows of this working session, so that a save can tell
 * without reading the database whether it may keep a version: when the
 * session first saved each graph, and then when it last kept a version of it.
 */
export class WorkingSession {
	private readonly since = new Map<string, number>();

	/** Why a save of graph `id` keeps what it replaces: the reason given, or 'session' on the session's first save of it. */
	reasonFor(id: string, keep: VersionReason | undefined): VersionReason | undefined {
		return keep ?? (this.since.has(id) ? undefined : 'session');
	}

	/** Notes a save of graph `id`; gives when the session first saved it or last kept a version of it. */
	saved(id: string, at: Date): Date {
		if (!this.since.has(id)) this.since.set(id, at.getTime());
		return new Date(this.since.get(id)!);
	}

	/** Whether an hour has passed, at `at`, since the session first saved graph `id` or last kept a version of it. */
	hourOn(id: string, at: Date): boolean {
		const since = this.since.get(id);
		return since !== undefined && at.getTime() - since >= VERSION_EVERY_MS;
	}

	/** Notes a version kept of graph `id`. */
	kept(id: string, at: Date): void {
		this.since.set(id, at.getTime());
	}
}

/** What a version of `graph` counts: its actors, relations and characters. */
export function measure(graph: GraphFile): Pick<VersionSummary, 'actors' | 'relations' | 'size'> {
	return {
		actors: graph.actors.length,
		relations: graph.relations.length,
		size: JSON.stringify(graph).length
	};
}

/**
 * Keeps `existing`, the graph about to be saved over, as a version when
 * `reason` says to (a forced reason, or 'session' on a tab's first save of
 * the graph), or when an hour has passed since the newest version (or, for
 * a graph with none, since `editingSince`, when this session first saved
 * it); then lets go of versions older than 30 days and, past the size
 * limit, the oldest. The newest version always stays, and a graph is never
 * kept twice in a row. Its change line says what changed since the version
 * before; for another tab's overridden version, what it holds that
 * `replacing` (the merged graph saved over it) does not. True when it kept one.
 */
export async function keepVersion(
	shelf: VersionShelf,
	existing: StoredGraph,
	now: Date,
	reason: VersionReason | undefined,
	editingSince?: Date,
	replacing?: GraphFile
): Promise<boolean> {
	const id = existing.summary.id;
	const versions = await shelf.list(id);
	const newest = versions.at(-1);
	const since = newest ? Date.parse(newest.kept) : editingSince?.getTime();
	const hourOn = since !== undefined && now.getTime() - since >= VERSION_EVERY_MS;
	const why = reason ?? (hourOn ? 'hour' : undefined);
	if (!why) return false;
	const previous = newest && (await shelf.graph(newest.key));
	if (previous && sameValue(previous, existing.graph)) return false;
	const version: Omit<VersionSummary, 'key'> = {
		graphId: id,
		saved: existing.summary.updated,
		kept: now.toISOString(),
		change:
			why === 'merge' && replacing
				? describeChanges(replacing, existing.graph)
				: previous
					? describeChanges(previous, existing.graph)
					: EARLIEST_VERSION,
		reason: why,
		...measure(existing.graph)
	};
	await shelf.add(version, existing.graph);
	for (const key of versionsToDrop([...versions, { ...version, key: Infinity }], now)) {
		await shelf.drop(key);
	}
	return true;
}

/**
 * The keys of versions to let go (oldest first in `versions`): those older
 * than VERSIONS_KEPT_DAYS, then the oldest while all together are over
 * VERSIONS_SIZE_LIMIT; never the newest.
 */
export function versionsToDrop(versions: readonly VersionSummary[], now: Date): number[] {
	const oldest = now.getTime() - VERSIONS_KEPT_DAYS * 24 * 60 * 60 * 1000;
	const drop: number[] = [];
	let size = versions.reduce((sum, version) => sum + version.size, 0);
	versions.forEach((version, i) => {
		if (i === versions.length - 1) return;
		if (Date.parse(version.kept) < oldest || size > VERSIONS_SIZE_LIMIT) {
			drop.push(version.key);
			size -= version.size;
		}
	});
	return drop;
}
