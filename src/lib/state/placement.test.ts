import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { GraphDocument } from './graph-document.svelte';
import { Placement } from './placement.svelte';

const example = exampleGraph();

function placementOf() {
	const document = new GraphDocument(example, { onchange: () => placement.follow() });
	const placement: Placement = new Placement(document);
	return { document, placement };
}

describe('Placement', () => {
	it('places a dropped actor in the graph file, and undo and redo take it back and forth', () => {
		const { document, placement } = placementOf();
		const before = placement.positions.get('un')!;
		placement.drag('un', { x: before.x + 50, y: before.y });
		expect(placement.positions.get('un')).toEqual({ x: before.x + 50, y: before.y });
		expect(document.graph.actors.find((a) => a.id === 'un')!.position).toBeUndefined();
		placement.drop('un');
		expect(document.graph.actors.find((a) => a.id === 'un')!.position).toEqual({
			x: before.x + 50,
			y: before.y
		});
		expect(placement.placed.has('un')).toBe(true);
		expect(document.undoLabel).toBe('Move UN Security Council');
		document.undo();
		expect(placement.positions.get('un')).toEqual(before);
		expect(placement.placed.has('un')).toBe(false);
		document.redo();
		expect(placement.positions.get('un')!.x).toBe(before.x + 50);
	});

	it('moves an actor by a step from the keyboard, as one placement that undo takes back', () => {
		const { document, placement } = placementOf();
		const before = placement.positions.get('rus')!;
		placement.nudge('rus', 10, -10);
		expect(placement.positions.get('rus')).toEqual({ x: before.x + 10, y: before.y - 10 });
		expect(placement.placed.has('rus')).toBe(true);
		expect(document.undoLabel).toBe('Move Russia');
		document.undo();
		expect(placement.positions.get('rus')).toEqual(before);
	});

	it('moves only the dropped actor; the others keep their places', () => {
		const { placement } = placementOf();
		const others = ['prk', 'chn', 'rus'].map((id) => placement.positions.get(id));
		placement.drag('un', { x: 0, y: 0 });
		placement.drop('un');
		expect(['prk', 'chn', 'rus'].map((id) => placement.positions.get(id))).toEqual(others);
	});

	it('lets a placed actor go back to its place in the layout', () => {
		const { document, placement } = placementOf();
		const before = placement.positions.get('chn')!;
		placement.drag('chn', { x: 999, y: 999 });
		placement.drop('chn');
		placement.letGo('chn');
		expect(placement.positions.get('chn')).toEqual(before);
		expect(document.undoLabel).toBe('Let China go back');
	});

	it('tidies the layout around a pinned actor as one step, which undo takes back whole', () => {
		const { document, placement } = placementOf();
		placement.drag('un', { x: 600, y: -400 });
		placement.drop('un');
		const before = new Map(placement.positions);
		placement.tidy();
		expect(document.undoLabel).toBe('Tidy layout');
		expect(placement.positions.get('un')).toEqual({ x: 600, y: -400 });
		expect(
			['prk', 'chn', 'rus'].some((id) => placement.positions.get(id)!.x !== before.get(id)!.x)
		).toBe(true);
		expect(document.graph.actors.filter((a) => a.pinned).map((a) => a.id)).toEqual(['un']);
		document.undo();
		expect(new Map(placement.positions)).toEqual(before);
		expect(document.undoLabel).toBe('Move UN Security Council');
	});

	it('draws small networks as elements and large ones on a canvas', () => {
		const { placement } = placementOf();
		expect(placement.large).toBe(false);
		expect(placement.layout.settled).toBe(true);
	});
});
