import type { Point } from './point';

/**
 * d3's own start, a sunflower spiral, turned by a seeded angle per actor: the
 * seed then chooses among pictures, while the spiral keeps the start compact.
 */
export function startingPlace(index: number, random: () => number): Point {
	const radius = 30 * Math.sqrt(0.5 + index);
	const angle = index * Math.PI * (3 - Math.sqrt(5)) + random() * 2 * Math.PI;
	return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** The spiral of `startingPlace` for `count` actors: x, y per actor, in one array. */
export function spiralStart(count: number, random: () => number): Float64Array {
	const xy = new Float64Array(2 * count);
	for (let i = 0; i < count; i++) {
		const place = startingPlace(i, random);
		xy[2 * i] = place.x;
		xy[2 * i + 1] = place.y;
	}
	return xy;
}
