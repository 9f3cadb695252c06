import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';
import { spiralStart, startingPlace } from './spiral-start';

describe('spiralStart', () => {
	it('gives each actor a place, the same for the same seed and another for another', () => {
		const first = spiralStart(50, seededRandom(7));
		expect(first).toHaveLength(100);
		expect(spiralStart(50, seededRandom(7))).toEqual(first);
		expect(spiralStart(50, seededRandom(8))).not.toEqual(first);
	});

	it('keeps the start compact: the n-th actor stands about 30·√n from the middle', () => {
		const random = seededRandom(1);
		for (const index of [0, 10, 100, 1000]) {
			const { x, y } = startingPlace(index, random);
			expect(Math.hypot(x, y)).toBeCloseTo(30 * Math.sqrt(0.5 + index), 6);
		}
	});

	it('places no two actors on one spot', () => {
		const xy = spiralStart(2000, seededRandom(3));
		const spots = new Set<string>();
		for (let i = 0; i < 2000; i++) spots.add(`${xy[2 * i].toFixed(3)},${xy[2 * i + 1].toFixed(3)}`);
		expect(spots.size).toBe(2000);
	});
});
