import {
	createForceSimulation,
	nodePlace,
	SETTLE_TICKS,
	type LayoutActor,
	type LayoutTie
} from './force-simulation';
import type { Point } from './point';

export type { LayoutActor, LayoutTie } from './force-simulation';

export interface LayoutOptions {
	seed?: number;
	/** Ticks to run; d3's default cooling reaches alphaMin in 300. */
	ticks?: number;
}

/**
 * Settles a force-directed layout at once and returns each actor's place. A
 * pure, seeded computation: the same actors and ties, in any order, give the
 * same positions on every run and every machine.
 */
export function forceLayout(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	{ seed = 1, ticks = SETTLE_TICKS }: LayoutOptions = {}
): Map<string, Point> {
	const { simulation, nodes } = createForceSimulation(actors, ties, seed);
	simulation.tick(ticks);
	return new Map(nodes.map((node) => [node.id, nodePlace(node)]));
}
