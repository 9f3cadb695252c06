import { describe, expect, it } from 'vitest';
import { example, valid } from '../../../tests/fixtures/example-graph';
import type { Point } from '$lib/layout/point';
import type { GraphFile } from '$lib/model/schema';
import { freezePositions, placeActor, placeNewcomers, tidyLayout } from './placement';

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

/** A graph of its own: actors added one by one, relations between them. */
function own(actors: string[], relations: [string, string][] = []): GraphFile {
	return {
		...example,
		actors: actors.map((id) => ({ id, name: id.toUpperCase(), kind: 'state' as const })),
		relations: relations.map(([source, target], i) => ({
			...example.relations[0],
			id: `r${i}`,
			source,
			target
		})),
		story: undefined
	};
}

const placeOf = (graph: GraphFile, id: string) => graph.actors.find((a) => a.id === id)!.position!;
const distance = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);

describe('placeNewcomers', () => {
	const placed = placeNewcomers(own(['irn', 'rus', 'eu'], [['rus', 'irn']]), own([]));

	it('places every actor without a place, none pinned, none on top of another', () => {
		expect(placed.actors.every((a) => a.position && !a.pinned)).toBe(true);
		const places = placed.actors.map((a) => a.position!);
		for (const [i, p] of places.entries())
			for (const q of places.slice(i + 1)) expect(distance(p, q)).toBeGreaterThan(80);
	});

	it('puts a new actor near the one it is tied to, and moves no one who has a place', () => {
		const before = placed;
		const added = {
			...before,
			actors: [...before.actors, { id: 'irgc', name: 'IRGC', kind: 'organization' as const }],
			relations: [
				...before.relations,
				{ ...before.relations[0], id: 'r9', source: 'irn', target: 'irgc' }
			]
		};
		const after = placeNewcomers(added, before);
		for (const id of ['irn', 'rus', 'eu']) expect(placeOf(after, id)).toEqual(placeOf(before, id));
		const irgc = placeOf(after, 'irgc');
		const farthest = Math.max(...['rus', 'eu'].map((id) => distance(irgc, placeOf(after, id))));
		expect(distance(irgc, placeOf(after, 'irn'))).toBeLessThan(farthest);
		expect(distance(irgc, placeOf(after, 'irn'))).toBeLessThan(300);
	});

	it('puts a new actor tied to none beside the network, not in a row of new ones', () => {
		let graph = placed;
		for (const id of ['a', 'b', 'c']) {
			const before = graph;
			graph = placeNewcomers(
				{ ...before, actors: [...before.actors, { id, name: id, kind: 'state' as const }] },
				before
			);
		}
		const news = ['a', 'b', 'c'].map((id) => placeOf(graph, id));
		// Not on one line: the middle one stands off the line through the other two.
		const [p, q, r] = news;
		const cross = Math.abs((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
		expect(cross / distance(p, r)).toBeGreaterThan(20);
		const old = placed.actors.map((a) => a.position!);
		for (const place of news) {
			expect(Math.min(...old.map((o) => distance(place, o)))).toBeLessThan(500);
			for (const other of graph.actors.map((a) => a.position!))
				if (other !== place) expect(distance(place, other)).toBeGreaterThan(60);
		}
	});

	it('moves a loner the analyst has not placed near its first tie, never a pinned one', () => {
		const before = placeNewcomers(own(['irn', 'rus', 'eu', 'sdn'], [['rus', 'irn']]), own([]));
		const tied = {
			...before,
			relations: [
				...before.relations,
				{ ...before.relations[0], id: 'r8', source: 'irn', target: 'sdn' }
			]
		};
		const moved = placeNewcomers(tied, before);
		expect(placeOf(moved, 'sdn')).not.toEqual(placeOf(before, 'sdn'));
		expect(placeOf(moved, 'irn')).toEqual(placeOf(before, 'irn'));
		const pinned = placeActor(before, 'sdn', { x: 900, y: 900 });
		const kept = placeNewcomers({ ...tied, actors: pinned.actors }, pinned);
		expect(placeOf(kept, 'sdn')).toEqual({ x: 900, y: 900 });
	});

	it('gives the same places for the same graph, and changes nothing when all have places', () => {
		expect(placeNewcomers(own(['irn', 'rus', 'eu'], [['rus', 'irn']]), own([]))).toEqual(placed);
		expect(placeNewcomers(placed, placed)).toBe(placed);
		expect(valid(placed)).toBe(true);
	});
});

describe('tidyLayout', () => {
	it('lays out again every actor but the pinned ones, which stay', () => {
		const messy = placeActor(
			{
				...example,
				actors: example.actors.map((a, i) => ({ ...a, position: { x: i * 10, y: i * 10 } }))
			},
			'un',
			{ x: 400, y: -300 }
		);
		const tidy = tidyLayout(messy);
		expect(placeOf(tidy, 'un')).toEqual({ x: 400, y: -300 });
		const places = tidy.actors.map((a) => a.position!);
		for (const [i, p] of places.entries())
			for (const q of places.slice(i + 1)) expect(distance(p, q)).toBeGreaterThan(80);
		expect(tidy.actors.filter((a) => a.pinned).map((a) => a.id)).toEqual(['un']);
		expect(tidyLayout(messy)).toEqual(tidy);
	});
});
