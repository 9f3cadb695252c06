import type { Point } from '$lib/layout/point';
import type { GraphFile } from '$lib/model/schema';

/**
 * The graph file as JSON, in the schema's own format and nothing lost: opening
 * the export gives the same graph. Actors the analyst pinned by dragging keep
 * that place, written as their `position`.
 */
export function exportJson(graph: GraphFile, pins: ReadonlyMap<string, Point> = new Map()): string {
	const actors = graph.actors.map((actor) => {
		const pin = pins.get(actor.id);
		return pin ? { ...actor, position: { x: pin.x, y: pin.y } } : actor;
	});
	return `${JSON.stringify({ ...graph, actors }, null, 2)}\n`;
}
