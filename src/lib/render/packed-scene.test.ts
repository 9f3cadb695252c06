import { describe, expect, it } from 'vitest';
import { baseLook, withFocus } from '$lib/stage/visual-graph';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { canvasScene, type DrawnLook } from './canvas-scene';
import { packedBuffers, packScene, unpackScene } from './packed-scene';

const example = exampleGraph();
// Each relation twice: relations of one type and status share a style.
const graph = {
	...example,
	relations: example.relations.flatMap((relation) => [
		relation,
		{ ...relation, id: `${relation.id}-again` }
	])
};
const slotOf = new Map(['un', 'rus', 'prk', 'chn'].map((id, slot) => [id, slot]));

/** What a drawing reads of a look, and nothing else. */
function drawn(look: DrawnLook): DrawnLook {
	return {
		actors: look.actors.map(({ name, code, radius, fill, outline, emphasis, opacity, degree }) => ({
			name,
			code,
			radius,
			fill,
			outline,
			emphasis,
			opacity,
			degree
		})),
		relations: look.relations.map(({ style, line, opacity, emphasis }) => ({
			style,
			line,
			opacity,
			emphasis
		}))
	};
}

describe('packScene', () => {
	it('hands the drawing worker everything a drawing reads of the look, through a copy as the worker gets it', () => {
		// A relation selected: its ends and it brought forward, the rest faded.
		const selection = { kind: 'relation', id: 'un-prk-sanctions' } as const;
		const look = withFocus(baseLook({ graph }), { kind: 'selection', selection });
		const scene = canvasScene(look, slotOf);
		const copied = structuredClone(packScene(scene));
		const unpacked = unpackScene(copied);
		expect(unpacked.look).toEqual(drawn(look));
		expect(Array.from(unpacked.actorSlots)).toEqual(Array.from(scene.actorSlots));
		expect(Array.from(unpacked.sourceSlots)).toEqual(Array.from(scene.sourceSlots));
		expect(Array.from(unpacked.targetSlots)).toEqual(Array.from(scene.targetSlots));
		expect(new Set(unpacked.look.actors.map((actor) => actor.emphasis)).size).toBeGreaterThan(1);
		expect(new Set(unpacked.look.relations.map((r) => r.emphasis)).size).toBeGreaterThan(1);
	});

	it('keeps relations of one style sharing it, as the drawing batches them by style', () => {
		const look = baseLook({ graph });
		const unpacked = unpackScene(structuredClone(packScene(canvasScene(look, slotOf))));
		const styles = (relations: DrawnLook['relations']) =>
			relations.map((relation) => relations.findIndex((other) => other.style === relation.style));
		expect(styles(unpacked.look.relations)).toEqual(styles(look.relations));
		expect(new Set(unpacked.look.relations.map((r) => r.style)).size).toBeLessThan(
			look.relations.length
		);
	});

	it('packs into buffers that can be handed over without touching the scene kept on the page', () => {
		const scene = canvasScene(baseLook({ graph }), slotOf);
		const slots = Array.from(scene.actorSlots);
		const packed = packScene(scene);
		const copy = structuredClone(packed, { transfer: packedBuffers(packed) });
		// Handed over: gone from the packed form, whole in the copy, and the page's own untouched.
		expect(packed.actorSlots.length).toBe(0);
		expect(Array.from(copy.actorSlots)).toEqual(slots);
		expect(Array.from(scene.actorSlots)).toEqual(slots);
	});
});
