import { describe, expect, it } from 'vitest';
import { createForceSimulation, nodePlace, SETTLE_TICKS } from './force-simulation';
import type { LayoutActor, LayoutTie } from './force-simulation';

const actors: LayoutActor[] = [
	{ id: 'prk', radius: 26 },
	{ id: 'chn', radius: 26 },
	{ id: 'rus', radius: 26 },
	{ id: 'un', radius: 22 },
	{ id: 'kor', radius: 26 }
];
const ties: LayoutTie[] = [
	{ source: 'chn', target: 'prk' },
	{ source: 'prk', target: 'chn' },
	{ source: 'rus', target: 'prk' },
	{ source: 'un', target: 'prk' }
];

/** Where each actor stands after the simulation is ticked by hand. */
function settle(input = actors, links = ties, seed = 1, ticks = SETTLE_TICKS) {
	const { simulation, nodes } = createForceSimulation(input, links, seed);
	simulation.tick(ticks);
	return new Map(nodes.map((node) => [node.id, nodePlace(node)]));
}

const distance = (places: ReturnType<typeof settle>, a: string, b: string) => {
	const [p, q] = [places.get(a)!, places.get(b)!];
	return Math.hypot(p.x - q.x, p.y - q.y);
};

describe('createForceSimulation', () => {
	it('holds the actors sorted by id', () => {
		const { nodes } = createForceSimulation(actors, ties);
		expect(nodes.map((node) => node.id)).toEqual(['chn', 'kor', 'prk', 'rus', 'un']);
	});

	it('gives the same actors, in any order, the same positions', () => {
		const first = settle();
		const shuffled = settle([...actors].reverse(), [...ties].reverse());
		expect(shuffled).toEqual(first);
	});

	it('starts from the same place for the same seed, another for another seed', () => {
		const start = (seed: number) =>
			createForceSimulation(actors, ties, seed).nodes.map((node) => nodePlace(node));
		expect(start(3)).toEqual(start(3));
		expect(start(4)).not.toEqual(start(3));
	});

	it('does not move until it is ticked', async () => {
		const { nodes } = createForceSimulation(actors, ties);
		const before = nodes.map((node) => nodePlace(node));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(nodes.map((node) => nodePlace(node))).toEqual(before);
	});

	it('holds each tied pair about a tie’s length apart: 200 px between their circles', () => {
		for (const seed of [1, 2, 3]) {
			const places = settle(actors, ties, seed);
			for (const tie of ties) {
				const length = 200 + 26 + (tie.source === 'un' ? 22 : 26);
				const apart = distance(places, tie.source, tie.target);
				expect(Math.abs(apart - length), `${tie.source}–${tie.target}`).toBeLessThan(0.1 * length);
			}
		}
	});

	it('keeps actors apart, with room for their names', () => {
		const places = settle();
		const ids = [...places.keys()];
		for (const [i, a] of ids.entries()) {
			for (const b of ids.slice(i + 1)) expect(distance(places, a, b)).toBeGreaterThan(2 * 26);
		}
	});

	it('copies the actors: the input is not changed, nor changes the simulation', () => {
		const input = actors.map((actor) => ({ ...actor }));
		const links = ties.map((tie) => ({ ...tie }));
		const { simulation, nodes } = createForceSimulation(input, links);
		simulation.tick(SETTLE_TICKS);
		expect(input).toEqual(actors);
		expect(links).toEqual(ties);
		input[0].radius = 500;
		expect(nodes.find((node) => node.id === 'prk')!.radius).toBe(26);
	});

	it('settles a network without ties, or without actors', () => {
		const alone = settle(actors, []);
		expect([...alone.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
			true
		);
		expect(settle([], [])).toEqual(new Map());
	});
});

describe('nodePlace', () => {
	it('gives a place to the hundredth of a pixel', () => {
		expect(nodePlace({ id: 'a', radius: 1, x: 1.23456, y: -7.891 })).toEqual({ x: 1.23, y: -7.89 });
		expect(nodePlace({ id: 'a', radius: 1 })).toEqual({ x: 0, y: 0 });
	});
});
