import { coarsen } from './coarsen';
import { FlatSimulation, type LevelNetwork } from './flat-simulation';
import type { LayoutActor } from './force-simulation';
import { spiralStart } from './spiral-start';
import { seededRandom } from './seeded-random';

/** Networks are made coarser until they have no more bodies than this. */
const COARSEST = 200;
/** A coarsening that keeps more than this share of the bodies stops the descent: the network will not fold further. */
const LEAST_FOLD = 0.9;
/** The coarsest level settles from the spiral as d3-force would: from full heat, in 300 ticks. */
const COARSEST_TICKS = 300;
/** Each finer level starts from its coarser one's picture, warm enough to unfold, and cools in this many ticks. */
const LEVEL_ALPHA = 0.3;
const LEVEL_TICKS = 30;
/** The actors' own level gets longer to settle: it is the picture the analyst sees. */
const FINEST_TICKS = 50;

interface Level {
	network: LevelNetwork;
	/** For each body of the next finer level, its body here (none for the finest). */
	holds?: Int32Array;
	ticks: number;
}

/**
 * The layout of a large network, coarse to fine: the network folded in
 * halves until a couple of hundred bodies remain, those laid out in full,
 * then each finer level started from the coarser one's picture and given a
 * few dozen ticks to unfold. Nearly all the work is done where it is cheap,
 * so 20,000 actors settle in seconds where laying them out directly takes a
 * minute, and the picture is freer of the twists a direct layout gets stuck
 * in. Seeded, with actors in id order: the same network gives the same picture.
 */
export class MultilevelLayout {
	private readonly levels: Level[];
	private level: number;
	private simulation: FlatSimulation;
	private readonly random: () => number;
	/** Ticks run, and the ticks the whole descent takes. */
	ticks = 0;
	readonly plannedTicks: number;

	/**
	 * `actors` in id order; `ties` as pairs of their indices. `from` skips the
	 * descent: the actors' own level starts from those places (x, y per actor), at that heat.
	 */
	constructor(
		actors: readonly LayoutActor[],
		ties: Int32Array,
		seed: number,
		from?: { positions: Float64Array; alpha: number }
	) {
		this.random = seededRandom(seed);
		const n = actors.length;
		const finest: LevelNetwork = {
			n,
			ties,
			weight: new Float64Array(n).fill(1),
			radius: Float64Array.from(actors, (actor) => actor.radius)
		};
		// Every level of one shape (the finest holds none): the step down to it was otherwise
		// compiled afresh by the browser, beside the page's drawing, just as the last level began.
		this.levels = [{ network: finest, holds: undefined, ticks: FINEST_TICKS }];
		for (;;) {
			if (from) break;
			const last = this.levels[this.levels.length - 1];
			if (last.network.n <= COARSEST) break;
			const { network, parent } = coarsen(last.network);
			if (network.n > LEAST_FOLD * last.network.n) break;
			this.levels.push({ network, holds: parent, ticks: LEVEL_TICKS });
		}
		if (from) {
			this.level = 0;
			this.plannedTicks = FINEST_TICKS;
			this.simulation = new FlatSimulation(
				finest,
				from.positions,
				{ alpha: from.alpha, ticks: FINEST_TICKS },
				this.random
			);
			return;
		}
		this.level = this.levels.length - 1;
		const top = this.levels[this.level];
		top.ticks = COARSEST_TICKS;
		this.plannedTicks = this.levels.reduce((sum, level) => sum + level.ticks, 0);
		this.simulation = this.simulate(top, spiralStart(top.network.n, this.random), 1);
	}

	/** The simulation of the level being laid out: the actors' own once the descent is over. */
	get current(): FlatSimulation {
		return this.simulation;
	}

	/** Whether the actors' own level has cooled. */
	get cooled(): boolean {
		return this.level === 0 && this.simulation.cooled;
	}

	/** One tick; a level that has cooled hands its picture down to the next finer one. */
	tick(): void {
		this.simulation.tick();
		this.ticks += 1;
		if (this.level > 0 && this.simulation.cooled) this.descend();
	}

	/** Where each actor is now (x, y per actor): an actor of a coarse level is drawn at its body's place. */
	positions(): Float64Array {
		let body = Int32Array.from({ length: this.levels[0].network.n }, (_, i) => i);
		for (let l = 1; l <= this.level; l++) {
			const holds = this.levels[l].holds!;
			body = body.map((b) => holds[b]);
		}
		const { x, y } = this.simulation.bodies;
		const places = new Float64Array(2 * body.length);
		body.forEach((b, i) => {
			places[2 * i] = x[b];
			places[2 * i + 1] = y[b];
		});
		return places;
	}

	private descend(): void {
		const { x, y } = this.simulation.bodies;
		const coarse = this.levels[this.level];
		this.level -= 1;
		const fine = this.levels[this.level];
		const holds = coarse.holds!;
		const start = new Float64Array(2 * fine.network.n);
		for (let i = 0; i < fine.network.n; i++) {
			// Each half of a pair starts on its own side of the pair's place.
			const body = holds[i];
			const angle = this.random() * 2 * Math.PI;
			const spread = coarse.network.radius[body] / 2;
			start[2 * i] = x[body] + spread * Math.cos(angle);
			start[2 * i + 1] = y[body] + spread * Math.sin(angle);
		}
		this.simulation = this.simulate(fine, start, LEVEL_ALPHA);
	}

	private simulate(level: Level, start: Float64Array, alpha: number): FlatSimulation {
		return new FlatSimulation(level.network, start, { alpha, ticks: level.ticks }, this.random);
	}
}
