import { FlatQuadtree, grown, SquareStack } from './flat-quadtree';

/** The flat state of a large layout's actors that its forces read and push. */
export interface Bodies {
	n: number;
	x: Float64Array;
	y: Float64Array;
	vx: Float64Array;
	vy: Float64Array;
}

/** A distance of exactly zero nudged by d3-force's seeded jiggle, so that two bodies in one place part. */
export function nudged(distance: number, jiggle: () => number): number {
	return distance === 0 ? jiggle() : distance;
}

/** d3-force's own approximation: a square this much narrower than its distance counts as one body. */
const THETA_SQUARED = 0.81;

/**
 * Every actor pushes every other away, as d3-force's forceManyBody does and
 * with the same arithmetic, approximated by Barnes–Hut: a square of actors
 * far enough away pushes as one body at its centre of strength. The tree and
 * its sums live in flat arrays, reused from tick to tick.
 */
export class ManyBody {
	private readonly tree = new FlatQuadtree();
	private value = new Float64Array(0);
	private centreX = new Float64Array(0);
	private centreY = new Float64Array(0);
	private readonly stack = new SquareStack();
	/** The push on the actor being pushed, summed over a walk of the tree, and the heat it is pushed at. */
	private pushX = 0;
	private pushY = 0;
	private alpha = 0;

	/** `strength[i]` is actor i's push (negative repels); `jiggle` breaks ties between actors in one place. */
	constructor(
		private readonly strength: Float64Array,
		private readonly jiggle: () => number
	) {}

	apply(bodies: Bodies, alpha: number): void {
		const { n, x, y, vx, vy } = bodies;
		const tree = this.tree;
		tree.build(x, y, n);
		this.sum(x, y);
		const { width, firstChild, head, next } = tree;
		const { value, centreX, centreY, strength } = this;
		this.alpha = alpha;
		for (let i = 0; i < n; i++) {
			const xi = x[i];
			const yi = y[i];
			this.pushX = 0;
			this.pushY = 0;
			const stack = this.stack;
			stack.reset();
			while (stack.size > 0) {
				const s = stack.pop();
				if (value[s] === 0) continue;
				const dx = centreX[s] - xi;
				const dy = centreY[s] - yi;
				if ((width[s] * width[s]) / THETA_SQUARED < dx * dx + dy * dy) {
					this.pushFrom(dx, dy, value[s]);
					continue;
				}
				const child = firstChild[s];
				if (child >= 0) {
					stack.pushQuarters(child);
					continue;
				}
				for (let j = head[s]; j >= 0; j = next[j])
					if (j !== i) this.pushFrom(x[j] - xi, y[j] - yi, strength[j]);
			}
			vx[i] += this.pushX;
			vy[i] += this.pushY;
		}
	}

	/** The push, by d3-force's formula, of a body (or a square of them) of `push` strength at dx, dy from the actor being pushed. */
	private pushFrom(dx: number, dy: number, push: number): void {
		let l = dx * dx + dy * dy;
		if (dx === 0 || dy === 0) {
			dx = nudged(dx, this.jiggle);
			dy = nudged(dy, this.jiggle);
			l = dx * dx + dy * dy;
		}
		if (l < 1) l = Math.sqrt(l);
		const share = (push * this.alpha) / l;
		this.pushX += dx * share;
		this.pushY += dy * share;
	}

	/** Each square's total strength and its centre, weighted by strength, from the leaves up. */
	private sum(x: Float64Array, y: Float64Array): void {
		const tree = this.tree;
		if (this.value.length < tree.count) {
			const size = tree.firstChild.length;
			this.value = grown(this.value, size);
			this.centreX = grown(this.centreX, size);
			this.centreY = grown(this.centreY, size);
		}
		const { firstChild, head, next } = tree;
		const { value, centreX, centreY, strength } = this;
		for (let s = tree.count - 1; s >= 0; s--) {
			let total = 0;
			let weight = 0;
			let sx = 0;
			let sy = 0;
			const child = firstChild[s];
			if (child >= 0) {
				for (let q = child; q < child + 4; q++) {
					const c = Math.abs(value[q]);
					if (c === 0) continue;
					total += value[q];
					weight += c;
					sx += c * centreX[q];
					sy += c * centreY[q];
				}
			} else {
				for (let j = head[s]; j >= 0; j = next[j]) {
					const c = Math.abs(strength[j]);
					total += strength[j];
					weight += c;
					sx += c * x[j];
					sy += c * y[j];
				}
			}
			value[s] = total;
			centreX[s] = weight > 0 ? sx / weight : 0;
			centreY[s] = weight > 0 ? sy / weight : 0;
		}
	}
}
