import type { GraphFile } from '$lib/model/schema';
import { actorRadius } from '$lib/stage/visual-constants';
import { forceLayout } from './force-layout';
import type { Point } from './point';

/**
 * What the layout needs of a graph: actors with their sizes, the ties, the
 * seed. Places set in the file are laid over the result rather than fed in,
 * so placing one actor never moves the others.
 */
export function layoutInputOf(graph: GraphFile) {
	return {
		actors: graph.actors.map((actor) => ({ id: actor.id, radius: actorRadius(actor.kind) })),
		ties: graph.relations.map((relation) => ({ source: relation.source, target: relation.target })),
		seed: graph.seed ?? 1
	};
}

/** The places the graph file sets, by actor id. */
export function placesInFile(graph: GraphFile): Map<string, Point> {
	return new Map(
		graph.actors.flatMap((actor) => (actor.position ? [[actor.id, actor.position] as const] : []))
	);
}

/**
 * The settled place of every actor in a graph, as the explorer draws it: the
 * seeded force layout, with the places the file sets laid over it. Computed
 * in full before anything is drawn, so the first picture is the final one.
 */
export function graphLayout(graph: GraphFile): Map<string, Point> {
	const { actors, ties, seed } = layoutInputOf(graph);
	return withPins(forceLayout(actors, ties, { seed }), placesInFile(graph));
}

/** The layout with the actors the analyst has dragged in their new places. */
export function withPins(
	layout: ReadonlyMap<string, Point>,
	pins: ReadonlyMap<string, Point>
): Map<string, Point> {
	const positions = new Map(layout);
	for (const [id, place] of pins) if (positions.has(id)) positions.set(id, place);
	return positions;
}
