import type { Bounds } from '$lib/layout/camera';
import type { Point } from '$lib/layout/point';
import { ACTOR_SIZES, RELATION_SIZES } from '$lib/stage/visual-constants';
import type { VisualGraph } from '$lib/stage/visual-graph';

/** Room kept around the drawing: the halo of a selected line, a badge, a name's halo. */
const PADDING = 12;

/**
 * The box the whole picture is drawn in, in graph coordinates: every actor's
 * circle and name (where the stage placed it, as wide as DejaVu Sans sets it), and every relation's
 * curve, badge and ending. Exports frame this, not the camera's current view.
 */
export function pictureFrame(visual: VisualGraph): Bounds {
	const frame = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	const cover = (x0: number, y0: number, x1: number, y1: number) => {
		frame.minX = Math.min(frame.minX, x0);
		frame.minY = Math.min(frame.minY, y0);
		frame.maxX = Math.max(frame.maxX, x1);
		frame.maxY = Math.max(frame.maxY, y1);
	};
	const { ringGap } = ACTOR_SIZES;
	for (const actor of visual.actors) {
		const ring = actor.radius + ringGap;
		cover(actor.x - ring, actor.y - ring, actor.x + ring, actor.y + ring);
		const { box } = actor.label;
		cover(actor.x + box.left, actor.y + box.top, actor.x + box.right, actor.y + box.bottom);
	}
	const badge = RELATION_SIZES.badgeRadius + 1;
	for (const { geometry } of visual.relations) {
		for (const point of [
			...curveExtremes(geometry.start, geometry.control, geometry.tip),
			...(geometry.arrowhead ?? []),
			...(geometry.bar ?? [])
		]) {
			cover(point.x, point.y, point.x, point.y);
		}
		const { middle } = geometry;
		cover(middle.x - badge, middle.y - badge, middle.x + badge, middle.y + badge);
	}
	if (!Number.isFinite(frame.minX)) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
	return {
		minX: frame.minX - PADDING,
		minY: frame.minY - PADDING,
		maxX: frame.maxX + PADDING,
		maxY: frame.maxY + PADDING
	};
}

/** The ends of a quadratic curve and the points where it turns back in x or in y. */
function curveExtremes(start: Point, control: Point, end: Point): Point[] {
	const points = [start, end];
	const at = (t: number) => ({
		x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x,
		y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y
	});
	for (const axis of ['x', 'y'] as const) {
		const denominator = start[axis] - 2 * control[axis] + end[axis];
		if (denominator === 0) continue;
		const t = (start[axis] - control[axis]) / denominator;
		if (t > 0 && t < 1) points.push(at(t));
	}
	return points;
}
