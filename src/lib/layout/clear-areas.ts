import type { Bounds, ClearArea, Viewport } from './camera';

/** Something over the picture: a dock, the legend, a panel; in the view's pixels. */
export type Cover = ClearArea;

/** What covers part of the view: the panel at the side or at the bottom, and the docks over the picture. */
export interface ViewCovers {
	panel?: { side: 'right' | 'bottom'; size: number };
	docks?: readonly Cover[];
}

/**
 * The largest rectangles of the view that nothing covers: left of a side
 * panel or above a bottom sheet, and around the docks (the legend, the time
 * line, the camera buttons). A dock that covers no part of the view is
 * ignored. Never empty: a view covered all over still has itself.
 */
export function clearAreas(viewport: Viewport, covers: ViewCovers = {}): ClearArea[] {
	const view = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
	if (covers.panel?.side === 'right') view.right = Math.max(0, view.right - covers.panel.size);
	if (covers.panel?.side === 'bottom') view.bottom = Math.max(0, view.bottom - covers.panel.size);
	const docks = (covers.docks ?? [])
		.map((dock) => ({
			left: Math.max(view.left, dock.left),
			top: Math.max(view.top, dock.top),
			right: Math.min(view.right, dock.right),
			bottom: Math.min(view.bottom, dock.bottom)
		}))
		.filter((dock) => dock.right > dock.left && dock.bottom > dock.top);
	const xs = [...new Set([view.left, view.right, ...docks.flatMap((d) => [d.left, d.right])])].sort(
		(a, b) => a - b
	);
	const ys = [...new Set([view.top, view.bottom, ...docks.flatMap((d) => [d.top, d.bottom])])].sort(
		(a, b) => a - b
	);
	const free: ClearArea[] = [];
	for (const [i, left] of xs.entries())
		for (const right of xs.slice(i + 1))
			for (const [j, top] of ys.entries())
				for (const bottom of ys.slice(j + 1)) {
					const area = { left, top, right, bottom };
					if (!docks.some((dock) => overlaps(area, dock))) free.push(area);
				}
	// Keep only the maximal ones: those no other free rectangle contains.
	const maximal = free.filter(
		(area) => !free.some((other) => other !== area && contains(other, area))
	);
	return maximal.length > 0 ? maximal.sort((a, b) => size(b) - size(a)) : [view];
}

/** The clear area where `bounds` is drawn largest (the largest area, without bounds). */
export function bestArea(areas: readonly ClearArea[], bounds?: Bounds): ClearArea {
	if (!bounds) return areas[0];
	const width = Math.max(1, bounds.maxX - bounds.minX);
	const height = Math.max(1, bounds.maxY - bounds.minY);
	const scale = (area: ClearArea) =>
		Math.min((area.right - area.left) / width, (area.bottom - area.top) / height);
	return areas.reduce((best, area) => (scale(area) > scale(best) ? area : best));
}

function overlaps(a: ClearArea, b: ClearArea): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function contains(outer: ClearArea, inner: ClearArea): boolean {
	return (
		outer.left <= inner.left &&
		outer.top <= inner.top &&
		outer.right >= inner.right &&
		outer.bottom >= inner.bottom
	);
}

function size(area: ClearArea): number {
	return (area.right - area.left) * (area.bottom - area.top);
}
