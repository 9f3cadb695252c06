import { ALPHA_MIN, FlatSimulation } from './flat-simulation';
import {
	compare,
	createForceSimulation,
	SETTLE_TICKS,
	uniquePairs,
	type LayoutActor,
	type LayoutTie
} from './force-simulation';
import { LARGE_NETWORK } from './large-network';
import { MultilevelLayout } from './multilevel-layout';

/** A layout under way, as the layout engine drives it: one tick at a time. */
export interface LayoutRun {
	/** The actors in the order of `positions`: sorted by id. */
	readonly ids: string[];
	tick(): void;
	/** Whether the layout has cooled and is not held warm. */
	readonly cooled: boolean;
	/** Whether it is held warm (moving without settling). */
	readonly hot: boolean;
	readonly alpha: number;
	/** Share of the cooling done, 0 to 1. */
	readonly progress: number;
	/** Keeps the layout moving at `alphaTarget`, or lets it cool (0). */
	heat(alphaTarget: number): void;
	/** x, y per actor, now. */
	positions(): Float64Array;
}

/**
 * The layout for a network: d3-force's own simulation for a network of up to
 * LARGE_NETWORK actors (so every such network keeps the picture it has always
 * had), the coarse-to-fine layout above that. `from` starts the layout from
 * given places (x, y per actor in id order) at the given heat.
 */
export function startLayout(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	seed: number,
	from?: { positions: Float64Array; alpha: number }
): LayoutRun {
	return actors.length > LARGE_NETWORK
		? multilevelRun(actors, ties, seed, from)
		: forceRun(actors, ties, seed, from);
}

function forceRun(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	seed: number,
	from?: { positions: Float64Array; alpha: number }
): LayoutRun {
	const { simulation, nodes } = createForceSimulation(actors, ties, seed);
	if (from) {
		nodes.forEach((node, i) => {
			node.x = from.positions[2 * i];
			node.y = from.positions[2 * i + 1];
		});
		simulation.alpha(from.alpha);
	}
	let ticks = 0;
	const hot = () => simulation.alphaTarget() >= simulation.alphaMin();
	return {
		ids: nodes.map((node) => node.id),
		tick() {
			simulation.tick();
			ticks += 1;
		},
		get cooled() {
			return simulation.alpha() < simulation.alphaMin() && !hot();
		},
		get hot() {
			return hot();
		},
		get alpha() {
			return simulation.alpha();
		},
		get progress() {
			return Math.min(1, ticks / SETTLE_TICKS);
		},
		heat(alphaTarget) {
			simulation.alphaTarget(alphaTarget);
			if (alphaTarget > simulation.alpha()) simulation.alpha(alphaTarget);
		},
		positions() {
			const positions = new Float64Array(nodes.length * 2);
			nodes.forEach((node, i) => {
				positions[2 * i] = node.x ?? 0;
				positions[2 * i + 1] = node.y ?? 0;
			});
			return positions;
		}
	};
}

function multilevelRun(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	seed: number,
	from?: { positions: Float64Array; alpha: number }
): LayoutRun {
	const sorted = [...actors].sort((a, b) => compare(a.id, b.id));
	const ids = sorted.map((actor) => actor.id);
	const indexOf = new Map(ids.map((id, i) => [id, i]));
	const pairs = uniquePairs(ties).filter(
		(pair) => pair.source !== pair.target && indexOf.has(pair.source) && indexOf.has(pair.target)
	);
	const ends = Int32Array.from(
		pairs.flatMap((pair) => [indexOf.get(pair.source)!, indexOf.get(pair.target)!])
	);
	const layout = new MultilevelLayout(sorted, ends, seed, from);
	const current = (): FlatSimulation => layout.current;
	return {
		ids,
		tick: () => layout.tick(),
		get cooled() {
			return layout.cooled;
		},
		get hot() {
			return current().alphaTarget >= ALPHA_MIN;
		},
		get alpha() {
			return current().alpha;
		},
		get progress() {
			return Math.min(1, layout.ticks / layout.plannedTicks);
		},
		heat(alphaTarget) {
			const simulation = current();
			simulation.alphaTarget = alphaTarget;
			if (alphaTarget > simulation.alpha) simulation.alpha = alphaTarget;
		},
		positions: () => layout.positions()
	};
}
