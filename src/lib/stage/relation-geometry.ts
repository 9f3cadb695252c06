import type { Point } from '$lib/layout/point';

/** How a relation line ends at its target actor. */
export type LineEnding = 'none' | 'arrow' | 'bar';

/** What the geometry needs to know of a relation. */
export interface RelationEnds {
	id: string;
	source: string;
	target: string;
	ending: LineEnding;
}

/** The drawn shape of one relation, in graph coordinates. */
export interface RelationShape {
	id: string;
	/** SVG path of the line: a quadratic curve, straight when it is alone between its pair. */
	path: string;
	start: Point;
	control: Point;
	end: Point;
	/** The middle of the curve, where its badge and label sit. */
	middle: Point;
	/** Triangle of the arrowhead (tip first), when the line ends in an arrow. */
	arrowhead?: [Point, Point, Point];
	/** The flat bar across the target end, when the line ends in a bar. */
	bar?: [Point, Point];
}

/** Space between neighbouring curves of one pair, at their middle. */
export const CURVE_SPACING = 26;
const GAP = 3;
const ARROW_LENGTH = 11;
const ARROW_HALF_WIDTH = 5.5;
const BAR_HALF_LENGTH = 9;

/**
 * Each relation's sideways offset from the straight line between its pair:
 * several relations between one pair fan out as arcs of equal spacing,
 * symmetric around that line, in the order of their ids.
 */
export function parallelOffsets(relations: readonly RelationEnds[]): Map<string, number> {
	const pairs = new Map<string, string[]>();
	for (const relation of relations) {
		const key = pairKey(relation.source, relation.target);
		const ids = pairs.get(key) ?? [];
		ids.push(relation.id);
		pairs.set(key, ids);
	}
	const offsets = new Map<string, number>();
	for (const ids of pairs.values()) {
		ids.sort();
		ids.forEach((id, index) => offsets.set(id, (index - (ids.length - 1) / 2) * CURVE_SPACING));
	}
	return offsets;
}

/**
 * The shapes of all relations, from the actors' places and radii. Lines stop
 * short of the circles, and a directed line ends in its arrow or bar.
 */
export function relationShapes(
	relations: readonly RelationEnds[],
	positions: ReadonlyMap<string, Point>,
	radii: ReadonlyMap<string, number>
): RelationShape[] {
	const offsets = parallelOffsets(relations);
	const shapes: RelationShape[] = [];
	for (const relation of relations) {
		const from = positions.get(relation.source);
		const to = positions.get(relation.target);
		if (!from || !to) continue;
		shapes.push(
			relationShape(relation, from, to, offsets.get(relation.id) ?? 0, {
				source: radii.get(relation.source) ?? 0,
				target: radii.get(relation.target) ?? 0
			})
		);
	}
	return shapes;
}

/** The shape of one relation between two places, bent sideways by `offset`. */
export function relationShape(
	relation: RelationEnds,
	from: Point,
	to: Point,
	offset: number,
	radius: { source: number; target: number }
): RelationShape {
	const control = controlPoint(from, to, offset, relation.source <= relation.target);
	const start = toward(from, control, radius.source + GAP);
	const tip = toward(to, control, radius.target + GAP);
	const back = unit(control, tip);
	const shape: RelationShape = {
		id: relation.id,
		path: '',
		start,
		control,
		end: tip,
		middle: {
			x: round(0.25 * start.x + 0.5 * control.x + 0.25 * tip.x),
			y: round(0.25 * start.y + 0.5 * control.y + 0.25 * tip.y)
		}
	};
	let lineEnd = tip;
	if (relation.ending === 'arrow') {
		const base = { x: tip.x - back.x * ARROW_LENGTH, y: tip.y - back.y * ARROW_LENGTH };
		shape.arrowhead = [
			roundPoint(tip),
			roundPoint({ x: base.x - back.y * ARROW_HALF_WIDTH, y: base.y + back.x * ARROW_HALF_WIDTH }),
			roundPoint({ x: base.x + back.y * ARROW_HALF_WIDTH, y: base.y - back.x * ARROW_HALF_WIDTH })
		];
		// The line stops inside the arrowhead, so a heavy line cannot blunt the tip.
		lineEnd = { x: tip.x - back.x * ARROW_LENGTH * 0.7, y: tip.y - back.y * ARROW_LENGTH * 0.7 };
	} else if (relation.ending === 'bar') {
		shape.bar = [
			roundPoint({ x: tip.x - back.y * BAR_HALF_LENGTH, y: tip.y + back.x * BAR_HALF_LENGTH }),
			roundPoint({ x: tip.x + back.y * BAR_HALF_LENGTH, y: tip.y - back.x * BAR_HALF_LENGTH })
		];
	}
	shape.path =
		offset === 0
			? `M${fmt(start)}L${fmt(lineEnd)}`
			: `M${fmt(start)}Q${fmt(control)} ${fmt(lineEnd)}`;
	shape.start = roundPoint(start);
	shape.control = roundPoint(control);
	shape.end = roundPoint(tip);
	return shape;
}

/**
 * The control point of the quadratic curve from `from` to `to` whose middle
 * stands `offset` to the side. The side is measured on the pair's own axis
 * (lower id to higher id: `forward`), so a relation and its reverse between
 * the same pair bend to opposite sides.
 */
export function controlPoint(from: Point, to: Point, offset: number, forward: boolean): Point {
	const [a, b] = forward ? [from, to] : [to, from];
	const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	// A quadratic curve's middle lies halfway to its control point.
	return {
		x: (from.x + to.x) / 2 - ((b.y - a.y) / length) * offset * 2,
		y: (from.y + to.y) / 2 + ((b.x - a.x) / length) * offset * 2
	};
}

/** The same key for a pair whichever way round its actors are named. */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function toward(from: Point, to: Point, distance: number): Point {
	const direction = unit(from, to);
	return { x: from.x + direction.x * distance, y: from.y + direction.y * distance };
}

function unit(from: Point, to: Point): Point {
	const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
	return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

function round(value: number): number {
	return Math.round(value * 100) / 100 + 0; // + 0 turns -0 into 0
}

function roundPoint(point: Point): Point {
	return { x: round(point.x), y: round(point.y) };
}

function fmt(point: Point): string {
	return `${round(point.x)},${round(point.y)}`;
}
