import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { GraphFile } from '$lib/model/schema';
import { GraphDocument } from '$lib/state/graph-document.svelte';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { readGraph } from './graph-document';
import { syncGraph, type GraphSyncOptions, type TeamGraphProblem } from './graph-sync';

/** Two documents joined as the server joins them: each update reaches the other at once. */
function linked(): [Y.Doc, Y.Doc] {
	const a = new Y.Doc();
	const b = new Y.Doc();
	a.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== b) Y.applyUpdate(b, update, a);
	});
	b.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin !== a) Y.applyUpdate(a, update, b);
	});
	return [a, b];
}

/**
 * A page showing `graph`, its explorer in step with `doc`; every change it makes is shared.
 * `before` is what the analyst does before the document is here (a change then is not shared).
 */
function page(
	graph: GraphFile,
	doc: Y.Doc,
	options: Partial<GraphSyncOptions> = {},
	before?: (document: GraphDocument) => void
) {
	const problems: (TeamGraphProblem[] | undefined)[] = [];
	const follow = vi.fn();
	const kept: { sync?: ReturnType<typeof syncGraph> } = {};
	const document = new GraphDocument(graph, { onchange: (changed) => kept.sync?.changed(changed) });
	const explorer = { document, placement: { follow } };
	before?.(document);
	const sync = (kept.sync = syncGraph(explorer, doc, {
		mayChange: () => true,
		onProblem: (found) => problems.push(found),
		...options
	}));
	return { document, problems, follow, sync };
}

const withStatus = (graph: GraphFile, status: GraphFile['relations'][number]['status']) => ({
	...graph,
	relations: [{ ...graph.relations[0], status }, ...graph.relations.slice(1)]
});

describe('an explorer in step with a team’s graph', () => {
	it('gives an empty shared graph its own, and takes a shared graph in when it opens', () => {
		const [a, b] = linked();
		const ana = page(exampleGraph(), a);
		expect(readGraph(a)).toEqual(exampleGraph());
		const ben = page({ ...exampleGraph(), title: 'An older copy' }, b);
		expect(ben.document.graph.title).toBe(exampleGraph().title);
		expect(ana.document.graph).toEqual(ben.document.graph);
	});

	it('shows a colleague’s change at once, and Undo takes back only the analyst’s own', () => {
		const [a, b] = linked();
		const ana = page(exampleGraph(), a);
		const ben = page(exampleGraph(), b);
		ben.document.change((graph) => ({ ...graph, title: 'Ben’s title' }), 'Rename');
		ana.document.change((graph) => withStatus(graph, 'denied'), 'Change the status');
		expect(ben.document.graph.relations[0].status).toBe('denied');
		expect(ana.document.graph.title).toBe('Ben’s title');
		expect(ana.follow).toHaveBeenCalled();
		// Ana's undo takes her status back and leaves Ben's title; so it does for Ben.
		ana.document.undo();
		expect(ana.document.graph.relations[0].status).toBe(exampleGraph().relations[0].status);
		expect(ana.document.graph.title).toBe('Ben’s title');
		expect(ben.document.graph).toEqual(ana.document.graph);
	});

	it('says what is wrong with a merge that would break the graph, and keeps the analyst’s graph', () => {
		const [a, b] = linked();
		const ana = page(exampleGraph(), a);
		page(exampleGraph(), b);
		const before = ana.document.graph;
		// A change that leaves a relation without any evidence, as a faulty client might send.
		b.transact(() => {
			const relation = b.getMap<Y.Map<unknown>>('relations').get(before.relations[0].id)!;
			relation.set('evidence', []);
		});
		expect(ana.document.graph).toBe(before);
		expect(
			ana.problems
				.at(-1)
				?.map((problem) => problem.text)
				.join(' ')
		).toMatch(/relations\[0\]\.evidence/);
		// Each problem is told with the relation it is in, to be shown beside it.
		expect(ana.problems.at(-1)?.[0].relation).toBe(before.relations[0].id);
		// The next valid state is taken in, and the problem cleared.
		b.transact(() => {
			const relation = b.getMap<Y.Map<unknown>>('relations').get(before.relations[0].id)!;
			relation.set('evidence', before.relations[0].evidence);
			b.getMap('graph').set('title', 'Mended');
		});
		expect(ana.document.graph.title).toBe('Mended');
		expect(ana.problems.at(-1)).toBeUndefined();
	});

	it('keeps and shares what the analyst changed before the team’s graph arrived', () => {
		const [a, b] = linked();
		const ana = page(exampleGraph(), a);
		// Ben opens the graph as his library last kept it, and renames it before the document is here.
		const rename = (document: GraphDocument) =>
			document.change((graph) => ({ ...graph, title: 'Ben’s title' }), 'Rename');
		const ben = page(exampleGraph(), b, { opened: exampleGraph() }, rename);
		expect(ben.document.graph.title).toBe('Ben’s title');
		expect(readGraph(a).title).toBe('Ben’s title');
		expect(ana.document.graph.title).toBe('Ben’s title');
		// It stays his change: his Undo takes it back, for both.
		ben.document.undo();
		expect(ana.document.graph.title).toBe(exampleGraph().title);
	});

	it('keeps the analyst’s early change over a colleague’s that came meanwhile, and takes theirs in', () => {
		const [a, b] = linked();
		const ana = page(exampleGraph(), a);
		ana.document.change((graph) => withStatus(graph, 'denied'), 'Change the status');
		const rename = (document: GraphDocument) =>
			document.change((graph) => ({ ...graph, title: 'Ben’s title' }), 'Rename');
		const ben = page(exampleGraph(), b, { opened: exampleGraph() }, rename);
		expect(ben.document.graph.title).toBe('Ben’s title');
		expect(ben.document.graph.relations[0].status).toBe('denied');
		expect(ana.document.graph).toEqual(ben.document.graph);
	});

	it('keeps a viewer’s edits on its own page: the shared graph is not changed', () => {
		const [a, b] = linked();
		const ana = page(exampleGraph(), a);
		const vic = page(exampleGraph(), b, { mayChange: () => false });
		vic.document.change((graph) => ({ ...graph, title: 'Vic’s title' }), 'Rename');
		expect(readGraph(b).title).toBe(exampleGraph().title);
		expect(ana.document.graph.title).toBe(exampleGraph().title);
	});
});
