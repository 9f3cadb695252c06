import { describe, expect, it } from 'vitest';
import { openGraphFiles } from '$lib/import/open-graph-files';
import { describeProblem } from '$lib/model/graph-problem';
import type { LoadedGraph } from '$lib/model/load-graph';
import { checkLibraryGraph, isShownGraph } from './check-library-graph';
import { createMemoryStore } from './memory-store';
import { testGraph } from './test-graph';

/** A store holding `graph` as `g-1`, whatever it is: a damaged database gives what it holds. */
function storeHolding(graph: unknown) {
	const summary = { id: 'g-1', title: 'Network', actors: 2, relations: 1, updated: '' };
	return createMemoryStore({
		initial: [{ summary, graph: graph as ReturnType<typeof testGraph> }]
	});
}

async function readBack(graph: unknown): Promise<LoadedGraph> {
	const stored = await storeHolding(graph).load('g-1');
	return checkLibraryGraph('g-1', stored!.graph);
}

function problemsOf(loaded: LoadedGraph): string[] {
	if (loaded.graph) throw new Error('the graph opened; it should have been refused');
	return loaded.problems.map(describeProblem);
}

describe('checkLibraryGraph', () => {
	it('opens a graph of the library as it was saved', async () => {
		expect(await readBack(testGraph('Saved'))).toEqual({
			url: `the library's graph "g-1"`,
			graph: testGraph('Saved')
		});
	});

	it('refuses a damaged graph with the path of what is wrong', async () => {
		const mistyped = testGraph();
		(mistyped.actors[1] as Record<string, unknown>).kind = 42;
		expect(problemsOf(await readBack(mistyped))).toEqual([
			`the library's graph "g-1" actors[1].kind: must be one of "state", "organization", "person", "other"`
		]);
		const dangling = testGraph();
		dangling.relations[0].evidence[0].source = 'gone';
		expect(problemsOf(await readBack(dangling))).toEqual([
			`the library's graph "g-1" relations[0].evidence[0].source: no source has the id "gone"`
		]);
	});

	it('says of a damaged graph what it says of the same graph opened as a file', async () => {
		const damaged = { ...testGraph(), asOf: '2024-13-01', extra: true };
		const file = new File([JSON.stringify(damaged)], 'g.json');
		const opened = await openGraphFiles([file], '2026-11-28');
		if (opened.ok) throw new Error('the file opened; it should have been refused');
		const loaded = await readBack(damaged);
		expect(loaded.problems?.map(({ place, message }) => ({ place, message }))).toEqual(
			opened.problems.map(({ place, message }) => ({ place, message }))
		);
	});

	it('refuses a graph nested 100,000 levels deep by the path where it goes wrong', async () => {
		let deep: unknown[] = [];
		for (let level = 0; level < 100_000; level++) deep = [deep];
		const graph = { ...testGraph(), actors: deep };
		expect(isShownGraph(graph, testGraph())).toBe(false);
		const loaded = await checkLibraryGraph('g-1', graph);
		expect(loaded.problems?.map(describeProblem)).toEqual([
			`the library's graph "g-1" actors[0]: must be an object, not an array`
		]);
	});

	it('refuses what is no graph at all, without throwing', async () => {
		expect(problemsOf(await readBack(null))).toEqual([
			`the library's graph "g-1": is not a graph file: it holds null, not an object with actors, sources and relations`
		]);
	});
});

describe('isShownGraph', () => {
	it('knows the graph on screen again, and nothing else', () => {
		expect(isShownGraph(testGraph(), testGraph())).toBe(true);
		expect(isShownGraph(testGraph('Edited'), testGraph())).toBe(false);
		expect(isShownGraph(testGraph(), undefined)).toBe(false);
	});

	it('takes a value JSON cannot hold for another graph, without throwing', () => {
		const looped: Record<string, unknown> = { ...testGraph() };
		looped.self = looped;
		expect(isShownGraph(looped, testGraph())).toBe(false);
		expect(isShownGraph({ ...testGraph(), count: 1n }, testGraph())).toBe(false);
	});
});
