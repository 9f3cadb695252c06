import { describe, expect, it } from 'vitest';
import { readAddress } from '$lib/address/address';
import { createMemoryStore } from '$lib/storage/memory-store';
import { NOT_IN_LIBRARY } from '$lib/storage/check-library-graph';
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
		expect(missing).toEqual({
			url: `the library's graph "gone"`,
			problems: [
				{
					origin: `the library's graph "gone"`,
					place: '',
					message: NOT_IN_LIBRARY
				}
			]
		});
		const refused = await graphOfPage(graphOf('?doc=g-1'), page(''), noFetch, async () => {
			throw new Error('This browser does not let Ties keep graphs.');
		});
		expect(refused?.problems?.[0].message).toMatch(/does not let Ties keep graphs/);
	});

	it('refuses a damaged graph of the library with the path of what is wrong', async () => {
		const graph = testGraph();
		graph.relations[0].target = 'usa';
		const summary = { id: 'g-1', title: 'Network', actors: 2, relations: 1, updated: '' };
		const store = createMemoryStore({ initial: [{ summary, graph }] });
		const loaded = await graphOfPage(graphOf('?doc=g-1'), page(''), noFetch, async () => store);
		expect(loaded?.problems).toEqual([
			{
				origin: `the library's graph "g-1"`,
				place: 'relations[0].target',
				message: 'no actor has the id "usa"'
			}
		]);
	});

	it('reads a graph on the web as a file is read, node-link files too', async () => {
		const nodeLink = JSON.stringify({ nodes: [{ id: 'a' }, { id: 'b' }], links: [] });
		const serve: typeof fetch = async () => new Response(`\uFEFF${nodeLink}`);
		const loaded = await graphOfPage(graphOf('?graph=data/pair.json'), page(''), serve);
		expect(loaded?.url).toBe('https://ties.example/data/pair.json');
		expect(loaded?.graph?.title).toBe('pair');
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
