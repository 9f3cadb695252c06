import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { graphFile } from '../../../tests/fixtures/graph-arbitrary';
import { documentOf, readGraph, writeGraph } from './graph-document';

/** A second analyst's copy of `doc`, as the server would hand it over. */
function copyOf(doc: Y.Doc): Y.Doc {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

/** Each document takes the other's changes, as they would through the server. */
function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('a graph as a shared document', () => {
	it('gives back any valid graph file as it went in, through the bytes a server keeps', () => {
		fc.assert(
			fc.property(graphFile, (graph) => {
				const doc = documentOf(graph);
				expect(readGraph(copyOf(doc))).toEqual(graph);
			})
		);
	});

	it('turns one graph into another, whatever the two, with the document as the only state', () => {
		fc.assert(
			fc.property(graphFile, graphFile, (before, after) => {
				const doc = documentOf(before);
				writeGraph(doc, after);
				expect(readGraph(doc)).toEqual(after);
			})
		);
	});

	it('writes nothing when the graph has not changed, and one field when one has', () => {
		const graph = exampleGraph();
		const doc = documentOf(graph);
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		writeGraph(doc, graph);
		expect(updates).toHaveLength(0);
		const relation = graph.relations[0];
		writeGraph(doc, {
			...graph,
			relations: [{ ...relation, status: 'denied' }, ...graph.relations.slice(1)]
		});
		expect(updates).toHaveLength(1);
		// A field's change, not the graph's: a few dozen bytes, not the whole file.
		expect(updates[0].byteLength).toBeLessThan(200);
	});

	it('keeps two analysts’ changes to different fields of one relation', () => {
		const graph = exampleGraph();
		const first = documentOf(graph);
		const second = copyOf(first);
		const [relation, ...rest] = graph.relations;
		writeGraph(first, { ...graph, relations: [{ ...relation, status: 'alleged' }, ...rest] });
		writeGraph(second, {
			...graph,
			relations: [{ ...relation, summary: 'Checked again' }, ...rest]
		});
		sync(first, second);
		const merged = readGraph(first);
		expect(readGraph(second)).toEqual(merged);
		expect(merged.relations[0]).toMatchObject({ status: 'alleged', summary: 'Checked again' });
	});

	it('keeps two analysts’ changes to different steps of the story, and steps without ids by place', () => {
		const graph = exampleGraph();
		const story = graph.story!;
		const first = documentOf(graph);
		const second = copyOf(first);
		writeGraph(first, {
			...graph,
			story: [{ ...story[0], caption: 'Ana’s caption' }, ...story.slice(1)]
		});
		writeGraph(second, {
			...graph,
			story: [story[0], { ...story[1], title: 'Ben’s title' }, ...story.slice(2)]
		});
		sync(first, second);
		expect(readGraph(first)).toEqual(readGraph(second));
		expect(readGraph(first).story?.[0].caption).toBe('Ana’s caption');
		expect(readGraph(first).story?.[1].title).toBe('Ben’s title');

		const unnamed = story.map((step) => {
			const copy = { ...step };
			delete copy.id;
			return copy;
		});
		const doc = documentOf({ ...graph, story: unnamed });
		expect(readGraph(doc).story).toEqual(unnamed);
		writeGraph(doc, { ...graph, story: [unnamed[1], unnamed[0]] });
		expect(readGraph(doc).story).toEqual([unnamed[1], unnamed[0]]);
		writeGraph(doc, { ...graph, story: undefined });
		expect(readGraph(doc).story).toBeUndefined();
	});

	it('ends the same for both when they change one field, and keeps both actors they add at once', () => {
		const graph = exampleGraph();
		const first = documentOf(graph);
		const second = copyOf(first);
		writeGraph(first, {
			...graph,
			title: 'First title',
			actors: [...graph.actors, { id: 'alphaland', name: 'Alphaland', kind: 'state' }]
		});
		writeGraph(second, {
			...graph,
			title: 'Second title',
			actors: [...graph.actors, { id: 'betaland', name: 'Betaland', kind: 'state' }]
		});
		sync(first, second);
		const merged = readGraph(first);
		expect(readGraph(second)).toEqual(merged);
		expect(['First title', 'Second title']).toContain(merged.title);
		expect(merged.actors.map((actor) => actor.id)).toEqual(
			expect.arrayContaining(['alphaland', 'betaland'])
		);
		expect(parseGraph(merged).ok).toBe(true);
	});

	it('lets a merge that leaves the graph invalid be found by the file check, not lost', () => {
		// One analyst deletes an actor while the other ties a new relation to it.
		const graph = exampleGraph();
		const first = documentOf(graph);
		const second = copyOf(first);
		const lonely = graph.actors.find(
			(actor) => !graph.relations.some((r) => r.source === actor.id || r.target === actor.id)
		);
		const actor = lonely ?? graph.actors[0];
		const without: GraphFile = {
			...graph,
			actors: graph.actors.filter((a) => a.id !== actor.id),
			relations: graph.relations.filter((r) => r.source !== actor.id && r.target !== actor.id),
			story: undefined
		};
		writeGraph(first, without);
		const tie = { ...graph.relations[0], id: 'new-tie', source: actor.id };
		writeGraph(second, { ...graph, relations: [...graph.relations, tie] });
		sync(first, second);
		const merged = readGraph(first);
		expect(merged.relations.map((r) => r.id)).toContain('new-tie');
		const checked = parseGraph(merged);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.problems.map((p) => p.message).join(' ')).toContain(actor.id);
	});
});
