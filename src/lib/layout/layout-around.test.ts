import { describe, expect, it } from 'vitest';
import { layoutAround } from './layout-around';

const actors = ['a', 'b', 'c', 'd'].map((id) => ({ id, radius: 26 }));
const ties = [
	{ source: 'a', target: 'b' },
	{ source: 'c', target: 'd' }
];
const fixed = new Map([
	['a', { x: -400, y: 0 }],
	['b', { x: -150, y: 0 }],
	['c', { x: 400, y: 0 }]
]);

describe('layoutAround', () => {
	it('places only the free actors, next to the fixed one they are tied to', () => {
		const places = layoutAround(actors, ties, fixed);
		expect([...places.keys()]).toEqual(['d']);
		const d = places.get('d')!;
		expect(Math.hypot(d.x - 400, d.y)).toBeLessThan(Math.hypot(d.x + 150, d.y));
	});

	it('is seeded: the same network gives the same places, in any order', () => {
		const once = layoutAround(actors, ties, fixed, { seed: 3 });
		expect(layoutAround([...actors].reverse(), [...ties].reverse(), fixed, { seed: 3 })).toEqual(
			once
		);
	});
});
