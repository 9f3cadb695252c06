import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { visualGraph } from '$lib/stage/visual-graph';
import { graphFrame } from './graph-frame';
import { textWidth } from './text-width';

const twoActors = (name: string, relations: GraphFile['relations'] = []): GraphFile => ({
	title: 'T',
	asOf: '2024',
	actors: [
		{ id: 'a', name, kind: 'organization' },
		{ id: 'b', name: 'B', kind: 'state' }
	],
	sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org', published: '2024' }],
	relations
});
const relation = (id: string) => ({
	id,
	type: 'trade',
	source: 'a',
	target: 'b',
	status: 'confirmed' as const,
	summary: id,
	evidence: [{ source: 's', note: 'n' }]
});
const positions = new Map([
	['a', { x: 0, y: 0 }],
	['b', { x: 400, y: 0 }]
]);

describe('graphFrame', () => {
	it('holds each actor’s circle and its whole name, however long', () => {
		const name = 'United Nations Security Council Sanctions Committee';
		const frame = graphFrame(
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
		const frame = graphFrame(visualGraph({ graph, positions }));
		const bulge = Math.max(Math.abs(frame.minY), Math.abs(frame.maxY));
		expect(bulge).toBeGreaterThan(26);
		expect(bulge).toBeLessThan(2 * 26 + 12);
	});

	it('gives an empty graph a tiny frame rather than an infinite one', () => {
		expect(graphFrame({ actors: [], relations: [] })).toEqual({
			minX: 0,
			minY: 0,
			maxX: 1,
			maxY: 1
		});
	});
});
