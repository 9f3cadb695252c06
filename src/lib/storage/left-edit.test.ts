import { describe, expect, it } from 'vitest';
import { keepLeftEdit, recoverLeftEdit } from './left-edit';
import { createMemoryStore } from './memory-store';
import { testGraph } from './test-graph';

/** A Storage in memory, as the browser's local storage behaves. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

async function libraryAt(revision: number) {
	const store = createMemoryStore();
	for (let r = 1; r <= revision; r++) await store.save('g', testGraph(`Revision ${r}`));
	return store;
}

describe('a left edit', () => {
	it('is saved by the next page when the library still holds the revision the page saved over', async () => {
		const store = await libraryAt(3);
		const storage = memoryStorage();
		keepLeftEdit('g', { graph: testGraph('Left on reload'), from: 3, over: 3 }, storage);
		expect(await recoverLeftEdit(store, 'g', storage)).toBe(true);
		const stored = await store.load('g');
		expect(stored?.graph.title).toBe('Left on reload');
		expect(stored?.revision).toBe(4);
		// Done with: a second page finds nothing to do.
		expect(await recoverLeftEdit(store, 'g', storage)).toBe(false);
	});

	it('is saved when neither the running save nor the last one reached the library', async () => {
		const store = await libraryAt(3);
		const storage = memoryStorage();
		keepLeftEdit('g', { graph: testGraph('Latest'), from: 3, over: 4 }, storage);
		expect(await recoverLeftEdit(store, 'g', storage)).toBe(true);
		expect((await store.load('g'))?.graph.title).toBe('Latest');
	});

	it('is dropped when its save landed, or another tab saved a later revision', async () => {
		for (const revision of [5, 6]) {
			const store = await libraryAt(revision);
			const storage = memoryStorage();
			keepLeftEdit('g', { graph: testGraph('Left'), from: 3, over: 4 }, storage);
			expect(await recoverLeftEdit(store, 'g', storage)).toBe(false);
			expect((await store.load('g'))?.graph.title).toBe(`Revision ${revision}`);
			expect(storage.length).toBe(0);
		}
	});

	it('writes nothing when the library already holds the page’s graph', async () => {
		const store = await libraryAt(3);
		const storage = memoryStorage();
		keepLeftEdit('g', { graph: testGraph('Revision 3'), from: 3, over: 3 }, storage);
		expect(await recoverLeftEdit(store, 'g', storage)).toBe(false);
		expect((await store.load('g'))?.revision).toBe(3);
	});

	it('is let go when it cannot be read, and forgotten when nothing was left', async () => {
		const store = await libraryAt(1);
		const storage = memoryStorage();
		storage.setItem('ties-left-edit:g', '{ not json');
		expect(await recoverLeftEdit(store, 'g', storage)).toBe(false);
		keepLeftEdit('g', { graph: testGraph('x'), from: 1, over: 1 }, storage);
		keepLeftEdit('g', undefined, storage);
		expect(storage.length).toBe(0);
	});
});
