import type { Point } from '$lib/layout/point';

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = {
	ArrowLeft: 'left',
	ArrowRight: 'right',
	ArrowUp: 'up',
	ArrowDown: 'down'
};

/** A direction as a step on screen: right is (1, 0), down (0, 1). */
export const STEPS: Readonly<Record<Direction, { dx: number; dy: number }>> = {
	left: { dx: -1, dy: 0 },
	right: { dx: 1, dy: 0 },
	up: { dx: 0, dy: -1 },
	down: { dx: 0, dy: 1 }
};

/** The direction an arrow key means, if it is one. */
export function directionOf(key: string): Direction | undefined {
	return ARROWS[key];
}

/**
 * The actor the arrow keys move to from `from`: the nearest one lying in that
 * direction (within 60° either side), with nearness along the direction
 * counting more than distance across it. -1 when there is none.
 */
export function nextActor(places: readonly Point[], from: number, direction: Direction): number {
	if (places.length === 0) return -1;
	if (from < 0 || from >= places.length) return nearestTo(places, { x: 0, y: 0 });
	return nearestFrom(places, places[from], direction, from);
}

/**
 * The nearest actor lying in `direction` from a point (an actor's, or a
 * relation's middle), as `nextActor` weighs it, leaving out the actor at
 * `skip`. -1 when there is none.
 */
export function nearestFrom(
	places: readonly Point[],
	origin: Point,
	direction: Direction,
	skip = -1
): number {
	const { dx: ux, dy: uy } = STEPS[direction];
	let best = -1;
	let bestScore = Infinity;
	places.forEach((place, i) => {
		if (i === skip) return;
		const dx = place.x - origin.x;
		const dy = place.y - origin.y;
		const along = dx * ux + dy * uy;
		const across = Math.abs(dx * uy - dy * ux);
		if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
		const score = along + 2 * across;
		if (score < bestScore) [best, bestScore] = [i, score];
	});
	return best;
}

/** The actor nearest to a point: where keyboard navigation starts. */
export function nearestTo(places: readonly Point[], point: Point): number {
	let best = -1;
	let bestDistance = Infinity;
	places.forEach((place, i) => {
		const distance = Math.hypot(place.x - point.x, place.y - point.y);
		if (distance < bestDistance) [best, bestDistance] = [i, distance];
	});
	return best;
}

/**
 * The actor an arrow key moves the keyboard's focus to: from the focused
 * actor, else from the selected one; when neither, the first press lands on
 * the actor nearest the middle of the view. -1 when there is none.
 */
export function actorForArrow(
	places: readonly Point[],
	direction: Direction,
	from: { focused: number; selected: number; middle: Point }
): number {
	const start = from.focused >= 0 ? from.focused : from.selected;
	if (start < 0) return nearestTo(places, from.middle);
	return nextActor(places, start, direction);
}
