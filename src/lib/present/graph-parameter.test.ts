import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage/memory-store';
import { testGraph } from '$lib/storage/test-graph';
import { briefingName, graphOfPage } from './graph-parameter';

const page = (search: string) => new URL(`https://ties.example/present${search}`);
const noFetch: typeof fetch = async () => {
	throw new Error('no fetch expected');
};

describe('graphOfPage', () => {
	it('presents a graph of the library as the analyst edited it', async () => {
		const store = createMemoryStore();
		const graph = { ...testGraph(), title: 'Edited' };
		await store.save('g-1', graph);
		const loaded = await graphOfPage(page('?doc=g-1&step=2'), noFetch, async () => store);
		expect(loaded?.graph?.title).toBe('Edited');
	});

	it('says so when the library has no such graph, or cannot be opened', async () => {
		const missing = await graphOfPage(page('?doc=gone'), noFetch, async () => createMemoryStore());
		expect(missing?.problems?.[0].message).toMatch(/no graph "gone"/);
		const refused = await graphOfPage(page('?doc=g-1'), noFetch, async () => {
			throw new Error('This browser does not let Ties keep graphs.');
		});
		expect(refused?.problems?.[0].message).toMatch(/does not let Ties keep graphs/);
	});

	it('shows the example as it ships where the library has none', async () => {
		expect(await graphOfPage(page('?doc=example'), noFetch, async () => createMemoryStore())).toBe(
			undefined
		);
		const refused = await graphOfPage(page('?doc=example'), noFetch, async () => {
			throw new Error('unavailable');
		});
		expect(refused).toBeUndefined();
	});

	it('names nothing without doc or graph: the example is shown', async () => {
		expect(await graphOfPage(page('?step=3'), noFetch)).toBeUndefined();
	});

	it('ties a stage and its presenter view by the graph they show', () => {
		expect(briefingName(page('?doc=g-1'))).toBe('g-1');
		expect(briefingName(page('?graph=a.json'))).toBe('a.json');
		expect(briefingName(page(''))).toBe('example');
	});
});
