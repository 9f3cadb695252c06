import { quadtree, type Quadtree } from 'd3-quadtree';
import { pointOnCurve } from '$lib/stage/point-on-curve';
import { GEOMETRY_STRIDE } from '$lib/stage/relation-geometry';
import { LARGEST_RADIUS } from '$lib/stage/visual-constants';
import type { PlacedScene } from './canvas-scene';

/** What is under the pointer, found through quadtrees rather than by trying every mark. */
export interface HitIndex {
	/** The actor whose circle (plus `slack`) holds the point, as an index into the look's actors; -1 if none. */
	actorAt(x: number, y: number, slack?: number): number;
	/** The relation whose line passes within `tolerance` of the point, as an index into the look's relations; -1 if none. */
	relationAt(x: number, y: number, tolerance: number): number;
}

/** Points sampled along relation lines, this far apart in graph units. */
const SAMPLE_SPACING = 16;

type Sample = [x: number, y: number, relation: number];

/** Builds the index for a placed scene: actors where they stand, relations along their drawn lines. */
export function buildHitIndex(placed: PlacedScene): HitIndex {
	const { xy } = placed;
	const { look, actorSlots } = placed.scene;
	const shownActors = look.actors.flatMap((actor, i) =>
		actorSlots[i] >= 0 && actor.opacity > 0 ? [i] : []
	);
	const actors = quadtree<number>()
		.x((i) => xy[2 * actorSlots[i]])
		.y((i) => xy[2 * actorSlots[i] + 1])
		.addAll(shownActors);

	// Relations are sampled when first asked for: finding an actor (to drag it) does not wait for them.
	let relationIndex:
		{ tree: Quadtree<Sample>; curves: (Curve | undefined)[]; reach: number } | undefined;
	const relationsNow = () => (relationIndex ??= sampleRelations(placed));

	return {
		actorAt(x, y, slack = 0) {
			let found = -1;
			let best = Infinity;
			visitNear(actors, x, y, LARGEST_RADIUS + slack, (i) => {
				const d = Math.hypot(xy[2 * actorSlots[i]] - x, xy[2 * actorSlots[i] + 1] - y);
				if (d <= look.actors[i].radius + slack && d < best) [found, best] = [i, d];
			});
			return found;
		},
		relationAt(x, y, tolerance) {
			const { tree, curves, reach } = relationsNow();
			const candidates = new Set<number>();
			visitNear(tree, x, y, tolerance + reach, (sample) => candidates.add(sample[2]));
			let found = -1;
			let best = Infinity;
			for (const r of candidates) {
				const d = distanceToCurve(curves[r]!, x, y);
				if (d <= tolerance && d < best) [found, best] = [r, d];
			}
			return found;
		}
	};
}

/** The most samples taken along one relation: a long line is sampled more sparsely. */
const MOST_SAMPLES = 12;

/**
 * Points along every relation's drawn line, every SAMPLE_SPACING graph units
 * or, for a long line, MOST_SAMPLES of them; `reach` is how far a point on a
 * line can be from its nearest sample.
 */
function sampleRelations(placed: PlacedScene) {
	const { geometry } = placed;
	const { look } = placed.scene;
	const samples: Sample[] = [];
	let reach = SAMPLE_SPACING;
	const curves: (Curve | undefined)[] = look.relations.map((relation, r) => {
		if (relation.opacity === 0) return undefined;
		const at = r * GEOMETRY_STRIDE;
		const from = { x: geometry[at], y: geometry[at + 1] };
		const control = { x: geometry[at + 2], y: geometry[at + 3] };
		const to = { x: geometry[at + 4], y: geometry[at + 5] };
		const length = Math.hypot(to.x - from.x, to.y - from.y) + Math.abs(relation.line.offset);
		const count = Math.min(MOST_SAMPLES, Math.max(2, Math.ceil(length / SAMPLE_SPACING)));
		reach = Math.max(reach, length / count);
		for (let s = 0; s <= count; s++) {
			const p = pointOnCurve(from, control, to, s / count);
			samples.push([p.x, p.y, r]);
		}
		return { from, control, to };
	});
	return { tree: quadtree<Sample>().addAll(samples), curves, reach };
}

function visitNear<T>(
	tree: Quadtree<T>,
	x: number,
	y: number,
	radius: number,
	each: (datum: T) => void
) {
	tree.visit((node, x0, y0, x1, y1) => {
		if (!node.length) {
			let leaf: typeof node | undefined = node;
			while (leaf) {
				if (!('length' in leaf) || !leaf.length) each((leaf as { data: T }).data);
				leaf = (leaf as { next?: typeof node }).next;
			}
		}
		return x0 > x + radius || x1 < x - radius || y0 > y + radius || y1 < y - radius;
	});
}

interface Curve {
	from: { x: number; y: number };
	control: { x: number; y: number };
	to: { x: number; y: number };
}

/** Distance from a point to a quadratic curve, measured on 24 straight pieces of it. */
function distanceToCurve(curve: Curve, x: number, y: number): number {
	let best = Infinity;
	let previous = curve.from;
	for (let s = 1; s <= 24; s++) {
		const next = pointOnCurve(curve.from, curve.control, curve.to, s / 24);
		best = Math.min(best, distanceToSegment(previous, next, x, y));
		previous = next;
	}
	return best;
}

function distanceToSegment(a: Curve['from'], b: Curve['from'], x: number, y: number): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const lengthSquared = dx * dx + dy * dy || 1;
	const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
	return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}
