import { describe, expect, it } from 'vitest';
import type { GraphStore } from './graph-store';
import { testGraph } from './test-graph';

/**
 * What every GraphStore does, run against each one. `makeStore` gives an
 * empty store whose clock reads `now()`.
 */
export function describeGraphStore(
	name: string,
	makeStore: (now: () => Date) => Promise<GraphStore>
): void {
	describe(`${name}: the GraphStore contract`, () => {
		const at = (iso: string) => () => new Date(iso);

		it('saves a graph, summarises it and loads it back unchanged', async () => {
			const store = await makeStore(at('2025-03-04T05:06:07Z'));
			const graph = testGraph('Ties');
			const summary = await store.save('a', graph);
			expect(summary).toEqual({
				id: 'a',
				title: 'Ties',
				actors: 2,
				relations: 1,
				updated: '2025-03-04T05:06:07.000Z'
			});
			expect(await store.load('a')).toEqual({ summary, graph, revision: 1 });
		});

		it('gives back a copy: changing what it gave changes nothing stored', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			const graph = testGraph();
			await store.save('a', graph);
			graph.title = 'changed after saving';
			const loaded = await store.load('a');
			loaded!.graph.actors.length = 0;
			expect((await store.load('a'))?.graph).toEqual(testGraph());
		});

		it('saves over the version a tab last saw, counting revisions', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			const first = await store.saveOver('a', testGraph('One'), {
				graph: testGraph(),
				revision: 0
			});
			expect(first).toMatchObject({ revision: 1, graph: testGraph('One') });
			expect(first.theirs).toBeUndefined();
			const second = await store.saveOver('a', testGraph('Two'), first);
			expect(second).toMatchObject({ revision: 2, graph: testGraph('Two') });
			expect((await store.load('a'))?.revision).toBe(2);
		});

		it('keeps what another tab saved since: both tabs’ new actors are there', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('a', testGraph());
			const seen = { graph: testGraph(), revision: 1 };
			const withActor = (name: string) => {
				const graph = testGraph();
				graph.actors.push({ id: name.toLowerCase(), name, kind: 'state' });
				return graph;
			};
			const alpha = await store.saveOver('a', withActor('Alphaland'), seen);
			expect(alpha.theirs).toBeUndefined();
			const beta = await store.saveOver('a', withActor('Betaland'), seen);
			expect(beta.revision).toBe(3);
			expect(beta.theirs?.actors.map((actor) => actor.name)).toContain('Alphaland');
			const names = (await store.load('a'))!.graph.actors.map((actor) => actor.name);
			expect(names).toEqual(expect.arrayContaining(['Alphaland', 'Betaland']));
			// A tab with nothing new of its own only learns what is stored: nothing is written.
			const caughtUp = await store.saveOver('a', testGraph(), seen);
			expect(caughtUp.revision).toBe(3);
			expect(caughtUp.graph.actors.map((actor) => actor.name)).toEqual(names);
		});

		it('returns undefined for a graph it does not have', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			expect(await store.load('nothing')).toBeUndefined();
		});

		it('replaces a graph saved again under the same id', async () => {
			let now = new Date('2025-01-01T00:00:00Z');
			const store = await makeStore(() => now);
			await store.save('a', testGraph('First'));
			now = new Date('2025-01-02T00:00:00Z');
			await store.save('a', testGraph('Second'));
			expect(await store.list()).toEqual([
				expect.objectContaining({ id: 'a', title: 'Second', updated: '2025-01-02T00:00:00.000Z' })
			]);
		});

		it('lists the example first, then by title', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('b', testGraph('beta'));
			await store.save('example', testGraph('Zeta'), { example: true });
			await store.save('a', testGraph('Alpha'));
			const list = await store.list();
			expect(list.map((entry) => entry.id)).toEqual(['example', 'a', 'b']);
			expect(list[0].example).toBe(true);
			expect(list[1].example).toBeUndefined();
		});

		it('keeps the example mark when the example is saved again without options', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('example', testGraph(), { example: true });
			expect((await store.save('example', testGraph('Edited'))).example).toBe(true);
			expect((await store.list())[0]).toMatchObject({ title: 'Edited', example: true });
		});

		it('removes a graph, and removing a missing one is no error', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('a', testGraph());
			await store.remove('a');
			await store.remove('a');
			expect(await store.list()).toEqual([]);
			expect(await store.load('a')).toBeUndefined();
		});

		it('keeps a version an hour of editing on, with what changed since the one before', async () => {
			let now = new Date('2025-01-01T09:00:00Z');
			const store = await makeStore(() => now);
			await store.save('a', testGraph('One'));
			now = new Date('2025-01-01T09:40:00Z');
			await store.save('a', testGraph('Two'));
			expect(await store.versions('a')).toEqual([]);
			now = new Date('2025-01-01T10:20:00Z');
			await store.save('a', testGraph('Three'));
			now = new Date('2025-01-01T10:50:00Z');
			await store.save('a', testGraph('Four'));
			now = new Date('2025-01-01T11:30:00Z');
			await store.save('a', testGraph('Five'));
			const versions = await store.versions('a');
			expect(versions.map((version) => [version.saved, version.reason, version.change])).toEqual([
				['2025-01-01T10:50:00.000Z', 'hour', 'Renamed “Four”'],
				['2025-01-01T09:40:00.000Z', 'hour', 'The earliest version kept']
			]);
			expect(versions[0]).toMatchObject({ graphId: 'a', actors: 2, relations: 1 });
			expect((await store.loadVersion(versions[0].key))?.title).toBe('Four');
			expect((await store.load('a'))?.graph.title).toBe('Five');
		});

		it('keeps what a save replaces when told why, as the example before a reset', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('example', testGraph('Shipped'), { example: true });
			await store.save('example', testGraph('Edited'));
			await store.save('example', testGraph('Shipped'), { example: true, keep: 'reset' });
			const versions = await store.versions('example');
			expect(versions[0].reason).toBe('reset');
			expect((await store.loadVersion(versions[0].key))?.title).toBe('Edited');
		});

		it('keeps another tab’s version when a later save overrides one of its values', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('a', testGraph());
			const seen = { graph: testGraph(), revision: 1 };
			const statusOf = (status: 'alleged' | 'denied') => {
				const graph = testGraph();
				graph.relations[0] = { ...graph.relations[0], status };
				return graph;
			};
			await store.saveOver('a', statusOf('alleged'), seen);
			const before = (await store.versions('a')).length;
			await store.saveOver('a', statusOf('denied'), seen);
			const versions = await store.versions('a');
			expect(versions).toHaveLength(before + 1);
			expect(versions[0].reason).toBe('merge');
			expect(versions[0].change).toMatch(/^Changed .+ trade$/);
			const lost = await store.loadVersion(versions[0].key);
			expect(lost?.relations[0].status).toBe('alleged');
			expect((await store.load('a'))?.graph.relations[0].status).toBe('denied');
		});

		it('keeps the graph as it stands when asked, once', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('a', testGraph('Before the restore'));
			await store.keepCurrent('a', 'restore');
			await store.keepCurrent('a', 'restore');
			await store.keepCurrent('missing', 'restore');
			const versions = await store.versions('a');
			expect(versions).toMatchObject([{ reason: 'restore', change: 'The earliest version kept' }]);
			expect((await store.loadVersion(versions[0].key))?.title).toBe('Before the restore');
		});

		it('lets versions go after 30 days, but never the newest', async () => {
			let now = new Date('2025-01-01T00:00:00Z');
			const store = await makeStore(() => now);
			await store.save('a', testGraph('One'));
			now = new Date('2025-01-01T02:00:00Z');
			await store.save('a', testGraph('Two'), { keep: 'import' });
			now = new Date('2025-01-01T04:00:00Z');
			await store.save('a', testGraph('Three'), { keep: 'import' });
			expect(await store.versions('a')).toHaveLength(2);
			now = new Date('2025-03-01T00:00:00Z');
			await store.save('a', testGraph('Four'), { keep: 'import' });
			const versions = await store.versions('a');
			expect(versions.map((version) => version.saved)).toEqual(['2025-01-01T04:00:00.000Z']);
		});

		it('adds versions brought from a backup, and removes them with their graph', async () => {
			const store = await makeStore(at('2025-01-01T00:00:00Z'));
			await store.save('a', testGraph('Now'));
			await store.addVersions('a', [
				{
					saved: '2024-12-31T00:00:00.000Z',
					kept: '2025-01-01T00:00:00.000Z',
					change: 'Renamed “Then”',
					reason: 'session',
					actors: 2,
					relations: 1,
					size: 10,
					graph: testGraph('Then')
				}
			]);
			const [version] = await store.versions('a');
			expect(version).toMatchObject({ graphId: 'a', change: 'Renamed “Then”' });
			expect((await store.loadVersion(version.key))?.title).toBe('Then');
			await store.remove('a');
			expect(await store.versions('a')).toEqual([]);
			expect(await store.loadVersion(version.key)).toBeUndefined();
		});
	});
}
