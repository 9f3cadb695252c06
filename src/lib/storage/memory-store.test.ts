import { describe, expect, it } from 'vitest';
import { describeGraphStore } from './graph-store-contract';
import { StorageProblem } from './graph-store';
import { createMemoryStore } from './memory-store';
import { testGraph } from './test-graph';
import type { GraphFile } from '$lib/model/schema';

describeGraphStore('createMemoryStore', async (now) => createMemoryStore({ now }));

describe('createMemoryStore', () => {
	it('starts with the graphs it is given', async () => {
		const graph = testGraph();
		const store = createMemoryStore({
			initial: [
				{
					summary: { id: 'a', title: 'Network', actors: 2, relations: 1, updated: '' },
					graph
				}
			]
		});
		expect((await store.load('a'))?.graph).toEqual(graph);
	});

	it('refuses, as the database would, a graph that cannot be copied', async () => {
		const graph = { ...testGraph(), title: (() => 'a function') as unknown as string };
		await expect(createMemoryStore().save('a', graph as GraphFile)).rejects.toBeInstanceOf(
			StorageProblem
		);
	});
});
