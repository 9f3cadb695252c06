import { createForceSimulation, SETTLE_TICKS } from '$lib/layout/force-simulation';
import type { SimpleGraph } from '$lib/model/simple-graph';
import type { BaselineResult } from './bench-result';

/**
 * d3-force alone: the simulation small networks use, with the same forces and
 * seed, ticked 300 times on the page with nothing drawn. What settling a
 * network directly costs. Past `capMs` it stops, and the full time is projected
 * from the time per tick so far.
 */
export function runBaseline(graph: SimpleGraph, capMs = Infinity): BaselineResult {
	const started = performance.now();
	const { simulation } = createForceSimulation(
		graph.nodes.map((node) => ({ id: node.id, radius: 16 })),
		graph.links,
		1
	);
	let ticks = 0;
	while (ticks < SETTLE_TICKS && performance.now() - started < capMs) {
		simulation.tick();
		ticks += 1;
	}
	const elapsed = performance.now() - started;
	return {
		ok: true,
		target: 'd3-force',
		n: graph.nodes.length,
		edges: graph.links.length,
		ticks,
		computeMs: (elapsed * SETTLE_TICKS) / ticks,
		projected: ticks < SETTLE_TICKS
	};
}
