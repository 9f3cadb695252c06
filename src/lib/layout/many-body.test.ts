import { forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { ManyBody, type Bodies } from './many-body';
import { seededRandom } from './seeded-random';

function scatter(n: number, seed: number): Bodies {
	const random = seededRandom(seed);
	return {
		n,
		x: Float64Array.from({ length: n }, () => random() * 2000 - 1000),
		y: Float64Array.from({ length: n }, () => random() * 2000 - 1000),
		vx: new Float64Array(n),
		vy: new Float64Array(n)
	};
}

/** Every pair's push, with no approximation, by d3-force's formula. */
function exactPush(bodies: Bodies, strength: Float64Array, alpha: number) {
	const { n, x, y } = bodies;
	const vx = new Float64Array(n);
	const vy = new Float64Array(n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			if (i === j) continue;
			const [dx, dy] = [x[j] - x[i], y[j] - y[i]];
			const l = dx * dx + dy * dy;
			vx[i] += (dx * strength[j] * alpha) / l;
			vy[i] += (dy * strength[j] * alpha) / l;
		}
	return { vx, vy };
}

describe('ManyBody', () => {
	it('pushes each actor within a few per cent of the exact sum over every pair', () => {
		const bodies = scatter(400, 3);
		const strength = new Float64Array(400).fill(-900);
		new ManyBody(strength, () => 0).apply(bodies, 0.5);
		const exact = exactPush(bodies, strength, 0.5);
		let error = 0;
		let size = 0;
		for (let i = 0; i < 400; i++) {
			error += Math.hypot(bodies.vx[i] - exact.vx[i], bodies.vy[i] - exact.vy[i]);
			size += Math.hypot(exact.vx[i], exact.vy[i]);
		}
		expect(error / size).toBeLessThan(0.03);
	});

	it('pushes as d3-force does, with the same approximation', () => {
		const bodies = scatter(300, 8);
		const nodes: SimulationNodeDatum[] = Array.from({ length: 300 }, (_, i) => ({
			x: bodies.x[i],
			y: bodies.y[i],
			vx: 0,
			vy: 0
		}));
		const d3 = forceManyBody().strength(-900);
		forceSimulation(nodes).force('charge', d3).stop();
		d3(0.4);
		new ManyBody(new Float64Array(300).fill(-900), () => 0).apply(bodies, 0.4);
		let error = 0;
		let size = 0;
		nodes.forEach((node, i) => {
			error += Math.hypot(bodies.vx[i] - node.vx!, bodies.vy[i] - node.vy!);
			size += Math.hypot(node.vx!, node.vy!);
		});
		expect(error / size).toBeLessThan(0.03);
	});

	it('lets a heavier body push harder', () => {
		const bodies: Bodies = {
			n: 3,
			x: Float64Array.from([0, -100, 100]),
			y: Float64Array.from([0, 0, 0]),
			vx: new Float64Array(3),
			vy: new Float64Array(3)
		};
		new ManyBody(Float64Array.from([-900, -900 * 3, -900]), () => 0).apply(bodies, 1);
		// Pushed from the heavy body on the left towards the right.
		expect(bodies.vx[0]).toBeGreaterThan(0);
		expect(bodies.vx[2]).toBeGreaterThan(-bodies.vx[1]);
	});

	it('parts actors in one place, by the seeded jiggle', () => {
		const bodies: Bodies = {
			n: 2,
			x: Float64Array.from([5, 5]),
			y: Float64Array.from([5, 5]),
			vx: new Float64Array(2),
			vy: new Float64Array(2)
		};
		const random = seededRandom(2);
		new ManyBody(Float64Array.from([-900, -900]), () => (random() - 0.5) * 1e-6).apply(bodies, 1);
		expect(Number.isFinite(bodies.vx[0]) && Number.isFinite(bodies.vy[0])).toBe(true);
		expect(Math.hypot(bodies.vx[0], bodies.vy[0])).toBeGreaterThan(0);
	});
});
