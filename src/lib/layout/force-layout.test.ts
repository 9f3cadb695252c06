import { describe, expect, it } from 'vitest';
import { forceLayout, type LayoutActor, type LayoutTie } from './force-layout';

const actors: LayoutActor[] = [
	{ id: 'prk', radius: 26 },
	{ id: 'chn', radius: 26 },
	{ id: 'rus', radius: 26 },
	{ id: 'un', radius: 22 }
];
const ties: LayoutTie[] = [
	{ source: 'chn', target: 'prk' },
	{ source: 'chn', target: 'prk' },
	{ source: 'rus', target: 'prk' },
	{ source: 'un', target: 'prk' }
];

describe('forceLayout', () => {
	it('gives the same positions for the same seed', () => {
		const first = forceLayout(actors, ties, { seed: 7 });
		const second = forceLayout(actors, ties, { seed: 7 });
		expect([...second]).toEqual([...first]);
	});

	it('does not depend on the order of actors and ties', () => {
		const first = forceLayout(actors, ties);
		const shuffled = forceLayout([...actors].reverse(), [...ties].reverse());
		expect([...shuffled.entries()].sort()).toEqual([...first.entries()].sort());
	});

	it('gives another picture for another seed', () => {
		const one = forceLayout(actors, ties, { seed: 1 });
		const other = forceLayout(actors, ties, { seed: 2 });
		expect([...other]).not.toEqual([...one]);
	});

	it('keeps actors apart, with room for their names', () => {
		const positions = [...forceLayout(actors, ties).values()];
		for (const [i, a] of positions.entries()) {
			for (const b of positions.slice(i + 1)) {
				expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * 22);
			}
		}
	});

	it('puts a tied pair closer than an untied one', () => {
		const positions = forceLayout(actors, ties);
		const distance = (a: string, b: string) => {
			const [p, q] = [positions.get(a)!, positions.get(b)!];
			return Math.hypot(p.x - q.x, p.y - q.y);
		};
		expect(distance('chn', 'prk')).toBeLessThan(distance('chn', 'un'));
	});
});
