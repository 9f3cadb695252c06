import {
	createForceSimulation,
	nodePlace,
	SETTLE_TICKS,
	type LayoutActor,
	type LayoutTie
} from './force-simulation';
import type { Point } from './point';

/**
 * Lays out the actors that have no place in `fixed`, with every actor in
 * `fixed` held where it stands: a free actor settles near the actors it is
 * tied to, and one tied to none at the network's edge, where there is room.
 * Seeded like the whole layout, so the same network gives the same places.
 * Returns the places of the free actors only.
 */
export function layoutAround(
	actors: readonly LayoutActor[],
	ties: readonly LayoutTie[],
	fixed: ReadonlyMap<string, Point>,
	{ seed = 1, ticks = SETTLE_TICKS }: { seed?: number; ticks?: number } = {}
): Map<string, Point> {
	const { simulation, nodes } = createForceSimulation(actors, ties, seed);
	const held = [...fixed.values()];
	const middle = held.length > 0 ? centre(held) : { x: 0, y: 0 };
	const neighbours = tiesOf(ties);
	for (const node of nodes) {
		const place = fixed.get(node.id);
		if (place) {
			node.x = node.fx = place.x;
			node.y = node.fy = place.y;
			continue;
		}
		// Start from the seeded spiral, moved to the free actor's fixed ties (or the
		// network's middle): the forces then push it to a free spot beside them.
		const tied = [...(neighbours.get(node.id) ?? [])].flatMap((id) => fixed.get(id) ?? []);
		const near = tied.length > 0 ? centre(tied) : middle;
		node.x = near.x + (node.x ?? 0);
		node.y = near.y + (node.y ?? 0);
	}
	simulation.tick(ticks);
	return new Map(
		nodes.filter((node) => !fixed.has(node.id)).map((node) => [node.id, nodePlace(node)])
	);
}

function centre(points: readonly Point[]): Point {
	const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
	const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
	return { x, y };
}

function tiesOf(ties: readonly LayoutTie[]): Map<string, Set<string>> {
	const neighbours = new Map<string, Set<string>>();
	const add = (from: string, to: string) => {
		if (from === to) return;
		const set = neighbours.get(from) ?? new Set<string>();
		set.add(to);
		neighbours.set(from, set);
	};
	for (const tie of ties) {
		add(tie.source, tie.target);
		add(tie.target, tie.source);
	}
	return neighbours;
}
