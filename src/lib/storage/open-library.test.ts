import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StorageProblem, type GraphStore } from './graph-store';
import { openIndexedDbStore } from './indexeddb-store';
import { EXAMPLE_ID } from './library';
import { createMemoryStore } from './memory-store';
import { KEPT_IN_TAB_NOTE, openLibrary } from './open-library';
import { testGraph } from './test-graph';

describe('openLibrary', () => {
	it('opens the browser database with the example in it', async () => {
		const opened = await openLibrary(testGraph('Example'), () =>
			openIndexedDbStore('ties-open-library')
		);
		expect(opened.note).toBeUndefined();
		expect(opened.problem).toBeUndefined();
		expect(await opened.store.list()).toEqual([
			expect.objectContaining({ id: EXAMPLE_ID, title: 'Example', example: true })
		]);
	});

	it('falls back to memory, and says so, where the browser keeps nothing', async () => {
		const opened = await openLibrary(testGraph('Example'), () =>
			Promise.reject(new DOMException('A mutation operation was attempted', 'InvalidStateError'))
		);
		expect(opened.note).toBe(KEPT_IN_TAB_NOTE);
		expect(opened.problem).toMatchObject({ reason: 'unavailable' });
		expect((await opened.store.list()).map((entry) => entry.id)).toEqual([EXAMPLE_ID]);
	});

	it('reports a failure to add the example, and still opens', async () => {
		const full: GraphStore = {
			...createMemoryStore(),
			save: () => Promise.reject(new StorageProblem('full', 'quota'))
		};
		const opened = await openLibrary(testGraph(), async () => full);
		expect(opened.store).toBe(full);
		expect(opened.problem?.reason).toBe('quota');
	});
});
