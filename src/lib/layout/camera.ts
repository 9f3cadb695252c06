import type { Point } from './point';

/** Pan and zoom: a graph point p is drawn at (p.x * k + x, p.y * k + y). */
export interface Camera {
	x: number;
	y: number;
	k: number;
}

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

export interface Viewport {
	width: number;
	height: number;
}

export const IDENTITY: Camera = { x: 0, y: 0, k: 1 };

/** Room below an actor's circle for its name. */
const NAME_BELOW = 26;
/** Half the width kept for a name, which is usually wider than its circle. */
const NAME_HALF_WIDTH = 75;

/** The box around every actor, their circles and names included. */
export function boundsOf(positions: Iterable<Point>, radius = 26): Bounds {
	const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	for (const point of positions) {
		const half = Math.max(radius, NAME_HALF_WIDTH);
		bounds.minX = Math.min(bounds.minX, point.x - half);
		bounds.maxX = Math.max(bounds.maxX, point.x + half);
		bounds.minY = Math.min(bounds.minY, point.y - radius);
		bounds.maxY = Math.max(bounds.maxY, point.y + radius + NAME_BELOW);
	}
	if (!Number.isFinite(bounds.minX)) return { minX: -1, minY: -1, maxX: 1, maxY: 1 };
	return bounds;
}

/**
 * The camera that frames `bounds` in the middle of the viewport with a margin,
 * never zooming in further than `maxScale` (a small graph is not blown up).
 */
export function fitCamera(
	bounds: Bounds,
	viewport: Viewport,
	{
		margin = 24,
		maxScale = 1.25,
		area = { left: 0, top: 0, right: viewport.width, bottom: viewport.height }
	}: { margin?: number; maxScale?: number; area?: ClearArea } = {}
): Camera {
	const width = Math.max(1, bounds.maxX - bounds.minX);
	const height = Math.max(1, bounds.maxY - bounds.minY);
	const room = {
		width: Math.max(1, area.right - area.left - 2 * margin),
		height: Math.max(1, area.bottom - area.top - 2 * margin)
	};
	const k = Math.min(maxScale, room.width / width, room.height / height);
	return {
		k,
		x: (area.left + area.right) / 2 - k * (bounds.minX + width / 2),
		y: (area.top + area.bottom) / 2 - k * (bounds.minY + height / 2)
	};
}

/** A part of the viewport that nothing covers (clear-areas.ts finds them). */
export interface ClearArea {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The camera moved just enough that `point` (graph coordinates) shows inside
 * the clear area with a margin; unchanged when it already does.
 */
export function keepInSight(camera: Camera, point: Point, area: ClearArea, margin = 48): Camera {
	const screenX = point.x * camera.k + camera.x;
	const screenY = point.y * camera.k + camera.y;
	const shift = (value: number, low: number, high: number) => {
		if (high - low < 2 * margin) return (low + high) / 2 - value;
		if (value < low + margin) return low + margin - value;
		if (value > high - margin) return high - margin - value;
		return 0;
	};
	const dx = shift(screenX, area.left, area.right);
	const dy = shift(screenY, area.top, area.bottom);
	return dx === 0 && dy === 0 ? camera : { ...camera, x: camera.x + dx, y: camera.y + dy };
}

/** The camera with `point` in the middle of the clear area, zoomed in to at least `minScale`. */
export function centreOn(camera: Camera, point: Point, area: ClearArea, minScale = 0): Camera {
	const k = Math.max(camera.k, minScale);
	return {
		k,
		x: (area.left + area.right) / 2 - point.x * k,
		y: (area.top + area.bottom) / 2 - point.y * k
	};
}

/** Where a camera looks: the graph point in the middle of the clear view, and the zoom. */
export interface Look {
	x: number;
	y: number;
	k: number;
}

/** Where the camera looks, from a view whose clear area is `area`. */
export function lookOf(camera: Camera, area: ClearArea): Look {
	const middle = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
	return { x: (middle.x - camera.x) / camera.k, y: (middle.y - camera.y) / camera.k, k: camera.k };
}

/** The camera that looks at `look` from a view whose clear area is `area`. */
export function cameraFor(look: Look, area: ClearArea): Camera {
	const middle = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
	return { k: look.k, x: middle.x - look.x * look.k, y: middle.y - look.y * look.k };
}

/** The box around places given as a flat array (x, y, x, y, …), with `pad` all round. */
export function boundsOfXy(xy: ArrayLike<number>, pad: number): Bounds {
	const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
	for (let i = 0; i + 1 < xy.length; i += 2) {
		bounds.minX = Math.min(bounds.minX, xy[i]);
		bounds.maxX = Math.max(bounds.maxX, xy[i]);
		bounds.minY = Math.min(bounds.minY, xy[i + 1]);
		bounds.maxY = Math.max(bounds.maxY, xy[i + 1]);
	}
	if (!Number.isFinite(bounds.minX)) return { minX: -1, minY: -1, maxX: 1, maxY: 1 };
	return {
		minX: bounds.minX - pad,
		minY: bounds.minY - pad,
		maxX: bounds.maxX + pad,
		maxY: bounds.maxY + pad
	};
}
