import { quadtree, type Quadtree } from 'd3-quadtree';
import { controlPoint } from '$lib/stage/relation-geometry';
import type { Scene } from './scene';

/** What is under the pointer, found through quadtrees rather than by trying every mark. */
export interface HitIndex {
	/** The actor whose circle (plus `slack`) holds the point, as an index into scene.actors; -1 if none. */
	actorAt(x: number, y: number, slack?: number): number;
	/** The relation whose line passes within `tolerance` of the point, as an index into scene.relations; -1 if none. */
	relationAt(x: number, y: number, tolerance: number): number;
}

/** Points sampled along relation lines, this far apart in graph units. */
const SAMPLE_SPACING = 16;
const MAX_RADIUS = 32;

type Sample = [x: number, y: number, relation: number];

/** Builds the index for the actors' and relations' places in `xy` (x, y per layout slot). */
export function buildHitIndex(scene: Scene, xy: ArrayLike<number>): HitIndex {
	const actors = quadtree<number>()
		.x((i) => xy[2 * scene.actors[i].slot])
		.y((i) => xy[2 * scene.actors[i].slot + 1])
		.addAll(scene.actors.map((_, i) => i));

	const samples: Sample[] = [];
	const curves = scene.relations.map((relation, r) => {
		const from = { x: xy[2 * relation.source], y: xy[2 * relation.source + 1] };
		const to = { x: xy[2 * relation.target], y: xy[2 * relation.target + 1] };
		const control = controlPoint(from, to, relation.offset, relation.forward);
		const length = Math.hypot(to.x - from.x, to.y - from.y) + Math.abs(relation.offset);
		const count = Math.max(2, Math.ceil(length / SAMPLE_SPACING));
		for (let s = 0; s <= count; s++) {
			const p = pointOn(from, control, to, s / count);
			samples.push([p.x, p.y, r]);
		}
		return { from, control, to };
	});
	const relationTree: Quadtree<Sample> = quadtree<Sample>().addAll(samples);

	return {
		actorAt(x, y, slack = 0) {
			let found = -1;
			let best = Infinity;
			visitNear(actors, x, y, MAX_RADIUS + slack, (i) => {
				const actor = scene.actors[i];
				const d = Math.hypot(xy[2 * actor.slot] - x, xy[2 * actor.slot + 1] - y);
				if (d <= actor.radius + slack && d < best) [found, best] = [i, d];
			});
			return found;
		},
		relationAt(x, y, tolerance) {
			const candidates = new Set<number>();
			visitNear(relationTree, x, y, tolerance + SAMPLE_SPACING, (sample) =>
				candidates.add(sample[2])
			);
			let found = -1;
			let best = Infinity;
			for (const r of candidates) {
				const d = distanceToCurve(curves[r], x, y);
				if (d <= tolerance && d < best) [found, best] = [r, d];
			}
			return found;
		}
	};
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

function pointOn(from: Curve['from'], control: Curve['control'], to: Curve['to'], t: number) {
	const u = 1 - t;
	return {
		x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
		y: u * u * from.y + 2 * u * t * control.y + t * t * to.y
	};
}

/** Distance from a point to a quadratic curve, measured on 24 straight pieces of it. */
export function distanceToCurve(curve: Curve, x: number, y: number): number {
	let best = Infinity;
	let previous = curve.from;
	for (let s = 1; s <= 24; s++) {
		const next = pointOn(curve.from, curve.control, curve.to, s / 24);
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
