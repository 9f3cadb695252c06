import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationNodeDatum
} from 'd3-force';
import type { Point } from './point';
import { seededRandom } from './seeded-random';

/** What the layout needs to know of an actor. */
export interface LayoutActor {
	id: string;
	radius: number;
	/** Where the analyst placed it; the layout keeps it there. */
	pinned?: Point;
}

/** What the layout needs to know of a relation: the two actors it ties. */
export interface LayoutTie {
	source: string;
	target: string;
}

export interface LayoutOptions {
	seed?: number;
	/** Ticks to run; d3's default cooling reaches alphaMin in 300. */
	ticks?: number;
}

interface Node extends SimulationNodeDatum {
	id: string;
	radius: number;
}

/** Room kept around an actor for its name below the circle. */
const LABEL_ROOM = 18;

/**
 * Settles a force-directed layout and returns each actor's place. A pure,
 * seeded computation: the same actors and ties, in any order, give the same
 * positions on every run and every machine.
 */
export function forceLayout(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	{ seed = 1, ticks = 300 }: LayoutOptions = {}
): Map<string, Point> {
	// Copy before d3 mutates, and sort by id so input order cannot change the result.
	const random = seededRandom(seed);
	const nodes: Node[] = [...actors]
		.sort((a, b) => compare(a.id, b.id))
		.map((actor, index) => ({
			id: actor.id,
			radius: actor.radius,
			...startingPlace(index, random),
			...(actor.pinned && { fx: actor.pinned.x, fy: actor.pinned.y })
		}));
	const links = uniquePairs(ties);

	const simulation = forceSimulation(nodes)
		.randomSource(random)
		.force(
			'link',
			forceLink<Node, { source: string; target: string }>(links)
				.id((node) => node.id)
				.distance((link) => {
					const { source, target } = link as unknown as { source: Node; target: Node };
					return 200 + source.radius + target.radius;
				})
		)
		.force('charge', forceManyBody<Node>().strength(-900))
		.force(
			'collide',
			forceCollide<Node>((node) => node.radius + LABEL_ROOM)
		)
		.force('x', forceX<Node>(0).strength(0.04))
		.force('y', forceY<Node>(0).strength(0.04))
		.stop();
	simulation.tick(ticks);

	const positions = new Map<string, Point>();
	for (const node of nodes) {
		// A pinned actor stands exactly where the analyst put it.
		const pinned = node.fx != null && node.fy != null;
		positions.set(
			node.id,
			pinned ? { x: node.fx!, y: node.fy! } : { x: round(node.x ?? 0), y: round(node.y ?? 0) }
		);
	}
	return positions;
}

/**
 * d3's own start, a sunflower spiral, turned by a seeded angle per actor: the
 * seed then chooses among pictures, while the spiral keeps the start compact.
 */
function startingPlace(index: number, random: () => number): Point {
	const radius = 30 * Math.sqrt(0.5 + index);
	const angle = index * Math.PI * (3 - Math.sqrt(5)) + random() * 2 * Math.PI;
	return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** One link per pair of actors, however many relations tie them, in a stable order. */
function uniquePairs(ties: readonly LayoutTie[]): { source: string; target: string }[] {
	const pairs = new Map<string, { source: string; target: string }>();
	for (const tie of ties) {
		const [source, target] = [tie.source, tie.target].sort(compare);
		pairs.set(`${source}\u0000${target}`, { source, target });
	}
	return [...pairs.entries()].sort(([a], [b]) => compare(a, b)).map(([, pair]) => pair);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Hundredths of a pixel: enough for the eye, and stable to print. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}
