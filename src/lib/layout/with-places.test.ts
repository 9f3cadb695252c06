import { describe, expect, it } from 'vitest';
import { withPlaces } from './with-places';

describe('withPlaces', () => {
	it('lays the places the analyst set over the layout, leaving the layout’s own array alone', () => {
		const layout = new Float64Array([0, 0, 10, 10, 20, 20]);
		const slots = new Map([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
		const placed = withPlaces(layout, slots, new Map([['b', { x: 99, y: -5 }]]));
		expect(Array.from(placed)).toEqual([0, 0, 99, -5, 20, 20]);
		expect(Array.from(layout)).toEqual([0, 0, 10, 10, 20, 20]);
		expect(withPlaces(layout, slots, new Map())).toBe(layout);
		expect(Array.from(withPlaces(layout, slots, new Map([['gone', { x: 1, y: 1 }]])))).toEqual(
			Array.from(layout)
		);
	});
});
