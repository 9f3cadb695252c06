import { createForceSimulation, nodePlace, type ForceSimulation } from './force-simulation';
import type { LayoutReport, LayoutRequest } from './layout-protocol';

export interface EngineHost {
	/** Sends a report to the page; `transfer` lists buffers handed over rather than copied. */
	post: (report: LayoutReport, transfer?: Transferable[]) => void;
	/** Runs `step` after `delayMs` (or soon), letting messages in between (setTimeout in a worker). */
	schedule: (step: () => void, delayMs?: number) => void;
	now: () => number;
}

/** How long the engine ticks before it reports a frame while cooling: a little over a screen refresh, so drawing does not take time from settling. */
export const FRAME_BUDGET_MS = 20;
/** A heated layout moves one tick per screen refresh, like d3's own timer, not as fast as it can. */
export const HOT_TICK_INTERVAL_MS = 16;

/**
 * Runs a force layout in steps, reporting positions after each step, and
 * answers heat while it runs. It knows nothing of workers: the worker
 * file wires it to `postMessage`, and tests drive it by hand.
 */
export function createLayoutEngine(host: EngineHost, budgetMs = FRAME_BUDGET_MS) {
	let run: ForceSimulation | undefined;
	let ticks = 0;
	let running = false;
	let stopped = false;

	function cooled(): boolean {
		const simulation = run!.simulation;
		return (
			simulation.alpha() < simulation.alphaMin() && simulation.alphaTarget() < simulation.alphaMin()
		);
	}

	function step(): void {
		if (!run || stopped) return;
		const { simulation } = run;
		const hot = simulation.alphaTarget() >= simulation.alphaMin();
		const start = host.now();
		do {
			simulation.tick();
			ticks += 1;
		} while (!hot && !cooled() && host.now() - start < budgetMs);
		const settled = cooled();
		report(settled);
		running = !settled;
		if (running)
			host.schedule(step, hot ? Math.max(0, HOT_TICK_INTERVAL_MS - (host.now() - start)) : 0);
	}

	function report(settled: boolean): void {
		const nodes = run!.nodes;
		const positions = new Float64Array(nodes.length * 2);
		nodes.forEach((node, i) => {
			const place = settled ? nodePlace(node) : { x: node.x ?? 0, y: node.y ?? 0 };
			positions[2 * i] = place.x;
			positions[2 * i + 1] = place.y;
		});
		host.post({ kind: 'frame', positions, alpha: run!.simulation.alpha(), ticks, settled }, [
			positions.buffer
		]);
	}

	function wake(): void {
		if (!running && run && !stopped) {
			running = true;
			host.schedule(step);
		}
	}

	return {
		handle(request: LayoutRequest): void {
			switch (request.kind) {
				case 'start':
					run = createForceSimulation(request.actors, request.ties, request.seed);
					if (request.from) {
						const { positions, alpha } = request.from;
						run.nodes.forEach((node, i) => {
							node.x = positions[2 * i];
							node.y = positions[2 * i + 1];
						});
						run.simulation.alpha(alpha);
					}
					ticks = 0;
					stopped = false;
					host.post({ kind: 'ready', ids: run.nodes.map((node) => node.id) });
					report(false);
					wake();
					break;
				case 'heat':
					if (!run) return;
					run.simulation.alphaTarget(request.alphaTarget);
					if (request.alphaTarget > run.simulation.alpha())
						run.simulation.alpha(request.alphaTarget);
					wake();
					break;
				case 'stop':
					stopped = true;
					running = false;
					break;
			}
		}
	};
}
