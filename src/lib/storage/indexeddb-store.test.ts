import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeGraphStore } from './graph-store-contract';
import { StorageProblem } from './graph-store';
import { openIndexedDbStore } from './indexeddb-store';
import { NEWER_MESSAGE, QUOTA_MESSAGE, UNAVAILABLE_MESSAGE } from './storage-problem';
import { testGraph } from './test-graph';

// fake-indexeddb keeps databases for the whole run: each test gets its own.
let databases = 0;
const freshName = () => `ties-test-${++databases}`;

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describeGraphStore('openIndexedDbStore', (now) => openIndexedDbStore(freshName(), { now }));

describe('openIndexedDbStore', () => {
	it('keeps graphs across connections, as across reloads', async () => {
		const name = freshName();
		const first = await openIndexedDbStore(name);
		await first.save('a', testGraph('Kept'));
		const second = await openIndexedDbStore(name);
		expect((await second.load('a'))?.graph.title).toBe('Kept');
	});

	it('reports a full quota in words and stores nothing', async () => {
		const store = await openIndexedDbStore(freshName());
		await store.save('a', testGraph('Before'));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const saving = store.save('a', testGraph('After'));
		await expect(saving).rejects.toBeInstanceOf(StorageProblem);
		await expect(saving).rejects.toMatchObject({ reason: 'quota', message: QUOTA_MESSAGE });
		vi.restoreAllMocks();
		expect((await store.load('a'))?.graph.title).toBe('Before');
	});

	it('says the browser keeps no graphs when there is no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const opening = openIndexedDbStore(freshName());
		await expect(opening).rejects.toBeInstanceOf(StorageProblem);
		await expect(opening).rejects.toMatchObject({
			reason: 'unavailable',
			message: UNAVAILABLE_MESSAGE
		});
	});

	it('says so when the browser refuses to open the database (private mode)', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
		});
		await expect(openIndexedDbStore(freshName())).rejects.toMatchObject({
			reason: 'unavailable'
		});
	});

	it('lets go of the database when a newer Ties in another tab upgrades it', async () => {
		const name = freshName();
		const store = await openIndexedDbStore(name);
		await store.save('a', testGraph());
		// The other tab's upgrade would wait forever if this connection held on.
		const newer = await openDB(name, 3);
		newer.close();
		await expect(store.list()).rejects.toMatchObject({
			reason: 'unavailable',
			message: NEWER_MESSAGE
		});
	});

	it('keeps the graph as the last session left it on the first save of the next', async () => {
		const name = freshName();
		let now = new Date('2025-01-01T09:00:00Z');
		const first = await openIndexedDbStore(name, { now: () => now });
		await first.save('a', testGraph('Monday'));
		now = new Date('2025-01-01T09:05:00Z');
		await first.save('a', testGraph('Monday, later'));
		expect(await first.versions('a')).toEqual([]);
		// A reload: a new session over the same database.
		now = new Date('2025-01-02T09:00:00Z');
		const second = await openIndexedDbStore(name, { now: () => now });
		await second.save('a', testGraph('Tuesday'));
		await second.save('a', testGraph('Tuesday, later'));
		const versions = await second.versions('a');
		expect(versions).toMatchObject([{ reason: 'session', saved: '2025-01-01T09:05:00.000Z' }]);
		expect((await second.loadVersion(versions[0].key))?.title).toBe('Monday, later');
	});

	it('does not read the versions on a save that cannot keep one', async () => {
		let now = new Date('2025-01-01T09:00:00Z');
		const store = await openIndexedDbStore(freshName(), { now: () => now });
		await store.save('a', testGraph('One'));
		const reads = vi.spyOn(IDBIndex.prototype, 'getAll');
		for (const minute of [10, 20, 30]) {
			now = new Date(`2025-01-01T09:${minute}:00Z`);
			await store.save('a', testGraph(`At ${minute}`));
		}
		expect(reads).not.toHaveBeenCalled();
		// An hour on, the save reads them, and keeps one.
		now = new Date('2025-01-01T10:05:00Z');
		await store.save('a', testGraph('An hour on'));
		expect(reads).toHaveBeenCalled();
		expect(await store.versions('a')).toMatchObject([{ reason: 'hour' }]);
	});

	it('adds the versions to a library made before versions were kept', async () => {
		const name = freshName();
		const old = await openDB(name, 1, {
			upgrade: (db) => db.createObjectStore('graphs', { keyPath: 'summary.id' })
		});
		const graph = testGraph('From before');
		await old.put('graphs', {
			summary: {
				id: 'a',
				title: graph.title,
				actors: 2,
				relations: 1,
				updated: '2024-06-01T00:00:00.000Z'
			},
			graph
		});
		old.close();
		const store = await openIndexedDbStore(name);
		await store.save('a', testGraph('After'));
		const [version] = await store.versions('a');
		expect(version).toMatchObject({ reason: 'session', saved: '2024-06-01T00:00:00.000Z' });
	});

	it('opens again after the connection was closed for it', async () => {
		const name = freshName();
		const store = await openIndexedDbStore(name);
		await store.save('a', testGraph());
		// Deleting the database makes the browser ask this connection to close.
		const deleteRequest = indexedDB.deleteDatabase(name);
		await new Promise((resolve) => (deleteRequest.onsuccess = resolve));
		expect(await store.list()).toEqual([]);
		await store.save('b', testGraph('Again'));
		expect((await store.list()).map((entry) => entry.title)).toEqual(['Again']);
	});
});
