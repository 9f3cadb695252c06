import type { Point } from '$lib/layout/point';

/** A direction on screen: one step right (1, 0), down (0, 1), and so on. */
export interface Direction {
	dx: number;
	dy: number;
}

/** The arrow keys, as directions. */
export const ARROWS: Readonly<Record<string, Direction>> = {
	ArrowRight: { dx: 1, dy: 0 },
	ArrowLeft: { dx: -1, dy: 0 },
	ArrowDown: { dx: 0, dy: 1 },
	ArrowUp: { dx: 0, dy: -1 }
};

/**
 * The actor an arrow key goes to from `from`: the nearest one in that
 * direction, within 60° either side of it, a step across counting twice a
 * step along (so that Right goes to the actor beside, not to one far above
 * it). None when nothing lies that way.
 */
export function nearestInDirection<T extends Point & { id: string }>(
	from: Point,
	candidates: readonly T[],
	{ dx, dy }: Direction
): T | undefined {
	let best: T | undefined;
	let bestCost = Infinity;
	for (const candidate of candidates) {
		const x = candidate.x - from.x;
		const y = candidate.y - from.y;
		const along = x * dx + y * dy;
		const across = Math.abs(x * dy - y * dx);
		if (along <= 0 || across > along * Math.sqrt(3)) continue;
		const cost = along + 2 * across;
		// Ties go to the first in the graph's order: the same key always reaches the same actor.
		if (cost < bestCost) {
			best = candidate;
			bestCost = cost;
		}
	}
	return best;
}
