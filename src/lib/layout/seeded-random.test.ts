import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

const draw = (random: () => number, count = 1000) => Array.from({ length: count }, random);

describe('seededRandom', () => {
	it('gives the same numbers for the same seed', () => {
		expect(draw(seededRandom(7))).toEqual(draw(seededRandom(7)));
	});

	it('gives other numbers for another seed', () => {
		const one = draw(seededRandom(1), 10);
		const other = draw(seededRandom(2), 10);
		expect(other.some((value, i) => value !== one[i])).toBe(true);
	});

	it('gives numbers in [0, 1), spread across it', () => {
		for (const seed of [0, 1, 42, 2 ** 32 - 1, -5, 3.7]) {
			const values = draw(seededRandom(seed));
			expect(
				values.every((value) => value >= 0 && value < 1),
				`seed ${seed}`
			).toBe(true);
			expect(Math.min(...values)).toBeLessThan(0.1);
			expect(Math.max(...values)).toBeGreaterThan(0.9);
		}
	});

	it('does not repeat itself within a long run', () => {
		expect(new Set(draw(seededRandom(1), 10_000)).size).toBe(10_000);
	});
});
