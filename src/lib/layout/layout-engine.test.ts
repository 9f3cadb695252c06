import { describe, expect, it } from 'vitest';
import { forceLayout } from './force-layout';
import type { LayoutActor, LayoutTie } from './force-simulation';
import { createLayoutEngine } from './layout-engine';
import type { LayoutReport } from './layout-protocol';

const actors: LayoutActor[] = ['e', 'b', 'd', 'a', 'c'].map((id) => ({ id, radius: 20 }));
const ties: LayoutTie[] = [
	{ source: 'a', target: 'b' },
	{ source: 'b', target: 'c' },
	{ source: 'c', target: 'd' },
	{ source: 'd', target: 'e' },
	{ source: 'e', target: 'a' }
];

/** An engine driven by hand: steps queue up and run when the test says so. */
function harness(budgetMs = 0) {
	const reports: LayoutReport[] = [];
	const queue: (() => void)[] = [];
	let clock = 0;
	const engine = createLayoutEngine(
		{
			post: (report) => reports.push(report),
			schedule: (step) => queue.push(step),
			now: () => (clock += 1)
		},
		budgetMs
	);
	const runSteps = (limit = 10_000) => {
		let steps = 0;
		while (queue.length > 0 && steps < limit) {
			queue.shift()!();
			steps += 1;
		}
		return steps;
	};
	const frames = () => reports.filter((r) => r.kind === 'frame');
	const last = () => frames().at(-1)!;
	return { engine, reports, runSteps, frames, last, queue };
}

function placesOf(ids: string[], positions: Float64Array) {
	return new Map(ids.map((id, i) => [id, { x: positions[2 * i], y: positions[2 * i + 1] }]));
}

describe('layout engine', () => {
	it('announces the order of actors, sorted by id, before the first frame', () => {
		const { engine, reports } = harness();
		engine.handle({ kind: 'start', actors, ties, seed: 1 });
		expect(reports[0]).toEqual({ kind: 'ready', ids: ['a', 'b', 'c', 'd', 'e'] });
		expect(reports[1].kind).toBe('frame');
	});

	it('reports frames as it cools and settles after exactly the ticks of the immediate layout', () => {
		const { engine, runSteps, frames, last } = harness(5);
		engine.handle({ kind: 'start', actors, ties, seed: 3 });
		runSteps();
		expect(frames().length).toBeGreaterThan(10);
		const final = last();
		if (final.kind !== 'frame') throw new Error('no frame');
		expect(final.settled).toBe(true);
		expect(final.ticks).toBe(300);
		const ids = ['a', 'b', 'c', 'd', 'e'];
		expect(placesOf(ids, final.positions)).toEqual(forceLayout(actors, ties, { seed: 3 }));
	});

	it('stays hot while heated and settles again once cooled', () => {
		const { engine, runSteps, last } = harness(3);
		engine.handle({ kind: 'start', actors, ties, seed: 1 });
		runSteps();
		engine.handle({ kind: 'heat', alphaTarget: 0.3 });
		expect(runSteps(200)).toBe(200);
		const hot = last();
		expect(hot.kind === 'frame' && hot.settled).toBe(false);
		expect(hot.kind === 'frame' && hot.alpha).toBeGreaterThan(0.2);
		engine.handle({ kind: 'heat', alphaTarget: 0 });
		runSteps();
		const cooled = last();
		expect(cooled.kind === 'frame' && cooled.settled).toBe(true);
	});

	it('can start from given places, warm rather than hot', () => {
		const { engine, reports } = harness();
		const positions = new Float64Array([0, 0, 100, 0, 200, 0, 300, 0, 400, 0]);
		engine.handle({ kind: 'start', actors, ties, seed: 1, from: { positions, alpha: 0.3 } });
		const first = reports[1];
		if (first.kind !== 'frame') throw new Error('no frame');
		expect(Array.from(first.positions)).toEqual(Array.from(positions));
		expect(first.alpha).toBeCloseTo(0.3);
	});

	it('stops when told to', () => {
		const { engine, runSteps, queue, frames } = harness(1);
		engine.handle({ kind: 'start', actors, ties, seed: 1 });
		engine.handle({ kind: 'stop' });
		const before = frames().length;
		runSteps();
		expect(frames().length).toBe(before);
		expect(queue.length).toBe(0);
	});

	it('rests between two steps while held, answering held, and goes on once released', () => {
		const { engine, reports, runSteps, frames } = harness(1);
		engine.handle({ kind: 'start', actors, ties, seed: 1 });
		runSteps(3);
		engine.handle({ kind: 'hold' });
		const before = frames().length;
		runSteps();
		expect(reports.at(-1)).toEqual({ kind: 'held' });
		expect(frames().length).toBe(before);
		// Heat asked for while held waits for the release too.
		engine.handle({ kind: 'heat', alphaTarget: 0.3 });
		runSteps();
		expect(frames().length).toBe(before);
		engine.handle({ kind: 'heat', alphaTarget: 0 });
		engine.handle({ kind: 'release' });
		runSteps();
		expect(frames().length).toBeGreaterThan(before);
		const last = frames().at(-1)!;
		expect(last.kind === 'frame' && last.settled).toBe(true);
	});
});
