import type { Point } from '$lib/layout/point';
import type { LineEnding } from './relation-style';
import { RELATION_SIZES } from './visual-constants';

/** The drawn shape of one relation, in graph coordinates. */
export interface RelationGeometry {
	/** Where the line leaves its source's circle. */
	start: Point;
	/** The control point of its quadratic curve (between the two centres when straight). */
	control: Point;
	/** Where it meets its target's circle: the tip of an arrow, the middle of a bar. */
	tip: Point;
	/** Where the stroke stops: inside an arrowhead, so a heavy line cannot blunt its tip. */
	lineEnd: Point;
	/** The middle of the curve, where its badge sits. */
	middle: Point;
	/** Bent among the other relations of its pair, or straight when alone. */
	curved: boolean;
	/** Triangle of the arrowhead, tip first. */
	arrowhead?: readonly [Point, Point, Point];
	/** The flat bar across the target end. */
	bar?: readonly [Point, Point];
}

/** What the geometry needs to know of a relation besides its ends' places. */
export interface RelationLine {
	/** Sideways offset of its middle among the relations of its pair (`parallelOffsets`). */
	offset: number;
	/** Whether its source's id sorts before its target's: the side its curve bends to. */
	forward: boolean;
	sourceRadius: number;
	targetRadius: number;
	ending: LineEnding;
}

/**
 * Each relation's sideways offset from the straight line between its pair:
 * several relations between one pair fan out as arcs of equal spacing,
 * symmetric around that line, in the order of their ids. A relation alone
 * with its pair stays on the line, and is left out.
 */
export function parallelOffsets(
	relations: readonly { id: string; source: string; target: string }[]
): Map<string, number> {
	// The relations of each pair, found by one end and then the other: a network's first picture
	// waits on this, and a key made of both ids is a new text to build and hash for each relation.
	const pairs = new Map<string, Map<string, string | string[]>>();
	const shared: string[][] = [];
	for (let i = 0; i < relations.length; i++) {
		const { id, source, target } = relations[i];
		const low = source < target ? source : target;
		const high = source < target ? target : source;
		let withLow = pairs.get(low);
		if (withLow === undefined) pairs.set(low, (withLow = new Map()));
		const held = withLow.get(high);
		if (held === undefined) withLow.set(high, id);
		else if (typeof held === 'string') {
			const ids = [held, id];
			withLow.set(high, ids);
			shared.push(ids);
		} else held.push(id);
	}
	const offsets = new Map<string, number>();
	for (const ids of shared) {
		ids.sort();
		ids.forEach((id, index) =>
			offsets.set(id, (index - (ids.length - 1) / 2) * RELATION_SIZES.curveSpacing)
		);
	}
	return offsets;
}

/**
 * Numbers per relation in a geometry array (`writeRelationGeometry`): start,
 * control, tip, line end and middle (x, y each), then the end mark's other
 * points: an arrowhead's two back corners, or a bar's two ends.
 */
export const GEOMETRY_STRIDE = 14;

/**
 * Writes the shape of one relation between the centres of slots `source` and
 * `target` in `centres` (x, y per slot) into `out` from `at`, in the order of
 * GEOMETRY_STRIDE: a curve bent sideways by its offset, stopping short of both
 * circles, ending in its arrow or bar. Allocates nothing, so a canvas can place
 * ten thousand relations in every frame of a running layout.
 */
export function writeRelationGeometry(
	out: Float64Array,
	at: number,
	centres: ArrayLike<number>,
	source: number,
	target: number,
	line: RelationLine
): void {
	const { gap, arrowLength, arrowHalfWidth, arrowInset, barHalfLength } = RELATION_SIZES;
	const fx = centres[2 * source];
	const fy = centres[2 * source + 1];
	const tx = centres[2 * target];
	const ty = centres[2 * target + 1];
	const curved = line.offset !== 0;
	let cx = (fx + tx) / 2;
	let cy = (fy + ty) / 2;
	if (curved) {
		// The side is measured on the pair's own axis, so a relation and its reverse bend apart.
		const sign = line.forward ? 1 : -1;
		const dx = (tx - fx) * sign;
		const dy = (ty - fy) * sign;
		const length = lengthOf(dx, dy);
		// A quadratic curve's middle lies halfway to its control point.
		cx -= (dy / length) * line.offset * 2;
		cy += (dx / length) * line.offset * 2;
	}
	// Leave the source toward the control point (the target when straight), and arrive likewise.
	let ux = (curved ? cx : tx) - fx;
	let uy = (curved ? cy : ty) - fy;
	let length = lengthOf(ux, uy);
	const sx = fx + (ux / length) * (line.sourceRadius + gap);
	const sy = fy + (uy / length) * (line.sourceRadius + gap);
	ux = (curved ? cx : fx) - tx;
	uy = (curved ? cy : fy) - ty;
	length = lengthOf(ux, uy);
	const px = tx + (ux / length) * (line.targetRadius + gap);
	const py = ty + (uy / length) * (line.targetRadius + gap);
	// The direction the line arrives in at its tip.
	ux = px - (curved ? cx : sx);
	uy = py - (curved ? cy : sy);
	length = lengthOf(ux, uy);
	ux /= length;
	uy /= length;
	out[at] = sx;
	out[at + 1] = sy;
	out[at + 2] = cx;
	out[at + 3] = cy;
	out[at + 4] = px;
	out[at + 5] = py;
	out[at + 6] = px;
	out[at + 7] = py;
	out[at + 8] = 0.25 * sx + 0.5 * cx + 0.25 * px;
	out[at + 9] = 0.25 * sy + 0.5 * cy + 0.25 * py;
	if (line.ending === 'arrow') {
		const baseX = px - ux * arrowLength;
		const baseY = py - uy * arrowLength;
		out[at + 6] = px - ux * arrowLength * arrowInset;
		out[at + 7] = py - uy * arrowLength * arrowInset;
		out[at + 10] = baseX - uy * arrowHalfWidth;
		out[at + 11] = baseY + ux * arrowHalfWidth;
		out[at + 12] = baseX + uy * arrowHalfWidth;
		out[at + 13] = baseY - ux * arrowHalfWidth;
	} else if (line.ending === 'bar') {
		out[at + 10] = px - uy * barHalfLength;
		out[at + 11] = py + ux * barHalfLength;
		out[at + 12] = px + uy * barHalfLength;
		out[at + 13] = py - ux * barHalfLength;
	}
}

/**
 * A vector's length, 1 for none (a direction is found by dividing by it).
 * `Math.hypot` is not compiled inline: each call boxes its arguments and its
 * result, and placing 60,000 relations in every frame of a layout made 30 MB
 * of garbage a second, collected in pauses the analyst saw.
 */
function lengthOf(x: number, y: number): number {
	return Math.sqrt(x * x + y * y) || 1;
}

const scratch = new Float64Array(GEOMETRY_STRIDE);
/** The two centres of the relation relationGeometry places, as slots 0 and 1. */
const centres = new Float64Array(4);

/**
 * The shape of one relation between the centres `from` and `to`, as
 * `writeRelationGeometry` draws it, with points rounded to hundredths so that
 * a picture's bytes never depend on the last bits of a float.
 */
export function relationGeometry(from: Point, to: Point, line: RelationLine): RelationGeometry {
	centres[0] = from.x;
	centres[1] = from.y;
	centres[2] = to.x;
	centres[3] = to.y;
	writeRelationGeometry(scratch, 0, centres, 0, 1, line);
	const point = (i: number) => ({ x: round(scratch[i]), y: round(scratch[i + 1]) });
	const geometry: RelationGeometry = {
		start: point(0),
		control: point(2),
		tip: point(4),
		lineEnd: point(6),
		middle: point(8),
		curved: line.offset !== 0
	};
	if (line.ending === 'arrow') geometry.arrowhead = [point(4), point(10), point(12)];
	else if (line.ending === 'bar') geometry.bar = [point(10), point(12)];
	return geometry;
}

/**
 * A relation's line drawn from `from` to `to` exactly, with no circles to
 * stop short of: the sample of a type in a legend.
 */
export function sampleGeometry(from: Point, to: Point, ending: LineEnding): RelationGeometry {
	const touching = -RELATION_SIZES.gap;
	return relationGeometry(from, to, {
		offset: 0,
		forward: true,
		sourceRadius: touching,
		targetRadius: touching,
		ending
	});
}

/** The line as an SVG path: straight, or a quadratic curve. */
export function relationPath(geometry: RelationGeometry): string {
	const { start, control, lineEnd } = geometry;
	return geometry.curved
		? `M${start.x},${start.y}Q${control.x},${control.y} ${lineEnd.x},${lineEnd.y}`
		: `M${start.x},${start.y}L${lineEnd.x},${lineEnd.y}`;
}

function round(value: number): number {
	return Math.round(value * 100) / 100 + 0; // + 0 turns -0 into 0
}
