import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import { visualGraph } from '$lib/stage/visual-graph';
import { pictureFrame } from './picture-frame';
import { textWidth } from './text-width';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';

const twoActors = (name: string, relations: Relation[] = []) =>
	graphOf({
		actors: [actorOf('a', { name, kind: 'organization' }), actorOf('b', { name: 'B' })],
		relations
	});
const relation = (id: string) => relationOf(id, { source: 'a', target: 'b' });
const positions = new Map([
	['a', { x: 0, y: 0 }],
	['b', { x: 400, y: 0 }]
]);

describe('pictureFrame', () => {
	it('holds each actor’s circle and its whole name, however long', () => {
		const name = 'United Nations Security Council Sanctions Committee';
		const frame = pictureFrame(
			visualGraph({ graph: twoActors(name), positions: new Map([['a', { x: 0, y: 0 }]]) })
		);
		const half = textWidth(name, 13.5, 'bold') / 2;
		expect(frame.minX).toBeLessThan(-half);
		expect(frame.maxX).toBeGreaterThan(half);
		expect(frame.minY).toBeLessThan(-26);
		expect(frame.maxY).toBeGreaterThan(22 + 16);
	});

	it('holds the bulge of curved relations, but not their far-off control points', () => {
		const graph = twoActors('A', [relation('r1'), relation('r2'), relation('r3')]);
		const frame = pictureFrame(visualGraph({ graph, positions }));
		const bulge = Math.max(Math.abs(frame.minY), Math.abs(frame.maxY));
		expect(bulge).toBeGreaterThan(26);
		expect(bulge).toBeLessThan(2 * 26 + 12);
	});

	it('gives an empty graph a tiny frame rather than an infinite one', () => {
		expect(pictureFrame({ actors: [], relations: [] })).toEqual({
			minX: 0,
			minY: 0,
			maxX: 1,
			maxY: 1
		});
	});
});
