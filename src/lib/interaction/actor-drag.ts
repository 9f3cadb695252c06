import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import type { Point } from '$lib/layout/point';

export interface ActorDragOptions {
	/** Where the actor is now, in graph coordinates. */
	place: () => Point;
	/** The actor was dragged to a new place (it stays pinned there). */
	onMove: (place: Point) => void;
	/** The drag ended; the actor stays where it was dropped. */
	onDrop?: (place: Point) => void;
	/** A double-click lets go of the pin. */
	onUnpin: () => void;
}

/**
 * Dragging an actor's element moves the actor. Coordinates come in the
 * element's parent's frame, which is the graph's own, so pan and zoom need no
 * arithmetic here. A press without movement stays a click.
 */
export function attachActorDrag(element: SVGGElement, options: ActorDragOptions): () => void {
	const behaviour = drag<SVGGElement, unknown>()
		.clickDistance(4)
		.subject(() => options.place())
		.on('drag', (event: { x: number; y: number }) => options.onMove({ x: event.x, y: event.y }))
		.on('end', (event: { x: number; y: number }) => options.onDrop?.({ x: event.x, y: event.y }));
	const selection = select(element);
	selection.call(behaviour);
	selection.on('dblclick.unpin', (event: MouseEvent) => {
		event.stopPropagation();
		options.onUnpin();
	});
	return () => selection.on('.drag', null).on('dblclick.unpin', null);
}
