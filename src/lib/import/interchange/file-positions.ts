/** Where a file places its nodes, as the graph file keeps it. */

/** `{ x, y }` when both are finite numbers. */
export function positionOf(x: unknown, y: unknown): { x: number; y: number } | undefined {
	return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
		? { x, y }
		: undefined;
}

/** A position with y turned to grow downwards, as on screen. */
export function flipped(position: { x: number; y: number } | undefined) {
	return position && { x: position.x, y: position.y === 0 ? 0 : -position.y };
}
