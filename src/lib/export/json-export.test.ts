import { describe, expect, it } from 'vitest';
import { readGraphText } from '$lib/import/read-graph-text';
import { parseGraph } from '$lib/model/parse-graph';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { hostileGraph } from '../../../tests/fixtures/hostile-graph';
import { exportJson } from './json-export';

describe('exportJson', () => {
	it('gives back the same graph when opened again', async () => {
		const example = exampleGraph();
		const reopened = await readGraphText(exportJson(example), 'export.json');
		expect(reopened).toMatchObject({ ok: true, graph: example });
		// The schema trims text, so compare with the hostile graph as the app reads it.
		const hostile = parseGraph(hostileGraph);
		if (!hostile.ok) throw new Error('the hostile graph does not open');
		expect(await readGraphText(exportJson(hostile.graph), 'export.json')).toMatchObject(hostile);
	});

	it('writes the actors the analyst placed in their places, and leaves the others as they were', async () => {
		const example = exampleGraph();
		const placed = {
			...example,
			actors: example.actors.map((a) =>
				a.id === 'un' ? { ...a, position: { x: 120.5, y: -40 } } : a
			)
		};
		const reopened = await readGraphText(exportJson(placed), 'export.json');
		if (!reopened.ok) throw new Error('the export does not open');
		expect(reopened.graph.actors.find((a) => a.id === 'un')!.position).toEqual({
			x: 120.5,
			y: -40
		});
		expect(reopened.graph.actors.find((a) => a.id === 'prk')!.position).toBeUndefined();
		expect(example.actors.find((a) => a.id === 'un')!.position).toBeUndefined();
	});

	it('is the same text every time', () => {
		expect(exportJson(exampleGraph())).toBe(exportJson(exampleGraph()));
	});
});
