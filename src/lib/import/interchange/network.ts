import type { GraphProblem } from '$lib/model/graph-problem';

/**
 * A network as another tool wrote it (NetworkX, Gephi, yEd, graphology,
 * Cytoscape), read but not yet made into a graph file: its own ids, labels
 * and attributes, each node and edge with its place in the file, so that a
 * problem found later still names it in the file's own terms.
 */
export interface InterchangeNetwork {
	/** What wrote it, in the analyst's words: `node-link JSON`, `GEXF`, `yEd GraphML`. */
	format: string;
	/** What the file calls its edges: `link` in node-link JSON, `edge` elsewhere. */
	edgeWord: string;
	/** The graph's own attributes (`name`, `title`, …). */
	attributes: Record<string, unknown>;
	nodes: InterchangeNode[];
	edges: InterchangeEdge[];
}

export interface InterchangeNode {
	/** The node's id as the file writes it, made a string. */
	id: string;
	/** Where it is: `nodes[3]`, `node "n3"`. */
	place: string;
	label?: string;
	/** Where the file placed it, with y growing downwards as on screen. */
	position?: { x: number; y: number };
	/** Read, never written to: nodes with none share one empty record. */
	attributes: Readonly<Record<string, unknown>>;
}

export interface InterchangeEdge {
	/** The edge's id, when the file gives one. */
	id?: string;
	place: string;
	source: string;
	target: string;
	/** Undefined when the file does not say (d3's node-link files): the type's own direction holds. */
	directed?: boolean;
	/** When it held, from a GEXF spell or start/end. */
	since?: string;
	until?: string;
	/** Read, never written to: edges with none share one empty record. */
	attributes: Readonly<Record<string, unknown>>;
}

/** A network read from a file, or every problem that kept it from being read. */
export type ReadNetwork =
	{ ok: true; network: InterchangeNetwork } | { ok: false; problems: GraphProblem[] };
