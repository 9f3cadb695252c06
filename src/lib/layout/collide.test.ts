import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { Collide } from './collide';
import type { Bodies } from './many-body';
import { seededRandom } from './seeded-random';

const still = (x: number[], y: number[]): Bodies => ({
	n: x.length,
	x: Float64Array.from(x),
	y: Float64Array.from(y),
	vx: new Float64Array(x.length),
	vy: new Float64Array(x.length)
});

describe('Collide', () => {
	it('pushes two overlapping actors apart, the smaller one further', () => {
		const bodies = still([0, 30], [0, 0]);
		new Collide(Float64Array.from([30, 10]), () => 0).apply(bodies);
		expect(bodies.vx[0]).toBeLessThan(0);
		expect(bodies.vx[1]).toBeGreaterThan(0);
		expect(bodies.vx[1]).toBeGreaterThan(-bodies.vx[0]);
		// Together they move apart by the overlap: 40 - 30.
		expect(bodies.vx[1] - bodies.vx[0]).toBeCloseTo(10);
	});

	it('leaves actors that do not overlap alone', () => {
		const bodies = still([0, 100, 0], [0, 0, 100]);
		new Collide(Float64Array.from([20, 20, 20]), () => 0).apply(bodies);
		expect([...bodies.vx, ...bodies.vy].every((v) => v === 0)).toBe(true);
	});

	it('moves a crowd as d3-force does', () => {
		const random = seededRandom(5);
		const n = 300;
		const x = Array.from({ length: n }, () => random() * 600);
		const y = Array.from({ length: n }, () => random() * 600);
		const radius = Float64Array.from({ length: n }, (_, i) => 10 + (i % 4) * 5);
		const nodes: SimulationNodeDatum[] = x.map((xi, i) => ({ x: xi, y: y[i], vx: 0, vy: 0 }));
		const d3 = forceCollide<SimulationNodeDatum>((_, i) => radius[i]);
		forceSimulation(nodes).force('collide', d3).stop();
		d3(1);
		const bodies = still(x, y);
		new Collide(radius, () => 0).apply(bodies);
		let error = 0;
		let size = 0;
		nodes.forEach((node, i) => {
			error += Math.hypot(bodies.vx[i] - node.vx!, bodies.vy[i] - node.vy!);
			size += Math.hypot(node.vx!, node.vy!);
		});
		expect(size).toBeGreaterThan(0);
		// The same pairs, met in another order: nearly the same pushes.
		expect(error / size).toBeLessThan(0.1);
	});
});
