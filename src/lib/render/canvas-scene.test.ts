import { describe, expect, it } from 'vitest';
import { GEOMETRY_STRIDE } from '$lib/stage/relation-geometry';
import { baseLook, placeOnStage } from '$lib/stage/visual-graph';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { graphLayout } from '$lib/layout/graph-layout';
import { canvasScene, placeScene } from './canvas-scene';

const graph = exampleGraph();
const positions = graphLayout(graph);
const look = baseLook({ graph });
// Layout slots in an order of their own, not the graph's.
const slotIds = ['un', 'rus', 'prk', 'chn'];
const slotOf = new Map(slotIds.map((id, slot) => [id, slot]));
const xy = slotIds.flatMap((id) => [positions.get(id)!.x, positions.get(id)!.y]);

describe('canvasScene', () => {
	it('ties each actor and each relation’s ends to their layout slots', () => {
		const scene = canvasScene(look, slotOf);
		expect(Array.from(scene.actorSlots)).toEqual(look.actors.map((a) => slotOf.get(a.id)));
		expect(Array.from(scene.sourceSlots)).toEqual(look.relations.map((r) => slotOf.get(r.source)));
		expect(Array.from(scene.targetSlots)).toEqual(look.relations.map((r) => slotOf.get(r.target)));
	});

	it('gives an actor the layout does not know no slot', () => {
		const scene = canvasScene(look, new Map([...slotOf].filter(([id]) => id !== 'un')));
		expect(scene.actorSlots[look.actors.findIndex((a) => a.id === 'un')]).toBe(-1);
		const sanctions = look.relations.findIndex((r) => r.id === 'un-prk-sanctions');
		expect(scene.sourceSlots[sanctions]).toBe(-1);
	});
});

describe('placeScene', () => {
	it('places each relation where the SVG drawing of the same positions does', () => {
		const geometry = placeScene(canvasScene(look, slotOf), xy);
		expect(geometry).toHaveLength(look.relations.length * GEOMETRY_STRIDE);
		const svg = placeOnStage(look, positions).relations;
		svg.forEach((drawn, r) => {
			const at = r * GEOMETRY_STRIDE;
			const { start, control, tip, middle } = drawn.geometry;
			const points = [start, control, tip, middle];
			const written = [0, 2, 4, 8].map((i) => ({ x: geometry[at + i], y: geometry[at + i + 1] }));
			written.forEach((point, i) => {
				expect(point.x, `${drawn.id} point ${i}`).toBeCloseTo(points[i].x, 1);
				expect(point.y, `${drawn.id} point ${i}`).toBeCloseTo(points[i].y, 1);
			});
		});
	});

	it('follows the positions of each new frame', () => {
		const scene = canvasScene(look, slotOf);
		const first = Array.from(placeScene(scene, xy));
		const moved = xy.map((value, i) => (i < 2 ? value + 100 : value)); // the UN moves
		const second = placeScene(scene, moved);
		look.relations.forEach((relation, r) => {
			const at = r * GEOMETRY_STRIDE;
			const same = Array.from(second.slice(at, at + GEOMETRY_STRIDE)).every(
				(value, i) => value === first[at + i]
			);
			expect(same, relation.id).toBe(relation.source !== 'un' && relation.target !== 'un');
		});
	});

	it('reuses the buffer it is given when it fits, and makes one that fits when it does not', () => {
		const scene = canvasScene(look, slotOf);
		const buffer = new Float64Array(look.relations.length * GEOMETRY_STRIDE);
		expect(placeScene(scene, xy, buffer)).toBe(buffer);
		const small = new Float64Array(GEOMETRY_STRIDE);
		const made = placeScene(scene, xy, small);
		expect(made).not.toBe(small);
		expect(made).toHaveLength(look.relations.length * GEOMETRY_STRIDE);
		expect(Array.from(made)).toEqual(Array.from(buffer));
	});
});
