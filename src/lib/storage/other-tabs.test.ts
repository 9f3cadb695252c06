import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { GraphDocument } from '$lib/state/graph-document.svelte';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { broughtUp, takeInSaved } from './other-tabs';

const example = exampleGraph();
const renamed = (title: string) => (graph: GraphFile) => ({ ...graph, title });

describe('broughtUp', () => {
	it('brings every version of a history up to another tab’s change, so undo never takes it back', () => {
		const changes: GraphFile[] = [];
		const document = new GraphDocument(example, { onchange: (graph) => changes.push(graph) });
		document.change(renamed('Mine'), 'Rename to Mine');
		document.history = broughtUp(document.history, (graph) => ({ ...graph, marking: 'OFFICIAL' }));
		expect(document.graph).toMatchObject({ title: 'Mine', marking: 'OFFICIAL' });
		// Not a change of this tab's: nothing to undo for it, nothing told.
		expect(document.undoLabel).toBe('Rename to Mine');
		expect(changes).toHaveLength(1);
		document.undo();
		expect(document.graph).toMatchObject({ title: example.title, marking: 'OFFICIAL' });
		document.redo();
		expect(document.graph).toMatchObject({ title: 'Mine', marking: 'OFFICIAL' });
	});
});

describe('takeInSaved', () => {
	const explorerOf = (document: GraphDocument) => {
		let followed = 0;
		return { document, placement: { follow: () => void followed++ }, followed: () => followed };
	};

	it('shows the merged save, with nothing left to save when this tab changed nothing since', () => {
		const document = new GraphDocument(example);
		document.change(renamed('Mine'), 'Rename to Mine');
		const mine = document.graph;
		const theirs = { ...example, marking: 'OFFICIAL' };
		const merged = { ...mine, marking: 'OFFICIAL' };
		const explorer = explorerOf(document);
		const saved = { summary: {} as never, graph: merged, revision: 3, written: true };
		expect(takeInSaved(explorer, { saved, theirs, base: example, mine })).toBeUndefined();
		expect(document.graph).toBe(merged);
		expect(explorer.followed()).toBe(1);
	});

	it('keeps a change made here while the save ran, and gives it to be saved next', () => {
		const document = new GraphDocument(example);
		const mine = document.graph;
		document.change(renamed('Changed meanwhile'), 'Rename');
		const theirs = { ...example, marking: 'OFFICIAL' };
		const saved = { summary: {} as never, graph: theirs, revision: 2, written: false };
		const unsaved = takeInSaved(explorerOf(document), { saved, theirs, base: example, mine });
		expect(unsaved).toMatchObject({ title: 'Changed meanwhile', marking: 'OFFICIAL' });
		expect(document.graph).toBe(unsaved);
	});
});
