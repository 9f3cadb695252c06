import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { createAutosave } from './autosave';
import { StorageProblem, type GraphStore, type GraphSummary } from './graph-store';
import { summarize } from './graph-summary';
import { createMemoryStore } from './memory-store';
import { testGraph } from './test-graph';

/** A store whose saves finish only when the test says, recording each one. */
function slowStore() {
	const saves: { title: string; finish: () => void; fail: (error: unknown) => void }[] = [];
	let running = 0;
	let mostAtOnce = 0;
	const store: GraphStore = {
		...createMemoryStore(),
		save(id: string, graph: GraphFile) {
			running++;
			mostAtOnce = Math.max(mostAtOnce, running);
			return new Promise<GraphSummary>((resolve, reject) => {
				saves.push({
					title: graph.title,
					finish: () => {
						running--;
						resolve(summarize(id, graph, new Date()));
					},
					fail: (error) => {
						running--;
						reject(error);
					}
				});
			});
		}
	};
	return { store, saves, mostAtOnce: () => mostAtOnce };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('createAutosave', () => {
	it('saves the latest graph once, delayMs after the last of a burst of changes', async () => {
		const store = createMemoryStore();
		const save = vi.spyOn(store, 'save');
		const autosave = createAutosave({ store, id: 'a', delayMs: 300 });
		autosave.schedule(testGraph('one'));
		await vi.advanceTimersByTimeAsync(200);
		autosave.schedule(testGraph('two'));
		await vi.advanceTimersByTimeAsync(200);
		autosave.schedule(testGraph('three'));
		await vi.advanceTimersByTimeAsync(299);
		expect(save).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(save).toHaveBeenCalledOnce();
		expect((await store.load('a'))?.graph.title).toBe('three');
		expect(autosave.unsaved()).toBeUndefined();
	});

	it('still saves every maxWaitMs during a long burst (a drag)', async () => {
		const store = createMemoryStore();
		const save = vi.spyOn(store, 'save');
		const autosave = createAutosave({ store, id: 'a', delayMs: 300, maxWaitMs: 1000 });
		for (let frame = 0; frame < 60; frame++) {
			autosave.schedule(testGraph(`frame ${frame}`));
			await vi.advanceTimersByTimeAsync(50);
		}
		// Three seconds of changes every 50 ms: a save each second, none waiting for the end.
		expect(save).toHaveBeenCalledTimes(3);
	});

	it('tells onSaved what was saved', async () => {
		const onSaved = vi.fn();
		const autosave = createAutosave({ store: createMemoryStore(), id: 'a', onSaved });
		autosave.schedule(testGraph('Saved'));
		await vi.advanceTimersByTimeAsync(300);
		expect(onSaved).toHaveBeenCalledWith(
			expect.objectContaining({ id: 'a', title: 'Saved' }),
			true
		);
	});

	it('saves over the version it was opened at, and takes in what another tab saved since', async () => {
		const store = createMemoryStore();
		await store.save('a', testGraph());
		const opened = { graph: testGraph(), revision: 1 };
		const withActor = (graph: GraphFile, name: string): GraphFile => ({
			...graph,
			actors: [...graph.actors, { id: name.toLowerCase(), name, kind: 'state' }]
		});
		const onMerged = vi.fn();
		const onSaved = vi.fn();
		const first = createAutosave({ store, id: 'a', base: opened });
		const second = createAutosave({ store, id: 'a', base: opened, onMerged, onSaved });
		first.schedule(withActor(testGraph(), 'Alphaland'));
		await first.flush();
		const mine = withActor(testGraph(), 'Betaland');
		second.schedule(mine);
		await second.flush();
		const names = (await store.load('a'))!.graph.actors.map((actor) => actor.name);
		expect(names).toEqual(expect.arrayContaining(['Alphaland', 'Betaland']));
		expect(onMerged).toHaveBeenCalledWith(
			expect.objectContaining({
				mine,
				base: opened.graph,
				saved: expect.objectContaining({ revision: 3 })
			})
		);
		// Told again, the first tab only learns what is stored: nothing is written.
		const learnt = vi.fn();
		const alpha = withActor(testGraph(), 'Alphaland');
		const again = createAutosave({
			store,
			id: 'a',
			base: { graph: alpha, revision: 2 },
			current: () => alpha,
			onSaved: learnt
		});
		await again.sync();
		expect(learnt).toHaveBeenCalledWith(expect.anything(), false);
		expect((await store.load('a'))!.revision).toBe(3);
	});

	it('saves the graph as it is when the save starts, not as it was when scheduled', async () => {
		const store = createMemoryStore();
		let now = testGraph('Scheduled');
		const autosave = createAutosave({
			store,
			id: 'a',
			base: { graph: testGraph(), revision: 0 },
			current: () => now
		});
		autosave.schedule(now);
		now = testGraph('Brought up to another tab');
		await autosave.flush();
		expect((await store.load('a'))?.graph.title).toBe('Brought up to another tab');
	});

	it('flush saves at once and resolves when the save is done', async () => {
		const store = createMemoryStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('Now'));
		await autosave.flush();
		expect((await store.load('a'))?.graph.title).toBe('Now');
		// The timer was cancelled: nothing is saved a second time.
		const save = vi.spyOn(store, 'save');
		await vi.advanceTimersByTimeAsync(1000);
		expect(save).not.toHaveBeenCalled();
	});

	it('flush starts the save within the calling event (pagehide), not later', () => {
		const { store, saves } = slowStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('Leaving'));
		void autosave.flush();
		expect(saves.map((save) => save.title)).toEqual(['Leaving']);
	});

	it('never runs two saves at once; changes made meanwhile are saved after', async () => {
		const { store, saves, mostAtOnce } = slowStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('one'));
		await vi.advanceTimersByTimeAsync(300);
		expect(saves.map((save) => save.title)).toEqual(['one']);
		autosave.schedule(testGraph('two'));
		autosave.schedule(testGraph('three'));
		await vi.advanceTimersByTimeAsync(300);
		const flushed = autosave.flush();
		// "one" is still running: the next save waits for it.
		expect(saves).toHaveLength(1);
		saves[0].finish();
		await vi.advanceTimersByTimeAsync(0);
		expect(saves.map((save) => save.title)).toEqual(['one', 'three']);
		saves[1].finish();
		await flushed;
		expect(mostAtOnce()).toBe(1);
	});

	it('when the page is left, saves the latest change at once, even while a save runs', async () => {
		const { store, saves } = slowStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('dragging'));
		await vi.advanceTimersByTimeAsync(300);
		autosave.schedule(testGraph('dropped'));
		// A reload now: the save of "dropped" must begin inside this event, not after "dragging" ends.
		const left = autosave.leaving();
		expect(saves.map((save) => save.title)).toEqual(['dragging', 'dropped']);
		// The older save failing does not bring its graph back over the newer one.
		saves[0].fail(new Error('disk'));
		saves[1].finish();
		await left;
		await autosave.flush();
		expect(autosave.unsaved()).toBeUndefined();
		expect(saves).toHaveLength(2);
	});

	it('when the page is left during its own save, queues the last save over it: no conflict, no merge', async () => {
		const store = createMemoryStore();
		await store.save('a', testGraph('opened'));
		const opened = await store.load('a');
		// As IndexedDB does: one tab's writes run one after the other; the first is held.
		const real = store.saveOver.bind(store);
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let chain: Promise<unknown> = held;
		const bases: number[] = [];
		store.saveOver = (id, graph, base) => {
			bases.push(base.revision);
			const run = chain.then(() => real(id, graph, base));
			chain = run.catch(() => undefined);
			return run;
		};
		const onMerged = vi.fn();
		const autosave = createAutosave({
			store,
			id: 'a',
			base: { graph: opened!.graph, revision: opened!.revision ?? 0 },
			onMerged
		});
		autosave.schedule(testGraph('dragging'));
		await vi.advanceTimersByTimeAsync(300);
		autosave.schedule(testGraph('dropped'));
		const left = autosave.leaving();
		const first = opened!.revision ?? 0;
		expect(bases).toEqual([first, first + 1]);
		release();
		await left;
		expect(onMerged).not.toHaveBeenCalled();
		const stored = await store.load('a');
		expect(stored?.graph.title).toBe('dropped');
		expect(stored?.revision).toBe(first + 2);
	});

	it('tells what the library may not have yet: the latest graph, the revision known saved and the one under way', async () => {
		const store = createMemoryStore();
		await store.save('a', testGraph('opened'));
		const opened = await store.load('a');
		const first = opened!.revision ?? 0;
		let release!: () => void;
		const real = store.saveOver.bind(store);
		store.saveOver = (id, graph, base) =>
			new Promise<void>((resolve) => (release = resolve)).then(() => real(id, graph, base));
		const autosave = createAutosave({
			store,
			id: 'a',
			base: { graph: opened!.graph, revision: first }
		});
		expect(autosave.pending()).toBeUndefined();
		autosave.schedule(testGraph('waiting'));
		expect(autosave.pending()).toMatchObject({ from: first, over: first });
		await vi.advanceTimersByTimeAsync(300);
		// Saving, and a newer change made meanwhile: that one is the latest.
		autosave.schedule(testGraph('newer'));
		expect(autosave.pending()).toMatchObject({
			graph: { title: 'newer' },
			from: first,
			over: first + 1
		});
		release();
		const flushed = autosave.flush();
		await vi.advanceTimersByTimeAsync(0);
		release();
		await flushed;
		expect(autosave.pending()).toBeUndefined();
		expect((await store.load('a'))?.graph.title).toBe('newer');
	});

	it('when the page is left with no save running, saves as a flush does', async () => {
		const store = createMemoryStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('Last'));
		await autosave.leaving();
		expect((await store.load('a'))?.graph.title).toBe('Last');
	});

	it('keeps a graph that failed to save, reports it, and saves it on the next try', async () => {
		const { store, saves } = slowStore();
		const onProblem = vi.fn();
		const autosave = createAutosave({ store, id: 'a', onProblem });
		autosave.schedule(testGraph('Unsaved'));
		const flushed = autosave.flush();
		saves[0].fail(new DOMException('full', 'QuotaExceededError'));
		await flushed;
		const [problem, unsaved] = onProblem.mock.calls[0];
		expect(problem).toBeInstanceOf(StorageProblem);
		expect(problem.reason).toBe('quota');
		expect(unsaved.title).toBe('Unsaved');
		expect(autosave.unsaved()?.title).toBe('Unsaved');

		const retried = autosave.flush();
		expect(saves[1].title).toBe('Unsaved');
		saves[1].finish();
		await retried;
		expect(autosave.unsaved()).toBeUndefined();
	});

	it('after a failure, keeps the newer change made during the save', async () => {
		const { store, saves } = slowStore();
		const onProblem = vi.fn();
		const autosave = createAutosave({ store, id: 'a', onProblem });
		autosave.schedule(testGraph('old'));
		const flushed = autosave.flush();
		autosave.schedule(testGraph('newer'));
		saves[0].fail(new Error('disk'));
		await flushed;
		expect(onProblem.mock.calls[0][1].title).toBe('newer');
		expect(autosave.unsaved()?.title).toBe('newer');
	});

	it('dispose saves what waits, then ignores later changes', async () => {
		const store = createMemoryStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('Last'));
		await autosave.dispose();
		autosave.schedule(testGraph('Ignored'));
		await vi.advanceTimersByTimeAsync(1000);
		expect((await store.load('a'))?.graph.title).toBe('Last');
	});

	it('cancel drops what waits and resolves after a running save, so a delete stays deleted', async () => {
		const { store, saves } = slowStore();
		const autosave = createAutosave({ store, id: 'a' });
		autosave.schedule(testGraph('running'));
		void autosave.flush();
		autosave.schedule(testGraph('waiting'));
		let cancelled = false;
		void autosave.cancel().then(() => (cancelled = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(cancelled).toBe(false);
		saves[0].finish();
		await vi.advanceTimersByTimeAsync(1000);
		expect(cancelled).toBe(true);
		expect(saves.map((save) => save.title)).toEqual(['running']);
		expect(autosave.unsaved()).toBeUndefined();
	});

	it('a throwing onSaved fails its flush but not later saves', async () => {
		const store = createMemoryStore();
		const autosave = createAutosave({
			store,
			id: 'a',
			onSaved: () => {
				throw new Error('callback');
			}
		});
		autosave.schedule(testGraph('one'));
		await expect(autosave.flush()).rejects.toThrow('callback');
		autosave.schedule(testGraph('two'));
		await expect(autosave.flush()).rejects.toThrow('callback');
		expect((await store.load('a'))?.graph.title).toBe('two');
	});
});
