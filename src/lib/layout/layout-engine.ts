import { startLayout, type LayoutRun } from './layout-run';
import { roundCoordinate } from './force-simulation';
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
	let run: LayoutRun | undefined;
	let ticks = 0;
	let running = false;
	let stopped = false;
	/** Resting at the page's request (`hold`) until `release`. */
	let held = false;

	function step(): void {
		if (!run || stopped) return;
		if (held) {
			running = false;
			return;
		}
		const hot = run.hot;
		const start = host.now();
		do {
			run.tick();
			ticks += 1;
		} while (!hot && !run.cooled && host.now() - start < budgetMs);
		const settled = run.cooled;
		report(settled);
		running = !settled;
		if (running)
			host.schedule(step, hot ? Math.max(0, HOT_TICK_INTERVAL_MS - (host.now() - start)) : 0);
	}

	function report(settled: boolean): void {
		const positions = run!.positions();
		// A settled picture is rounded to hundredths of a pixel, as the immediate layout is.
		if (settled)
			for (let i = 0; i < positions.length; i++) positions[i] = roundCoordinate(positions[i]);
		host.post(
			{
				kind: 'frame',
				positions,
				alpha: run!.alpha,
				ticks,
				progress: settled ? 1 : run!.progress,
				settled
			},
			[positions.buffer]
		);
	}

	function wake(): void {
		if (!running && run && !stopped && !held) {
			running = true;
			host.schedule(step);
		}
	}

	return {
		handle(request: LayoutRequest): void {
			switch (request.kind) {
				case 'start':
					run = startLayout(request.actors, request.ties, request.seed, request.from);
					ticks = 0;
					stopped = false;
					host.post({ kind: 'ready', ids: run.ids });
					report(false);
					wake();
					break;
				case 'heat':
					if (!run) return;
					run.heat(request.alphaTarget);
					wake();
					break;
				case 'hold':
					held = true;
					// Answered in a task of its own: on the page's own thread (no worker), the page's
					// heavy task then still runs apart from the one that asked.
					host.schedule(() => host.post({ kind: 'held' }));
					break;
				case 'release':
					held = false;
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
