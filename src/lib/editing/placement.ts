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

/** Where a new actor goes: beside its future neighbours if it has any, else right of the network, in a column. */
export function placeForNewActor(
	places: ReadonlyMap<string, Point>,
	neighbours: readonly string[] = []
): Point {
	const near = neighbours.map((id) => places.get(id)).filter((p): p is Point => p !== undefined);
	if (near.length > 0) {
		const x = near.reduce((sum, p) => sum + p.x, 0) / near.length;
		const y = near.reduce((sum, p) => sum + p.y, 0) / near.length;
		return { x: round(x + 120), y: round(y + 90) };
	}
	let maxX = 0;
	let minY = 0;
	for (const place of places.values()) {
		maxX = Math.max(maxX, place.x);
		minY = Math.min(minY, place.y);
	}
	const column = [...places.values()].filter((p) => p.x > maxX - 1).length;
	return { x: round(maxX + 180), y: round(minY + 110 * column) };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
