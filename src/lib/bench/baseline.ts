import { createForceSimulation, SETTLE_TICKS } from '$lib/layout/force-simulation';
import type { SimpleGraph } from '$lib/model/simple-graph';
import type { BaselineResult } from './bench-result';

/**
 * d3-force alone: the explorer's own simulation, with the same forces and
 * seed, ticked 300 times with nothing drawn. What settling can at best cost.
 */
export function runBaseline(graph: SimpleGraph): BaselineResult {
	const started = performance.now();
	const { simulation } = createForceSimulation(
		graph.nodes.map((node) => ({ id: node.id, radius: 16 })),
		graph.links,
		1
	);
	simulation.tick(SETTLE_TICKS);
	return {
		ok: true,
		target: 'd3-force',
		n: graph.nodes.length,
		edges: graph.links.length,
		ticks: SETTLE_TICKS,
		computeMs: performance.now() - started
	};
}
