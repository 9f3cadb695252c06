import { describe, expect, it } from 'vitest';
import type { GraphFile, Relation } from '$lib/model/schema';
import { baseLook } from '$lib/stage/visual-graph';
import { placedLook } from '../../../tests/fixtures/canvas-frame';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { buildHitIndex } from './hit-index';

const relation = (id: string, source: string, target: string) => relationOf(id, { source, target });
const graphWith = (actors: string[], relations: Relation[]) =>
	graphOf({ actors: actors.map((id) => actorOf(id, { kind: 'other' })), relations });
function indexOf(graph: GraphFile, xy: number[]) {
	const ids = graph.actors.map((actor) => actor.id);
	return buildHitIndex(placedLook(baseLook({ graph }), ids, xy));
}

// a at (0,0), b at (200,0), c at (0,200); two relations between a and b fan apart.
const graph = graphWith(
	['a', 'b', 'c'],
	[relation('ab', 'a', 'b'), relation('ab2', 'a', 'b'), relation('ac', 'a', 'c')]
);
const xy = [0, 0, 200, 0, 0, 200];

describe('buildHitIndex', () => {
	const index = indexOf(graph, xy);

	it('finds the actor under the pointer, and none between actors', () => {
		expect(index.actorAt(5, -5)).toBe(0);
		expect(index.actorAt(195, 12)).toBe(1);
		expect(index.actorAt(100, 100)).toBe(-1);
	});

	it('gives a little slack around small circles', () => {
		expect(index.actorAt(18, 0)).toBe(-1);
		expect(index.actorAt(18, 0, 4)).toBe(0);
	});

	it('finds each of two curves between one pair by its own line, as the stage bends them', () => {
		expect(index.relationAt(100, -13, 6)).toBe(0);
		expect(index.relationAt(100, 13, 6)).toBe(1);
		expect(index.relationAt(100, 0, 6)).toBe(-1);
	});

	it('finds a relation anywhere along its line, not only at its middle', () => {
		expect(index.relationAt(3, 170, 6)).toBe(2);
		expect(index.relationAt(40, 170, 6)).toBe(-1);
	});

	it('stays right for thousands of relations', () => {
		const count = 3000;
		const ids = Array.from({ length: count }, (_, i) => `n${i}`);
		const many: number[] = [];
		for (let i = 0; i < count; i++) many.push((i % 60) * 50, Math.floor(i / 60) * 50);
		const big = indexOf(
			graphWith(
				ids,
				Array.from({ length: count - 1 }, (_, i) => relation(`r${i}`, ids[i], ids[i + 1]))
			),
			many
		);
		// A point on the line from n10 (500,0) to n11 (550,0).
		expect(big.relationAt(525, 1, 4)).toBe(10);
		expect(big.actorAt(1000, 1000)).toBe(20 * 60 + 20);
	});

	it('finds a very long relation anywhere along it, though it is sampled sparsely', () => {
		const far = graphWith(['a', 'b'], [relation('ab', 'a', 'b')]);
		const long = indexOf(far, [0, 0, 50_000, 0]);
		for (const x of [300, 12_345, 24_999, 49_000]) expect(long.relationAt(x, 3, 6)).toBe(0);
		expect(long.relationAt(25_000, 40, 6)).toBe(-1);
	});
});
