import { layoutInputOf } from '$lib/layout/graph-layout';
import { layoutAround } from '$lib/layout/layout-around';
import type { Point } from '$lib/layout/point';
import type { GraphFile } from '$lib/model/schema';

/**
 * The graph with an actor placed where the analyst put it (pinned there), or
 * let go (`undefined`) back to the layout.
 */
export function placeActor(graph: GraphFile, id: string, position: Point | undefined): GraphFile {
	return {
		...graph,
		actors: graph.actors.map((actor) => {
			if (actor.id !== id) return actor;
			if (position) {
				return { ...actor, position: { x: round(position.x), y: round(position.y) }, pinned: true };
			}
			const { position: _place, pinned: _pinned, ...rest } = actor;
			void [_place, _pinned];
			return rest;
		})
	};
}

/**
 * Every actor placed where it stands now. Done before a change to the
 * network's structure (an actor or relation added or removed), so the layout
 * the analyst sees does not rearrange itself around the change.
 */
export function freezePositions(graph: GraphFile, places: ReadonlyMap<string, Point>): GraphFile {
	if (graph.actors.every((actor) => actor.position || !places.has(actor.id))) return graph;
	return {
		...graph,
		actors: graph.actors.map((actor) => {
			const place = places.get(actor.id);
			return actor.position || !place
				? actor
				: { ...actor, position: { x: round(place.x), y: round(place.y) } };
		})
	};
}

/**
 * The graph with its new actors placed by the layout: each actor without a
 * place, and each one the analyst has not placed that was tied to none
 * `before` and is tied now, settles near the actors it is tied to (one tied
 * to none, at the network's edge), while every other actor that has a place
 * stays where it is. Kept where the layout put it, not pinned.
 */
export function placeNewcomers(graph: GraphFile, before: GraphFile): GraphFile {
	const tiedBefore = tiedActors(before);
	const tiedNow = tiedActors(graph);
	const newcomers = new Set(
		graph.actors
			.filter(
				(actor) =>
					!actor.position || (!actor.pinned && !tiedBefore.has(actor.id) && tiedNow.has(actor.id))
			)
			.map((actor) => actor.id)
	);
	if (newcomers.size === 0) return graph;
	const fixed = new Map(
		graph.actors.flatMap((actor) =>
			actor.position && !newcomers.has(actor.id) ? [[actor.id, actor.position] as const] : []
		)
	);
	return withLayoutPlaces(graph, fixed);
}

/**
 * The graph laid out again, all but the actors the analyst placed by hand
 * (pinned), which stay where they are: "Tidy layout".
 */
export function tidyLayout(graph: GraphFile): GraphFile {
	const fixed = new Map(
		graph.actors.flatMap((actor) =>
			actor.pinned && actor.position ? [[actor.id, actor.position] as const] : []
		)
	);
	return withLayoutPlaces(graph, fixed);
}

/** The graph with every actor not in `fixed` where the layout around them puts it. */
function withLayoutPlaces(graph: GraphFile, fixed: ReadonlyMap<string, Point>): GraphFile {
	const { actors, ties, seed } = layoutInputOf(graph);
	const places = layoutAround(actors, ties, fixed, { seed });
	return {
		...graph,
		actors: graph.actors.map((actor) => {
			const place = places.get(actor.id);
			return place ? { ...actor, position: place } : actor;
		})
	};
}

/** Actors that take part in a relation. */
function tiedActors(graph: GraphFile): Set<string> {
	return new Set(graph.relations.flatMap((relation) => [relation.source, relation.target]));
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
