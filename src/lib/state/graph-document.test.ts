import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { GraphDocument, structureOf } from './graph-document.svelte';

const example = exampleGraph();
const renamed = (title: string) => (graph: GraphFile) => ({ ...graph, title });

describe('GraphDocument', () => {
	it('changes, undoes and redoes, naming each change', () => {
		const document = new GraphDocument(example);
		expect(document.canUndo).toBe(false);
		document.change(renamed('One'), 'Rename to One');
		document.change(renamed('Two'), 'Rename to Two');
		expect(document.graph.title).toBe('Two');
		expect(document.undoLabel).toBe('Rename to Two');
		document.undo();
		expect(document.graph.title).toBe('One');
		expect(document.redoLabel).toBe('Rename to Two');
		document.redo();
		expect(document.graph.title).toBe('Two');
		expect(document.index.actors.size).toBe(example.actors.length);
	});

	it('changes nothing, and offers no undo or redo, while the graph is read only', () => {
		const document = new GraphDocument(example);
		document.change(renamed('One'), 'Rename to One');
		document.change(renamed('Two'), 'Rename to Two');
		document.undo();
		document.lockedBy = () => 'A viewer';
		expect(document.readOnly).toBe('A viewer');
		expect([document.canUndo, document.canRedo]).toEqual([false, false]);
		document.change(renamed('Three'), 'Rename to Three');
		document.undo();
		document.redo();
		expect(document.graph.title).toBe('One');
		document.lockedBy = undefined;
		expect([document.canUndo, document.canRedo]).toEqual([true, true]);
		document.change(renamed('Three'), 'Rename to Three');
		expect(document.graph.title).toBe('Three');
	});

	it('records nothing for an edit that changes nothing', () => {
		const document = new GraphDocument(example);
		document.change((graph) => graph, 'Nothing');
		expect(document.canUndo).toBe(false);
	});

	it('keeps places before a change to the structure, not before a change of words', () => {
		const kept: string[] = [];
		const document = new GraphDocument(example, {
			keepPlaces: (graph) => {
				kept.push(graph.title);
				return graph;
			}
		});
		document.change(renamed('Words'), 'Rename');
		expect(kept).toEqual([]);
		document.change(
			(graph) => ({ ...graph, actors: [...graph.actors, { id: 'x', name: 'X', kind: 'state' }] }),
			'Add X'
		);
		expect(kept).toEqual(['Words']);
	});

	it('tells who listens of every change, undo and redo included', () => {
		const seen: string[] = [];
		const document = new GraphDocument(example, { onchange: (graph) => seen.push(graph.title) });
		document.change(renamed('A'), 'A');
		document.undo();
		document.redo();
		expect(seen).toEqual(['A', example.title, 'A']);
	});
});

describe('structureOf', () => {
	it('changes with actors, kinds, ties and the seed, not with words or places', () => {
		const structure = structureOf(example);
		expect(structureOf({ ...example, title: 'Other' })).toBe(structure);
		expect(structureOf({ ...example, seed: 7 })).not.toBe(structure);
		const placed = {
			...example,
			actors: example.actors.map((a) => ({ ...a, position: { x: 1, y: 2 } }))
		};
		expect(structureOf(placed)).toBe(structure);
	});
});
