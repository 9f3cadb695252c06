import { describe, expect, it } from 'vitest';
import type { RelationStyle } from '$lib/stage/relation-style';
import { buildHitIndex } from './hit-index';
import type { Scene, SceneActor, SceneRelation } from './scene';

const style: RelationStyle = { colour: '#000000', width: 2, opacity: 1, ending: 'none' };
const actor = (id: string, slot: number): SceneActor => ({
	id,
	slot,
	radius: 20,
	code: id,
	name: id,
	organization: false,
	degree: 1
});
const relation = (id: string, source: number, target: number, offset = 0): SceneRelation => ({
	id,
	source,
	target,
	offset,
	forward: true,
	style,
	label: id
});

// a at (0,0), b at (200,0), c at (0,200).
const xy = [0, 0, 200, 0, 0, 200];
const scene: Scene = {
	actors: [actor('a', 0), actor('b', 1), actor('c', 2)],
	relations: [relation('ab', 0, 1, 0), relation('ab2', 0, 1, 30), relation('ac', 0, 2)],
	radiusBySlot: new Float32Array([20, 20, 20])
};

describe('buildHitIndex', () => {
	const index = buildHitIndex(scene, xy);

	it('finds the actor under the pointer, and none between actors', () => {
		expect(index.actorAt(5, -5)).toBe(0);
		expect(index.actorAt(195, 12)).toBe(1);
		expect(index.actorAt(100, 100)).toBe(-1);
	});

	it('gives a little slack around small circles', () => {
		expect(index.actorAt(24, 0)).toBe(-1);
		expect(index.actorAt(24, 0, 6)).toBe(0);
	});

	it('finds each of two curves between one pair by its own line', () => {
		expect(index.relationAt(100, 2, 6)).toBe(0);
		// The second curve's middle stands 30 to the side.
		expect(index.relationAt(100, 30, 6)).toBe(1);
		expect(index.relationAt(100, 16, 6)).toBe(-1);
	});

	it('finds a relation anywhere along its line, not only at its middle', () => {
		expect(index.relationAt(3, 170, 6)).toBe(2);
		expect(index.relationAt(40, 170, 6)).toBe(-1);
	});

	it('stays right for thousands of relations', () => {
		const count = 3000;
		const many: number[] = [];
		for (let i = 0; i < count; i++) many.push((i % 60) * 50, Math.floor(i / 60) * 50);
		const big: Scene = {
			actors: Array.from({ length: count }, (_, i) => actor(`n${i}`, i)),
			relations: Array.from({ length: count - 1 }, (_, i) => relation(`r${i}`, i, i + 1)),
			radiusBySlot: new Float32Array(count).fill(20)
		};
		const bigIndex = buildHitIndex(big, many);
		// A point on the line from slot 10 (500,0) to slot 11 (550,0).
		expect(bigIndex.relationAt(525, 1, 4)).toBe(10);
		expect(bigIndex.actorAt(1000, 1000)).toBe(20 * 60 + 20);
	});
});
