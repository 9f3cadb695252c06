import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '$lib/model/barabasi-albert';
import { forceLayout } from './force-layout';
import { LARGE_NETWORK } from './large-network';
import { startLayout, type LayoutRun } from './layout-run';

function input(n: number) {
	const graph = barabasiAlbert(n, 2, 1);
	return {
		actors: graph.nodes.map((node) => ({ id: node.id, radius: 16 })),
		ties: graph.links.map(({ source, target }) => ({ source, target }))
	};
}

function settle(run: LayoutRun): Map<string, { x: number; y: number }> {
	let progress = run.progress;
	while (!run.cooled) {
		run.tick();
		expect(run.progress).toBeGreaterThanOrEqual(progress);
		progress = run.progress;
	}
	expect(run.progress).toBe(1);
	const positions = run.positions();
	return new Map(run.ids.map((id, i) => [id, { x: positions[2 * i], y: positions[2 * i + 1] }]));
}

const rounded = (places: Map<string, { x: number; y: number }>) =>
	new Map(
		[...places].map(([id, p]) => [
			id,
			{ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 }
		])
	);

describe('startLayout', () => {
	it(`keeps d3-force's own picture for a network of ${LARGE_NETWORK} actors`, () => {
		const { actors, ties } = input(LARGE_NETWORK);
		const run = startLayout(actors, ties, 4);
		expect(rounded(settle(run))).toEqual(forceLayout(actors, ties, { seed: 4 }));
	});

	it('lays out a larger network coarse to fine, the same whatever order the file lists it in', () => {
		const { actors, ties } = input(LARGE_NETWORK + 200);
		const run = startLayout(actors, ties, 1);
		const places = settle(run);
		expect(run.ids).toEqual([...run.ids].sort());
		const shuffled = settle(startLayout([...actors].reverse(), [...ties].reverse(), 1));
		expect(shuffled).toEqual(places);
		// Far from the d3-force picture of the same network: it is another method.
		expect(places).not.toEqual(forceLayout(actors, ties, { seed: 1 }));
	});

	it('ignores ties to actors it was not given and ties of an actor to itself', () => {
		const { actors, ties } = input(LARGE_NETWORK + 50);
		const extra = [...ties, { source: 'n1', target: 'n1' }, { source: 'n1', target: 'gone' }];
		expect(settle(startLayout(actors, extra, 1))).toEqual(settle(startLayout(actors, ties, 1)));
	});

	it('holds a large network warm when heated, and lets it settle again', () => {
		const { actors, ties } = input(LARGE_NETWORK + 50);
		const run = startLayout(actors, ties, 1);
		settle(run);
		run.heat(0.3);
		for (let i = 0; i < 30; i++) run.tick();
		expect(run.hot).toBe(true);
		expect(run.cooled).toBe(false);
		run.heat(0);
		while (!run.cooled) run.tick();
		expect(run.alpha).toBeLessThan(0.001);
	});
});
