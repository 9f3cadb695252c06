import type { GraphFile } from '$lib/model/schema';
import type { GraphStore, GraphSummary, StorageProblem } from './graph-store';
import type { GraphVersion, MergedSave } from './save-over';
import { storageProblemOf } from './storage-problem';

export interface AutosaveOptions {
	store: GraphStore;
	/** The library id the graph is saved under. */
	id: string;
	/** A change is saved at most this long after the last one. */
	delayMs?: number;
	/** During a long burst of changes (a drag), a save still comes at least this often. */
	maxWaitMs?: number;
	/** A save ended; `written` is false when it only learnt what another tab had saved. */
	onSaved?: (summary: GraphSummary, written: boolean) => void;
	/**
	 * The graph as it is now, read when a save starts: given, a save always
	 * writes the latest graph, with whatever another tab's changes brought in
	 * since it was scheduled, never an older one.
	 */
	current?: () => GraphFile | undefined;
	/**
	 * The version the graph was opened at. Given, each save is made over the
	 * last version this tab saw and merged with what other tabs saved since.
	 */
	base?: GraphVersion;
	/**
	 * Another tab had saved the graph: `saved` is the merged graph now in the
	 * library, `theirs` what the other tab saved over `base`, and `mine` the
	 * graph this tab asked to save. The page takes their changes in.
	 */
	onMerged?: (change: MergedSave) => void;
	/** Storage failed; `unsaved` is the graph that is not saved, kept for the next try. */
	onProblem?: (problem: StorageProblem, unsaved: GraphFile) => void;
}

export interface Autosave {
	/** The graph changed: save it soon. Only the latest graph is saved. */
	schedule(graph: GraphFile): void;
	/** Saves what is waiting now; resolves when no save is running (failures go to onProblem). */
	flush(): Promise<void>;
	/**
	 * The page is being left: starts saving what is waiting at once, inside the
	 * calling event, even while another save runs (the store keeps their order),
	 * for a save queued behind a running one would start after the page is gone.
	 */
	leaving(): Promise<void>;
	/** The latest graph not yet saved (waiting, or after a failure), if any. */
	unsaved(): GraphFile | undefined;
	/**
	 * What this page has that the library may not yet: the latest graph while a
	 * change waits or a save runs, with the last revision known saved (`from`)
	 * and the one the running save would leave (`over`).
	 */
	pending(): { graph: GraphFile; from: number; over: number } | undefined;
	/**
	 * Another tab saved the graph: saves the current graph (the `current`
	 * option) at once over the last version this tab saw, which takes in the
	 * other tab's changes (onMerged) and writes nothing when this tab has none
	 * of its own.
	 */
	sync(): Promise<void>;
	/** Saves what is waiting, then stops: later changes are ignored. */
	dispose(): Promise<void>;
	/** Stops without saving what is waiting; resolves once a running save has ended (before deleting the graph). */
	cancel(): Promise<void>;
}

/**
 * Saves a graph to the library shortly after each change: bursts of changes
 * become one save of the latest graph, and saves of one id never overlap.
 * A failed save keeps the graph for the next try and for a download.
 */
export function createAutosave({
	store,
	id,
	delayMs = 300,
	maxWaitMs = 2000,
	onSaved,
	onProblem,
	current,
	base,
	onMerged
}: AutosaveOptions): Autosave {
	/** A save was asked for to learn what other tabs saved, with or without changes here. */
	let syncWanted = false;
	/** The last version of the graph this tab saw in the library. */
	let seen = base;
	/**
	 * The version the save under way will leave, if it meets no other tab's: a
	 * save begun while it runs (the page being left) is made over it, so that
	 * it is one write queued behind the other, not a conflict with this tab's
	 * own save that would need a read and a merge the closing page has no time for.
	 */
	let writing: GraphVersion | undefined;
	let waiting: GraphFile | undefined;
	/** When the oldest change not yet saved was made. */
	let firstChange: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** The saves asked for and not yet finished; they run one after another on `queue`. */
	let inFlight = 0;
	let queue: Promise<void> = Promise.resolve();
	let stopped = false;
	/** How many saves have taken a graph: a failed save gives its graph back only if none took a newer one. */
	let taken = 0;

	function stopTimer() {
		clearTimeout(timer);
		timer = undefined;
	}

	async function saveWaiting(over?: GraphVersion): Promise<void> {
		const latest = current?.();
		const syncing = syncWanted && latest !== undefined;
		syncWanted = false;
		const graph = latest ?? waiting;
		if (!graph || (!waiting && !syncing)) return;
		const mine = ++taken;
		waiting = undefined;
		firstChange = undefined;
		const from = over ?? seen;
		// Nothing new since the last save (another tab's changes, taken in, were the change).
		if (from && graph === from.graph && !syncing) return;
		let summary: GraphSummary;
		let written = true;
		try {
			if (from) {
				const leaves = { graph, revision: from.revision + 1 };
				writing = leaves;
				const saved = await store.saveOver(id, graph, from).finally(() => {
					if (writing === leaves) writing = undefined;
				});
				seen = { graph: saved.graph, revision: saved.revision };
				summary = saved.summary;
				written = saved.written;
				if (saved.theirs)
					onMerged?.({ saved, theirs: saved.theirs, base: from.graph, mine: graph });
			} else summary = await store.save(id, graph);
		} catch (error) {
			// A newer change made during the save wins; otherwise this graph waits for the next try.
			if (mine === taken) waiting ??= graph;
			onProblem?.(storageProblemOf(error), waiting ?? graph);
			return;
		}
		onSaved?.(summary, written);
	}

	function flush(): Promise<void> {
		stopTimer();
		inFlight++;
		// Idle, the save starts now, inside the caller's event (pagehide); else after the running one.
		const run = (inFlight === 1 ? saveWaiting() : queue.then(() => saveWaiting())).finally(
			() => inFlight--
		);
		// A throwing callback fails this flush, not every later save.
		queue = run.catch(() => {});
		return run;
	}

	return {
		schedule(graph) {
			if (stopped) return;
			waiting = graph;
			const now = Date.now();
			firstChange ??= now;
			stopTimer();
			const due = Math.min(now + delayMs, firstChange + maxWaitMs);
			timer = setTimeout(flush, Math.max(0, due - now));
		},
		flush,
		leaving() {
			stopTimer();
			if (inFlight === 0 || !waiting) return flush();
			inFlight++;
			const run = saveWaiting(writing).finally(() => inFlight--);
			queue = Promise.all([queue, run.catch(() => {})]).then(() => {});
			return run;
		},
		unsaved: () => waiting,
		pending() {
			if (!waiting && inFlight === 0) return undefined;
			const graph = current?.() ?? waiting;
			if (!graph || !seen) return undefined;
			return { graph, from: seen.revision, over: (writing ?? seen).revision };
		},
		sync() {
			if (stopped) return Promise.resolve();
			syncWanted = true;
			return flush();
		},
		dispose() {
			stopped = true;
			return flush();
		},
		cancel() {
			stopped = true;
			stopTimer();
			waiting = undefined;
			return queue;
		}
	};
}
