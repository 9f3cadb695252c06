import { describe, expect, it } from 'vitest';
import { example, valid } from '../../../tests/fixtures/example-graph';
import { freezePositions, placeActor, placeForNewActor } from './placement';

describe('placeActor', () => {
	it('places an actor, pinned where the analyst put it, and lets it go again', () => {
		const placed = placeActor(example, 'un', { x: 10.123, y: -4 });
		expect(placed.actors.find((a) => a.id === 'un')).toMatchObject({
			position: { x: 10.12, y: -4 },
			pinned: true
		});
		const freed = placeActor(placed, 'un', undefined);
		const un = freed.actors.find((a) => a.id === 'un')!;
		expect('position' in un || 'pinned' in un).toBe(false);
		expect(valid(freed)).toBe(true);
	});

	it('moves only the actor asked for', () => {
		const placed = placeActor(example, 'un', { x: 1, y: 2 });
		expect(placed.actors.filter((a) => a.id !== 'un')).toEqual(
			example.actors.filter((a) => a.id !== 'un')
		);
		expect(example.actors.find((a) => a.id === 'un')!.position).toBeUndefined();
	});
});

describe('freezePositions', () => {
	it('freezes every actor where it stands, keeping places already set', () => {
		const placed = placeActor(example, 'un', { x: 1, y: 2 });
		const places = new Map(example.actors.map((a, i) => [a.id, { x: i * 100, y: 0 }]));
		const frozen = freezePositions(placed, places);
		expect(frozen.actors.every((a) => a.position)).toBe(true);
		expect(frozen.actors.find((a) => a.id === 'un')!.position).toEqual({ x: 1, y: 2 });
		// Kept where the layout put them, not pinned: only the analyst's own placing pins.
		expect(frozen.actors.filter((a) => a.pinned).map((a) => a.id)).toEqual(['un']);
		expect(freezePositions(frozen, places)).toBe(frozen);
	});

	it('writes places to the hundredth, and leaves an actor the layout has no place for unplaced', () => {
		const places = new Map([
			['prk', { x: 12.3456, y: -4.004 }],
			['chn', { x: 100, y: 50 }]
		]);
		const frozen = freezePositions(example, places);
		const positionOf = (id: string) => frozen.actors.find((a) => a.id === id)!.position;
		expect(positionOf('prk')).toEqual({ x: 12.35, y: -4 });
		expect(positionOf('chn')).toEqual({ x: 100, y: 50 });
		expect(positionOf('rus')).toBeUndefined();
		expect(valid(frozen)).toBe(true);
	});
});

describe('placeForNewActor', () => {
	it('puts a new actor beside its neighbours, or in a column right of the network', () => {
		const places = new Map([
			['a', { x: 0, y: 0 }],
			['b', { x: 200, y: 100 }]
		]);
		expect(placeForNewActor(places, ['a', 'b'])).toEqual({ x: 220, y: 140 });
		const first = placeForNewActor(places);
		expect(first.x).toBe(380);
		const second = placeForNewActor(new Map([...places, ['c', first]]));
		expect(second.x).toBe(380 + 180);
	});

	it('puts an actor whose neighbours have no place right of the network', () => {
		const places = new Map([
			['a', { x: -50, y: 20 }],
			['b', { x: 200, y: 100 }]
		]);
		expect(placeForNewActor(places, ['unknown'])).toEqual(placeForNewActor(places));
		const { x } = placeForNewActor(places);
		expect(x).toBeGreaterThan(200);
	});

	it('places actor after actor of a new network, none on top of another', () => {
		const places = new Map<string, { x: number; y: number }>();
		for (let i = 0; i < 6; i++) places.set(`actor-${i}`, placeForNewActor(places));
		const all = [...places.values()];
		for (const [i, p] of all.entries()) {
			for (const q of all.slice(i + 1))
				expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(100);
		}
	});
});
