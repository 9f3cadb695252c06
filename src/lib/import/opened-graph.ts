import type { GraphProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';

/**
 * What reading a graph gives, from a file, an address or the library: a
 * whole, valid graph (named after where it came from, with notes on what the
 * analyst should know about it), or every problem. Never half of a graph.
 */
export type OpenedGraph =
	| { ok: true; graph: GraphFile; name: string; notes: string[] }
	| { ok: false; problems: GraphProblem[] };

/** Opening that failed. */
export type NotOpened = Extract<OpenedGraph, { ok: false }>;

/** The result of opening that failed for these reasons. */
export function refused(problems: GraphProblem[]): NotOpened {
	return { ok: false, problems };
}
