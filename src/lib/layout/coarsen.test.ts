import { describe, expect, it } from 'vitest';
import { coarsen } from './coarsen';
import type { LevelNetwork } from './flat-simulation';

function network(n: number, pairs: [number, number][]): LevelNetwork {
	return {
		n,
		ties: Int32Array.from(pairs.flat()),
		weight: new Float64Array(n).fill(1),
		radius: new Float64Array(n).fill(10)
	};
}

describe('coarsen', () => {
	it('folds a chain of six into three pairs of neighbours', () => {
		const chain = network(6, [
			[0, 1],
			[1, 2],
			[2, 3],
			[3, 4],
			[4, 5]
		]);
		const { network: coarse, parent } = coarsen(chain);
		expect(coarse.n).toBe(3);
		for (let i = 0; i < 6; i += 2) expect(parent[i]).toBe(parent[i + 1]);
		expect(Array.from(coarse.weight)).toEqual([2, 2, 2]);
		expect(coarse.radius[0]).toBeCloseTo(10 * Math.SQRT2);
		// The three pairs stay tied in a chain.
		expect(coarse.ties.length / 2).toBe(2);
	});

	it('pairs a hub with one of its leaves only, so the others stay around it', () => {
		const star = network(5, [
			[0, 1],
			[0, 2],
			[0, 3],
			[0, 4]
		]);
		const { network: coarse, parent } = coarsen(star);
		expect(coarse.n).toBe(4);
		const withHub = [1, 2, 3, 4].filter((leaf) => parent[leaf] === parent[0]);
		expect(withHub).toHaveLength(1);
		expect(coarse.ties.length / 2).toBe(3);
		expect(Array.from(coarse.weight).reduce((a, b) => a + b)).toBe(5);
	});

	it('keeps an untied actor alone', () => {
		const { network: coarse, parent } = coarsen(network(3, [[0, 1]]));
		expect(coarse.n).toBe(2);
		expect(parent[2]).not.toBe(parent[0]);
	});
});
