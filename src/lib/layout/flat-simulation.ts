import { Collide } from './collide';
import { ACTOR_PUSH, LABEL_ROOM, PULL_TO_MIDDLE, TIE_LENGTH } from './force-simulation';
import { ManyBody, type Bodies } from './many-body';

/** A network as one level of a large layout sees it: bodies, each standing for one actor or several, and the ties between them. */
export interface LevelNetwork {
	n: number;
	/** Ties as pairs of body indices: source, target, source, target, … */
	ties: Int32Array;
	/** How many actors each body stands for. */
	weight: Float64Array;
	/** The radius drawn for each body. */
	radius: Float64Array;
}

/** The cooling d3-force stops at. */
export const ALPHA_MIN = 0.001;
/** The share of its speed an actor keeps from one tick to the next (d3's velocityDecay of 0.4). */
const KEPT_SPEED = 0.6;

/**
 * The explorer's force layout for large networks, tick for tick the forces
 * of the seeded d3-force simulation small networks use (ties as springs,
 * actors pushing apart, no overlaps, a gentle pull to the middle), but over
 * flat typed arrays: several times faster at thousands of actors. A body
 * standing for several actors pushes as hard as they would together and is
 * as large as they would be packed.
 */
export class FlatSimulation {
	readonly bodies: Bodies;
	alpha: number;
	alphaTarget = 0;
	readonly alphaDecay: number;
	private readonly manyBody: ManyBody;
	private readonly collide: Collide;
	private readonly tieLength: Float64Array;
	private readonly tieStrength: Float64Array;
	private readonly tieBias: Float64Array;
	/** A tiny seeded nudge that parts bodies in one place (d3-force's jiggle). */
	private readonly jiggle: () => number;

	/**
	 * Starts from `start` (x, y per body) at heat `alpha`, cooling to
	 * ALPHA_MIN in `ticks` ticks; `random` is the seeded source that breaks ties
	 * between bodies in one place.
	 */
	constructor(
		readonly network: LevelNetwork,
		start: Float64Array,
		{ alpha, ticks }: { alpha: number; ticks: number },
		random: () => number
	) {
		const { n, ties, weight, radius } = network;
		this.bodies = {
			n,
			x: new Float64Array(n),
			y: new Float64Array(n),
			vx: new Float64Array(n),
			vy: new Float64Array(n)
		};
		for (let i = 0; i < n; i++) {
			this.bodies.x[i] = start[2 * i];
			this.bodies.y[i] = start[2 * i + 1];
		}
		this.alpha = alpha;
		this.alphaDecay = 1 - Math.pow(ALPHA_MIN / Math.max(alpha, 2 * ALPHA_MIN), 1 / ticks);
		this.jiggle = () => (random() - 0.5) * 1e-6;
		this.manyBody = new ManyBody(
			weight.map((w) => ACTOR_PUSH * w),
			this.jiggle
		);
		this.collide = new Collide(
			radius.map((r) => r + LABEL_ROOM),
			this.jiggle
		);
		const tied = new Float64Array(n);
		for (const end of ties) tied[end] += 1;
		const count = ties.length / 2;
		this.tieLength = new Float64Array(count);
		this.tieStrength = new Float64Array(count);
		this.tieBias = new Float64Array(count);
		for (let k = 0; k < count; k++) {
			const [s, t] = [ties[2 * k], ties[2 * k + 1]];
			this.tieLength[k] = TIE_LENGTH + radius[s] + radius[t];
			this.tieStrength[k] = 1 / Math.min(tied[s], tied[t]);
			this.tieBias[k] = tied[s] / (tied[s] + tied[t]);
		}
	}

	/** Whether the layout has cooled below ALPHA_MIN and is not held warm. */
	get cooled(): boolean {
		return this.alpha < ALPHA_MIN && this.alphaTarget < ALPHA_MIN;
	}

	tick(): void {
		this.alpha += (this.alphaTarget - this.alpha) * this.alphaDecay;
		const alpha = this.alpha;
		this.pullTies(alpha);
		this.manyBody.apply(this.bodies, alpha);
		this.collide.apply(this.bodies);
		const { n, x, y, vx, vy } = this.bodies;
		const pull = PULL_TO_MIDDLE * alpha;
		for (let i = 0; i < n; i++) {
			vx[i] -= x[i] * pull;
			vy[i] -= y[i] * pull;
			x[i] += vx[i] *= KEPT_SPEED;
			y[i] += vy[i] *= KEPT_SPEED;
		}
	}

	/** Ties as springs toward their length, the less tied end moving more (d3's forceLink). */
	private pullTies(alpha: number): void {
		const { x, y, vx, vy } = this.bodies;
		const ties = this.network.ties;
		for (let k = 0; k < this.tieLength.length; k++) {
			const s = ties[2 * k];
			const t = ties[2 * k + 1];
			const dx = x[t] + vx[t] - x[s] - vx[s] || this.jiggle();
			const dy = y[t] + vy[t] - y[s] - vy[s] || this.jiggle();
			let l = Math.sqrt(dx * dx + dy * dy);
			l = ((l - this.tieLength[k]) / l) * alpha * this.tieStrength[k];
			const [px, py] = [dx * l, dy * l];
			const bias = this.tieBias[k];
			vx[t] -= px * bias;
			vy[t] -= py * bias;
			vx[s] += px * (1 - bias);
			vy[s] += py * (1 - bias);
		}
	}
}
