import { describe, expect, it } from 'vitest';
import { FlatQuadtree } from './flat-quadtree';
import { seededRandom } from './seeded-random';

/** Every leaf's points, by leaf. */
function leaves(tree: FlatQuadtree): Map<number, number[]> {
	const found = new Map<number, number[]>();
	for (let s = 0; s < tree.count; s++) {
		if (tree.firstChild[s] >= 0) continue;
		const points: number[] = [];
		for (let p = tree.head[s]; p >= 0; p = tree.next[p]) points.push(p);
		if (points.length > 0) found.set(s, points);
	}
	return found;
}

describe('FlatQuadtree', () => {
	it('holds every point once, in a leaf whose square contains it', () => {
		const random = seededRandom(4);
		const n = 500;
		const x = Float64Array.from({ length: n }, () => random() * 1000 - 500);
		const y = Float64Array.from({ length: n }, () => random() * 300);
		const tree = new FlatQuadtree();
		tree.build(x, y, n);
		const held = [...leaves(tree)].flatMap(([square, points]) => {
			for (const p of points) {
				expect(x[p]).toBeGreaterThanOrEqual(tree.left[square]);
				expect(x[p]).toBeLessThan(tree.left[square] + tree.width[square]);
				expect(y[p]).toBeGreaterThanOrEqual(tree.top[square]);
				expect(y[p]).toBeLessThan(tree.top[square] + tree.width[square]);
			}
			return points;
		});
		expect(held.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
	});

	it('numbers quarters after their square, so a backward loop sums children first', () => {
		const x = Float64Array.from([0, 10, 0, 10, 5]);
		const y = Float64Array.from([0, 0, 10, 10, 5]);
		const tree = new FlatQuadtree();
		tree.build(x, y, 5);
		for (let s = 0; s < tree.count; s++)
			if (tree.firstChild[s] >= 0) expect(tree.firstChild[s]).toBeGreaterThan(s);
	});

	it('keeps points in one place together in one leaf rather than splitting forever', () => {
		const x = Float64Array.from([3, 3, 3, 8]);
		const y = Float64Array.from([4, 4, 4, 1]);
		const tree = new FlatQuadtree();
		tree.build(x, y, 4);
		const groups = [...leaves(tree).values()].map((points) => points.sort());
		expect(groups).toContainEqual([0, 1, 2]);
		expect(tree.count).toBeLessThan(20);
	});

	it('is built again, smaller or larger, in the same arrays', () => {
		const tree = new FlatQuadtree();
		tree.build(Float64Array.from([0, 1, 2]), Float64Array.from([0, 1, 2]), 3);
		const random = seededRandom(1);
		const n = 2000;
		const x = Float64Array.from({ length: n }, () => random());
		const y = Float64Array.from({ length: n }, () => random());
		tree.build(x, y, n);
		expect([...leaves(tree).values()].flat()).toHaveLength(n);
		tree.build(Float64Array.from([5]), Float64Array.from([5]), 1);
		expect([...leaves(tree).values()]).toEqual([[0]]);
	});
});
