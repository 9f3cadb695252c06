import type { Point } from '$lib/layout/point';

/** The point of a quadratic curve at `t` (0 at its start, 1 at its end). */
export function pointOnCurve(start: Point, control: Point, end: Point, t: number): Point {
	const u = 1 - t;
	return {
		x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
		y: u * u * start.y + 2 * u * t * control.y + t * t * end.y
	};
}
