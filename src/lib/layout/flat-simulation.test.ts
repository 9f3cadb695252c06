import { describe, expect, it } from 'vitest';
import { FlatSimulation, type LevelNetwork } from './flat-simulation';
import { seededRandom } from './seeded-random';

const ring: LevelNetwork = {
	n: 6,
	ties: Int32Array.from([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0]),
	weight: new Float64Array(6).fill(1),
	radius: new Float64Array(6).fill(16)
};
const crowded = Float64Array.from({ length: 12 }, (_, i) => (i % 2 ? i : -i) * 3);

function settle(network = ring, seed = 1) {
	const simulation = new FlatSimulation(
		network,
		crowded,
		{ alpha: 1, ticks: 300 },
		seededRandom(seed)
	);
	let ticks = 0;
	while (!simulation.cooled) {
		simulation.tick();
		ticks += 1;
	}
	return { simulation, ticks };
}

const gap = (s: FlatSimulation, a: number, b: number) =>
	Math.hypot(s.bodies.x[a] - s.bodies.x[b], s.bodies.y[a] - s.bodies.y[b]);

describe('FlatSimulation', () => {
	it('cools in the ticks it is given', () => {
		expect(settle().ticks).toBe(300);
		const quick = new FlatSimulation(ring, crowded, { alpha: 0.3, ticks: 40 }, seededRandom(1));
		let ticks = 0;
		while (!quick.cooled) {
			quick.tick();
			ticks += 1;
		}
		expect(ticks).toBe(40);
	});

	it('spreads a crowded start into a ring with no two actors overlapping', () => {
		const { simulation } = settle();
		for (let a = 0; a < 6; a++)
			for (let b = a + 1; b < 6; b++) expect(gap(simulation, a, b)).toBeGreaterThan(2 * 16);
		// Tied neighbours stand nearer each other than the ring's opposite sides.
		expect(gap(simulation, 0, 1)).toBeLessThan(gap(simulation, 0, 3));
	});

	it('gives the same places every time', () => {
		expect(settle().simulation.bodies.x).toEqual(settle().simulation.bodies.x);
	});

	it('keeps moving while held warm', () => {
		const { simulation } = settle();
		simulation.alphaTarget = 0.3;
		simulation.alpha = 0.3;
		for (let i = 0; i < 50; i++) simulation.tick();
		expect(simulation.cooled).toBe(false);
		expect(simulation.alpha).toBeGreaterThan(0.29);
	});
});
