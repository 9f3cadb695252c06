import { describe, expect, it } from 'vitest';
import { deltas, median, percentile } from './statistics';

describe('statistics', () => {
	it('takes the median of odd and even counts', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('takes the 95th percentile by nearest rank', () => {
		const samples = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(samples, 0.95)).toBe(95);
		expect(percentile([7], 0.95)).toBe(7);
	});

	it('turns frame stamps into frame times', () => {
		expect(deltas([0, 16, 33, 50])).toEqual([16, 17, 17]);
	});
});
