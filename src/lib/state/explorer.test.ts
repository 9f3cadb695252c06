import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addRelation } from '$lib/editing/relation-edits';
import type { GraphFile } from '$lib/model/schema';
import { Explorer } from './explorer.svelte';

const example: GraphFile = JSON.parse(
	readFileSync(new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url), 'utf8')
);

describe('Explorer editing', () => {
	it('places a dropped actor in the graph file, and undo and redo take it back and forth', () => {
		const explorer = new Explorer(example);
		const before = explorer.positions.get('un')!;
		explorer.pin('un', { x: before.x + 50, y: before.y });
		expect(explorer.positions.get('un')).toEqual({ x: before.x + 50, y: before.y });
		explorer.drop('un');
		expect(explorer.graph.actors.find((a) => a.id === 'un')!.position).toEqual({
			x: before.x + 50,
			y: before.y
		});
		expect(explorer.undoLabel).toBe('Move UN Security Council');
		explorer.undo();
		expect(explorer.graph.actors.find((a) => a.id === 'un')!.position).toBeUndefined();
		expect(explorer.positions.get('un')).toEqual(before);
		explorer.redo();
		expect(explorer.positions.get('un')!.x).toBe(before.x + 50);
	});

	it('moves only the dropped actor; the others keep their places', () => {
		const explorer = new Explorer(example);
		const others = ['prk', 'chn', 'rus'].map((id) => explorer.positions.get(id));
		explorer.pin('un', { x: 0, y: 0 });
		explorer.drop('un');
		expect(['prk', 'chn', 'rus'].map((id) => explorer.positions.get(id))).toEqual(others);
	});

	it('keeps the picture still when a relation is added: every actor is placed where it stood', () => {
		const explorer = new Explorer(example);
		const before = new Map(explorer.positions);
		const layout = explorer.layout;
		const trade = example.relations.find((r) => r.id === 'chn-prk-trade')!;
		explorer.change(
			(graph) => addRelation(graph, { ...trade, id: 'rus-prk-trade', source: 'rus' }),
			'Add trade'
		);
		expect(explorer.layout).not.toBe(layout);
		expect(new Map(explorer.positions)).toEqual(before);
		explorer.undo();
		expect(explorer.graph.actors.every((a) => !a.position)).toBe(true);
		expect(new Map(explorer.positions)).toEqual(before);
	});

	it('keeps the layout when only words change, and tells who listens of every change', () => {
		const explorer = new Explorer(example);
		const seen: GraphFile[] = [];
		explorer.onchange = (graph) => seen.push(graph);
		const layout = explorer.layout;
		explorer.change((graph) => ({ ...graph, title: 'Renamed' }), 'Rename');
		expect(explorer.layout).toBe(layout);
		explorer.undo();
		expect(seen.map((g) => g.title)).toEqual(['Renamed', example.title]);
	});

	it('drops a selection that an undo takes away', () => {
		const explorer = new Explorer(example);
		const trade = example.relations.find((r) => r.id === 'chn-prk-trade')!;
		explorer.change((graph) => addRelation(graph, { ...trade, id: 'new-one' }), 'Add');
		explorer.select({ kind: 'relation', id: 'new-one' });
		explorer.undo();
		expect(explorer.selection).toBeNull();
	});
});
