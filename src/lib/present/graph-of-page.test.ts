import { describe, expect, it } from 'vitest';
import { readAddress } from '$lib/address/address';
import { createMemoryStore } from '$lib/storage/memory-store';
import { testGraph } from '$lib/storage/test-graph';
import { graphOfPage } from './graph-of-page';

const page = (search: string) => new URL(`https://ties.example/present${search}`);
const graphOf = (search: string) => readAddress(page(search)).address.graph;
const noFetch: typeof fetch = async () => {
	throw new Error('no fetch expected');
};

describe('graphOfPage', () => {
	it('presents a graph of the library as the analyst edited it', async () => {
		const store = createMemoryStore();
		const graph = { ...testGraph(), title: 'Edited' };
		await store.save('g-1', graph);
		const loaded = await graphOfPage(
			graphOf('?doc=g-1&step=2'),
			page(''),
			noFetch,
			async () => store
		);
		expect(loaded?.graph?.title).toBe('Edited');
	});

	it('says so when the library has no such graph, or cannot be opened', async () => {
		const missing = await graphOfPage(graphOf('?doc=gone'), page(''), noFetch, async () =>
			createMemoryStore()
		);
		expect(missing?.problems?.[0].message).toMatch(/no graph "gone"/);
		const refused = await graphOfPage(graphOf('?doc=g-1'), page(''), noFetch, async () => {
			throw new Error('This browser does not let Ties keep graphs.');
		});
		expect(refused?.problems?.[0].message).toMatch(/does not let Ties keep graphs/);
	});

	it('shows the example as it ships where the library has none', async () => {
		expect(
			await graphOfPage(graphOf('?doc=example'), page(''), noFetch, async () => createMemoryStore())
		).toBe(undefined);
		const refused = await graphOfPage(graphOf('?doc=example'), page(''), noFetch, async () => {
			throw new Error('unavailable');
		});
		expect(refused).toBeUndefined();
	});

	it('names nothing without doc or graph: the example is shown', async () => {
		expect(await graphOfPage(graphOf('?step=3'), page(''), noFetch)).toBeUndefined();
	});

	it('refuses a graph address that is not on the web, without fetching it', async () => {
		const loaded = await graphOfPage(graphOf('?graph=javascript:alert(1)'), page(''), noFetch);
		expect(loaded?.problems?.[0].message).toMatch(/not a web address/);
	});
});
