import { FlatQuadtree, SquareStack } from './flat-quadtree';
import { nudged, type Bodies } from './many-body';

/**
 * Keeps actors from overlapping, as d3-force's forceCollide does and with the
 * same arithmetic: two actors closer than the sum of their radii, where they
 * are about to be, are pushed apart in proportion to each other's size. Pairs
 * are found in a flat quadtree of where the actors are about to be.
 */
export class Collide {
	private readonly tree = new FlatQuadtree();
	private nextX = new Float64Array(0);
	private nextY = new Float64Array(0);
	private readonly stack = new SquareStack();
	private readonly largest: number;

	/** `radius[i]` is the room actor i keeps around its centre. */
	constructor(
		private readonly radius: Float64Array,
		private readonly jiggle: () => number
	) {
		this.largest = radius.reduce((most, r) => Math.max(most, r), 0);
	}

	apply(bodies: Bodies): void {
		const { n, x, y, vx, vy } = bodies;
		if (this.nextX.length < n) {
			this.nextX = new Float64Array(n);
			this.nextY = new Float64Array(n);
		}
		for (let i = 0; i < n; i++) {
			this.nextX[i] = x[i] + vx[i];
			this.nextY[i] = y[i] + vy[i];
		}
		const tree = this.tree;
		tree.build(this.nextX, this.nextY, n);
		const { left, top, width, firstChild, head, next } = tree;
		const radius = this.radius;
		for (let i = 0; i < n; i++) {
			const ri = radius[i];
			const ri2 = ri * ri;
			const xi = x[i] + vx[i];
			const yi = y[i] + vy[i];
			const reach = ri + this.largest;
			const stack = this.stack;
			stack.reset();
			while (stack.size > 0) {
				const s = stack.pop();
				if (
					left[s] > xi + reach ||
					left[s] + width[s] < xi - reach ||
					top[s] > yi + reach ||
					top[s] + width[s] < yi - reach
				)
					continue;
				const child = firstChild[s];
				if (child >= 0) {
					stack.pushQuarters(child);
					continue;
				}
				for (let j = head[s]; j >= 0; j = next[j]) {
					if (j <= i) continue;
					const rj = radius[j];
					const r = ri + rj;
					let dx = xi - x[j] - vx[j];
					let dy = yi - y[j] - vy[j];
					let l = dx * dx + dy * dy;
					if (l >= r * r) continue;
					if (dx === 0 || dy === 0) {
						dx = nudged(dx, this.jiggle);
						dy = nudged(dy, this.jiggle);
						l = dx * dx + dy * dy;
					}
					l = Math.sqrt(l);
					l = (r - l) / l;
					dx *= l;
					dy *= l;
					const rj2 = rj * rj;
					const share = rj2 / (ri2 + rj2);
					vx[i] += dx * share;
					vy[i] += dy * share;
					vx[j] -= dx * (1 - share);
					vy[j] -= dy * (1 - share);
				}
			}
		}
	}
}
