import type { GraphFile } from '$lib/model/schema';
import { actorRadius } from './actor-radius';
import { forceLayout } from './force-layout';
import type { Point } from './point';

/**
 * The settled place of every actor in a graph: the seeded force layout, with
 * the actors the file places pinned where it says. Computed in full before
 * anything is drawn, so the first picture is the final one.
 */
export function graphLayout(graph: GraphFile): Map<string, Point> {
	return forceLayout(
		graph.actors.map((actor) => ({
			id: actor.id,
			radius: actorRadius(actor.kind),
			pinned: actor.position
		})),
		graph.relations,
		{ seed: graph.seed ?? 1 }
	);
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
