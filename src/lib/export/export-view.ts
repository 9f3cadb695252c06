import { actorRadius } from '$lib/stage/actor-radius';
import type { Point } from '$lib/layout/point';
import type { Actor, GraphFile, Relation } from '$lib/model/schema';

/** What the analyst has picked: a relation (shown highlighted) or an actor (with its relations). */
export type ExportSelection = { kind: 'relation' | 'actor'; id: string };

/** The view an export draws: the graph as the analyst has filtered, arranged and selected it. */
export interface ExportView {
	graph: GraphFile;
	/** The relations drawn: those the type and status filters leave visible. */
	relations: readonly Relation[];
	/** Where each actor stands, the analyst's pins applied. */
	positions: ReadonlyMap<string, Point>;
	/** The radius of each actor's circle; by default from its kind. */
	radii?: ReadonlyMap<string, number>;
	selection?: ExportSelection | null;
	/** The date the picture is drawn as of (YYYY, YYYY-MM or YYYY-MM-DD). */
	asOf: string;
	/** Actors the analyst dragged into place; the JSON export writes them as positions. */
	pins?: ReadonlyMap<string, Point>;
}

/** The parts of the explorer's state an export reads. */
export interface ExplorerState {
	graph: GraphFile;
	relations: readonly Relation[];
	positions: ReadonlyMap<string, Point>;
	radii: ReadonlyMap<string, number>;
	selection: ExportSelection | null;
	pins: ReadonlyMap<string, Point>;
	/** The as-of date the analyst chose, if any. */
	asOf?: string;
}

/** The explorer's current view, as the exports take it. */
export function exportViewOf(explorer: ExplorerState): ExportView {
	return {
		graph: explorer.graph,
		relations: explorer.relations,
		positions: explorer.positions,
		radii: explorer.radii,
		selection: explorer.selection,
		// The picture is dated as the screen shows it: the as-of date chosen, else the graph's own.
		asOf: explorer.asOf ?? explorer.graph.asOf,
		pins: explorer.pins
	};
}

/** The radius of an actor's circle in this view. */
export function radiusIn(view: ExportView, actor: Actor): number {
	return view.radii?.get(actor.id) ?? actorRadius(actor.kind);
}
