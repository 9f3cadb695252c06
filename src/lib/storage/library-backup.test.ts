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
