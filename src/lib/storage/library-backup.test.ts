import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { actorOf } from '../../../tests/fixtures/graph-builders';
import { backupOf, restoreBackup } from './library-backup';
import { ensureExample } from './library';
import { createMemoryStore } from './memory-store';
import { testGraph } from './test-graph';

async function libraryWith(...graphs: [string, ReturnType<typeof testGraph>][]) {
	const store = createMemoryStore();
	await ensureExample(store, exampleGraph());
	for (const [id, graph] of graphs) await store.save(id, graph);
	return store;
}

describe('backupOf and restoreBackup', () => {
	it('take every graph of a library out and back into an empty browser, the same', async () => {
		const edited = exampleGraph();
		edited.actors.push(actorOf('alphaland', { name: 'Alphaland' }));
		const from = await libraryWith(['g-1', testGraph('Mine')]);
		await from.save('example', edited);
		const file = await backupOf(from, new Date('2026-12-02T10:00:00Z'));

		const into = await libraryWith();
		const restored = await restoreBackup(into, file, 'backup.json');
		// The example here is as it ships: the edited one is added beside it, nothing replaced.
		expect(restored).toEqual({
			ok: true,
			added: ['DPRK, PRC, Russia and the UN (restored)', 'Mine'],
			alreadyHere: []
		});
		expect((await into.load('g-1'))?.graph).toEqual(testGraph('Mine'));
		expect((await into.load('example'))?.graph).toEqual(exampleGraph());
		const copy = (await into.list()).find((entry) => entry.title.endsWith('(restored)'))!;
		expect((await into.load(copy.id))?.graph.actors.map((actor) => actor.name)).toContain(
			'Alphaland'
		);
	});

	it('carries each graph’s versions out and back', async () => {
		let now = new Date('2026-12-01T09:00:00Z');
		const from = createMemoryStore({ now: () => now });
		await from.save('g-1', testGraph('Monday'));
		now = new Date('2026-12-01T10:30:00Z');
		await from.save('g-1', testGraph('Monday, later'));
		await from.save('g-1', testGraph('Now'), { keep: 'import' });
		const file = await backupOf(from);

		const into = createMemoryStore();
		expect(await restoreBackup(into, file, 'backup.json')).toMatchObject({ added: ['Now'] });
		const versions = await into.versions('g-1');
		expect(versions.map((version) => [version.reason, version.change])).toEqual([
			['import', 'Renamed “Monday, later”'],
			['hour', 'The earliest version kept']
		]);
		const titles = await Promise.all(versions.map((v) => into.loadVersion(v.key)));
		expect(titles.map((graph) => graph?.title)).toEqual(['Monday, later', 'Monday']);
		// Restored again, the graph is here as it was: no version is added twice.
		await restoreBackup(into, file, 'backup.json');
		expect(await into.versions('g-1')).toHaveLength(2);
	});

	it('refuses a backup whose version is broken, placing the problem', async () => {
		const store = await libraryWith(['g-1', testGraph('Mine')]);
		const backup = JSON.parse(await backupOf(store));
		backup.graphs[1].versions = [
			{ saved: '2026-01-01T00:00:00Z', kept: '2026-01-01T00:00:00Z', reason: 'hour', graph: {} }
		];
		const restored = await restoreBackup(createMemoryStore(), JSON.stringify(backup), 'b.json');
		expect(restored.ok).toBe(false);
		expect(!restored.ok && restored.problems[0].place).toMatch(/^graphs\[1\]\.versions\[0\] /);
	});

	it('leaves a graph that is already here as it is, and restores nothing twice', async () => {
		const store = await libraryWith(['g-1', testGraph('Mine')]);
		const file = await backupOf(store);
		expect(await restoreBackup(store, file, 'backup.json')).toEqual({
			ok: true,
			added: [],
			alreadyHere: ['DPRK, PRC, Russia and the UN', 'Mine']
		});
		expect(await store.list()).toHaveLength(2);
	});

	it('refuses a file that is no backup, or holds a broken graph, restoring nothing', async () => {
		const store = await libraryWith();
		expect(await restoreBackup(store, '{"title": "x"}', 'x.json')).toMatchObject({
			ok: false,
			problems: [{ origin: 'x.json', message: expect.stringContaining('is not a backup') }]
		});
		expect(await restoreBackup(store, 'not json', 'x.json')).toMatchObject({ ok: false });
		const broken = JSON.stringify({
			kind: 'ties-library-backup',
			graphs: [
				{ id: 'fine', graph: testGraph('Fine') },
				{ id: 'broken', graph: { ...testGraph('Broken'), asOf: 'yesterday' } }
			]
		});
		const result = await restoreBackup(store, broken, 'b.json');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0].place).toBe('graphs[1] asOf');
		expect((await store.list()).map((entry) => entry.id)).toEqual(['example']);
	});
});
