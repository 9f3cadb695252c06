import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIndexedDbStore } from '$lib/storage/indexeddb-store';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { smallGraph } from '../../../tests/fixtures/graph-builders';
import { Workspace } from './workspace.svelte';

const example = exampleGraph();
const page = (search = '') => new URL(`https://ties.example/${search}`);

beforeEach(() => {
	// A browser of its own for each test: an empty database.
	globalThis.indexedDB = new IDBFactory();
});

describe('Workspace', () => {
	it('opens on the example, kept in the library, and says why an address’s view was ignored', async () => {
		const workspace = new Workspace(example);
		await workspace.start(page('?asOf=2024-13-01&actor=atlantis'));
		expect(workspace.started).toBe(true);
		expect(workspace.graphRef).toEqual({ kind: 'library', id: 'example' });
		expect(workspace.entries.map((entry) => entry.id)).toEqual(['example']);
		expect(workspace.addressProblems).toEqual([
			expect.stringMatching(/^asOf: "2024-13-01" is not a date/),
			'actor: no actor "atlantis" is shown in this graph'
		]);
		workspace.dispose();
	});

	it('says which graph a link asked for when this browser does not have it, and shows no other', async () => {
		const workspace = new Workspace(example);
		await workspace.start(page('?doc=gone'));
		expect(workspace.explorer).toBeUndefined();
		expect(workspace.failed?.url).toBe('The graph "gone"');
		expect(workspace.failed?.problems[0].message).toMatch(/^is not in this browser's library/);
		workspace.dispose();
	});

	it('opens a graph carried by its link as a new graph of the library', async () => {
		const { linkWithGraph } = await import('$lib/address/graph-in-link');
		const link = (await linkWithGraph(page(), smallGraph('Sent by a colleague')))!;
		const workspace = new Workspace(example);
		await workspace.start(link);
		expect(workspace.explorer?.document.graph.title).toBe('Sent by a colleague');
		expect(workspace.graphRef.kind).toBe('library');
		expect(workspace.entries.map((entry) => entry.title)).toContain('Sent by a colleague');
		workspace.dispose();
	});

	it('says a damaged graph link is damaged, and opens nothing in its place', async () => {
		const workspace = new Workspace(example);
		await workspace.start(new URL('#graph-data=AAAA', page()));
		expect(workspace.explorer).toBeUndefined();
		expect(workspace.failed?.problems[0].message).toMatch(/damaged/);
		workspace.dispose();
	});

	it('keeps an opened file as a new graph of the library, which the next visit opens by its id', async () => {
		const workspace = new Workspace(example);
		await workspace.start(page());
		await workspace.importGraph(smallGraph('Iran, Russia and the EU'));
		const ref = workspace.graphRef;
		expect(ref.kind).toBe('library');
		const id = ref.kind === 'library' ? ref.id : '';
		expect(id).not.toBe('example');
		expect(workspace.entries.map((entry) => entry.title)).toContain('Iran, Russia and the EU');
		await workspace.rename(id, 'Iran–Russia–EU');
		workspace.dispose();

		const again = new Workspace(example);
		await again.start(page(`?doc=${id}`));
		expect(again.explorer?.document.graph.title).toBe('Iran–Russia–EU');
		again.dispose();
	});

	it('shows a damaged graph of the library by its problems, never in a broken explorer', async () => {
		const store = await openIndexedDbStore();
		const damaged = { ...smallGraph('Damaged'), relations: [{ id: 'r', evidence: [] }] };
		await store.save('broken', damaged as never);
		const workspace = new Workspace(example);
		await workspace.start(page('?doc=broken'));
		expect(workspace.explorer).toBeUndefined();
		expect(workspace.failed?.url).toBe('the library\'s graph "broken"');
		expect(workspace.failed?.problems.length).toBeGreaterThan(0);
		expect(workspace.failed?.problems[0].place).toMatch(/^relations\[0\]/);
		workspace.dispose();
	});

	it('creates, deletes and resets, keeping the example', async () => {
		const workspace = new Workspace(example);
		await workspace.start(page());
		await workspace.create();
		const created = workspace.graphRef;
		expect(workspace.explorer?.document.graph.actors).toEqual([]);
		await workspace.remove(created.kind === 'library' ? created.id : '');
		expect(workspace.graphRef).toEqual({ kind: 'library', id: 'example' });
		await workspace.remove('example');
		expect(workspace.entries.map((entry) => entry.id)).toEqual(['example']);
		workspace.dispose();
	});
});
