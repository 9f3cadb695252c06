import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Simulation,
	type SimulationNodeDatum
} from 'd3-force';
import type { Point } from './point';
import { seededRandom } from './seeded-random';
import { startingPlace } from './spiral-start';

/** What the layout needs to know of an actor. */
export interface LayoutActor {
	id: string;
	radius: number;
}

/** What the layout needs to know of a relation: the two actors it ties. */
export interface LayoutTie {
	source: string;
	target: string;
}

export interface LayoutNode extends SimulationNodeDatum {
	id: string;
	radius: number;
}

export interface ForceSimulation {
	simulation: Simulation<LayoutNode, undefined>;
	/** The actors in the simulation's order: sorted by id. */
	nodes: LayoutNode[];
}

/** Room kept around an actor for its name below the circle. */
export const LABEL_ROOM = 18;
/** How hard each actor pushes the others away. */
export const ACTOR_PUSH = -900;
/** How long a tie would like to be, beyond the two actors' radii. */
export const TIE_LENGTH = 200;
/** How hard the middle of the picture pulls every actor, across and down. */
export const PULL_TO_MIDDLE = 0.04;

/**
 * The force simulation behind every layout, stopped: whoever runs it ticks it
 * (all at once before drawing, or a few ticks a frame in a worker). Seeded and
 * sorted by id, so the same actors and ties give the same positions after the
 * same number of ticks, whatever their order and wherever it runs.
 */
export function createForceSimulation(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	seed = 1
): ForceSimulation {
	// Copy before d3 mutates, and sort by id so input order cannot change the result.
	const random = seededRandom(seed);
	const nodes: LayoutNode[] = [...actors]
		.sort((a, b) => compare(a.id, b.id))
		.map((actor, index) => ({
			id: actor.id,
			radius: actor.radius,
			...startingPlace(index, random)
		}));
	const links = uniquePairs(ties);

	const simulation = forceSimulation(nodes)
		.randomSource(random)
		.force(
			'link',
			forceLink<LayoutNode, { source: string; target: string }>(links)
				.id((node) => node.id)
				.distance((link) => {
					const { source, target } = link as unknown as { source: LayoutNode; target: LayoutNode };
					return TIE_LENGTH + source.radius + target.radius;
				})
		)
		.force('charge', forceManyBody<LayoutNode>().strength(ACTOR_PUSH))
		.force(
			'collide',
			forceCollide<LayoutNode>((node) => node.radius + LABEL_ROOM)
		)
		.force('x', forceX<LayoutNode>(0).strength(PULL_TO_MIDDLE))
		.force('y', forceY<LayoutNode>(0).strength(PULL_TO_MIDDLE))
		.stop();
	return { simulation, nodes };
}

/** Ticks until the simulation has cooled below alphaMin: 300 ticks with d3's defaults. */
export const SETTLE_TICKS = 300;

/** Hundredths of a pixel: enough for the eye, and stable to print. */
export function roundCoordinate(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Where a node stands: its simulated place, rounded. */
export function nodePlace(node: LayoutNode): Point {
	return { x: roundCoordinate(node.x ?? 0), y: roundCoordinate(node.y ?? 0) };
}

/** One link per pair of actors, however many relations tie them, in a stable order. */
export function uniquePairs(ties: readonly LayoutTie[]): { source: string; target: string }[] {
	const pairs = new Map<string, { source: string; target: string }>();
	for (const tie of ties) {
		const [source, target] = [tie.source, tie.target].sort(compare);
		pairs.set(`${source}\u0000${target}`, { source, target });
	}
	return [...pairs.entries()].sort(([a], [b]) => compare(a, b)).map(([, pair]) => pair);
}

export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
