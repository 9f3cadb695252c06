import { describe, expect, it } from 'vitest';
import { parseGraph } from '$lib/model/parse-graph';
import {
	blankGraph,
	createGraph,
	duplicateGraph,
	duplicateTitle,
	ensureExample,
	EXAMPLE_ID,
	newGraphId,
	renameGraph,
	resetExample,
	titleProblem,
	TITLE_MAX
} from './library';
import { createMemoryStore } from './memory-store';
import { testGraph } from './test-graph';

describe('newGraphId', () => {
	it('starts with the time and is different every time', () => {
		const now = Date.UTC(2025, 0, 1);
		const ids = new Set(Array.from({ length: 1000 }, () => newGraphId(new Set(), now)));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(new RegExp(`^${now.toString(36)}-[0-9a-z]{12}$`));
	});

	it('never gives an id already taken', () => {
		const taken = new Set<string>();
		for (let n = 0; n < 200; n++) taken.add(newGraphId(taken, 0));
		expect(taken.size).toBe(200);
	});
});

describe('duplicateTitle', () => {
	it('adds "(copy)", then numbers further copies', () => {
		expect(duplicateTitle('Network')).toBe('Network (copy)');
		expect(duplicateTitle('Network', ['Network', 'Network (copy)'])).toBe('Network (copy 2)');
		expect(duplicateTitle('Network', ['Network (copy)', 'Network (copy 2)'])).toBe(
			'Network (copy 3)'
		);
	});

	it('counts on from a copy instead of nesting copies', () => {
		expect(duplicateTitle('Network (copy)')).toBe('Network (copy 2)');
		expect(duplicateTitle('Network (copy 2)', ['Network (copy 3)'])).toBe('Network (copy 4)');
	});

	it('keeps the title within the length a graph file allows', () => {
		const title = duplicateTitle('x'.repeat(TITLE_MAX));
		expect(title).toHaveLength(TITLE_MAX);
		expect(title.endsWith(' (copy)')).toBe(true);
	});
});

describe('titleProblem', () => {
	it('refuses an empty or blank title, and one too long', () => {
		expect(titleProblem('')).toBe('A graph needs a title.');
		expect(titleProblem('   ')).toBe('A graph needs a title.');
		expect(titleProblem('x'.repeat(TITLE_MAX + 1))).toMatch(/at most 200 characters/);
		expect(titleProblem(' Sanctions network ')).toBeUndefined();
	});
});

describe('blankGraph', () => {
	it('is titled, dated today in local time, and empty', () => {
		const graph = blankGraph([], new Date(2025, 2, 9, 23, 30));
		expect(graph).toEqual({
			title: 'Untitled network',
			asOf: '2025-03-09',
			actors: [],
			sources: [],
			relations: []
		});
	});

	it('takes a title not yet in the library', () => {
		expect(blankGraph(['Untitled network', 'Untitled network 2']).title).toBe('Untitled network 3');
	});

	it('breaks no rule of the graph file but the one-actor minimum', () => {
		// The schema asks for at least one actor; once it allows none, this is simply valid.
		const parsed = parseGraph(blankGraph());
		const problems = parsed.ok ? [] : parsed.problems;
		expect(problems.filter((problem) => problem.place !== 'actors')).toEqual([]);
	});
});

describe('the example', () => {
	it('is put in the library once, marked, under its fixed id', async () => {
		const store = createMemoryStore();
		expect(await ensureExample(store, testGraph('Example'))).toBe(true);
		await store.save(EXAMPLE_ID, testGraph('Edited example'));
		expect(await ensureExample(store, testGraph('Example'))).toBe(false);
		expect(await store.list()).toEqual([
			expect.objectContaining({ id: EXAMPLE_ID, title: 'Edited example', example: true })
		]);
	});

	it('is restored unchanged by resetExample', async () => {
		const store = createMemoryStore();
		await ensureExample(store, testGraph('Example'));
		const edited = { ...testGraph('Edited'), actors: [] };
		await store.save(EXAMPLE_ID, edited);
		await resetExample(store, testGraph('Example'));
		expect((await store.load(EXAMPLE_ID))?.graph).toEqual(testGraph('Example'));
		expect((await store.load(EXAMPLE_ID))?.summary.example).toBe(true);
	});
});

describe('library actions', () => {
	it('creates a blank graph under a new id', async () => {
		const store = createMemoryStore();
		const first = await createGraph(store, new Date(2025, 0, 2));
		const second = await createGraph(store, new Date(2025, 0, 2));
		expect(first.id).not.toBe(second.id);
		expect((await store.list()).map((entry) => entry.title)).toEqual([
			'Untitled network',
			'Untitled network 2'
		]);
		expect((await store.load(first.id))?.graph.asOf).toBe('2025-01-02');
	});

	it('duplicates a graph, the example included, as an ordinary graph', async () => {
		const store = createMemoryStore();
		await ensureExample(store, testGraph('Network'));
		const copy = await duplicateGraph(store, EXAMPLE_ID);
		expect(copy?.graph).toEqual(testGraph('Network (copy)'));
		const again = await duplicateGraph(store, EXAMPLE_ID);
		expect(again?.graph.title).toBe('Network (copy 2)');
		const list = await store.list();
		expect(list.filter((entry) => entry.example).map((entry) => entry.id)).toEqual([EXAMPLE_ID]);
		expect(list).toHaveLength(3);
		expect(await duplicateGraph(store, 'gone')).toBeUndefined();
	});

	it('renames a graph, trimming the title', async () => {
		const store = createMemoryStore();
		await store.save('a', testGraph('Old'));
		await renameGraph(store, 'a', '  New  ');
		expect((await store.load('a'))?.graph).toEqual(testGraph('New'));
	});
});
