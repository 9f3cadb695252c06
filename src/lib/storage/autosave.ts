import type { GraphFile } from '$lib/model/schema';
import type { GraphStore, GraphSummary, StorageProblem } from './graph-store';
import { storageProblemOf } from './storage-problem';

export interface AutosaveOptions {
	store: GraphStore;
	/** The library id the graph is saved under. */
	id: string;
	/** A change is saved at most this long after the last one. */
	delayMs?: number;
	/** During a long burst of changes (a drag), a save still comes at least this often. */
	maxWaitMs?: number;
	onSaved?: (summary: GraphSummary) => void;
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
	onProblem
}: AutosaveOptions): Autosave {
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

	async function saveWaiting(): Promise<void> {
		const graph = waiting;
		if (!graph) return;
		const mine = ++taken;
		waiting = undefined;
		firstChange = undefined;
		let summary: GraphSummary;
		try {
			summary = await store.save(id, graph);
		} catch (error) {
			// A newer change made during the save wins; otherwise this graph waits for the next try.
			if (mine === taken) waiting ??= graph;
			onProblem?.(storageProblemOf(error), waiting ?? graph);
			return;
		}
		onSaved?.(summary);
	}

	function flush(): Promise<void> {
		stopTimer();
		inFlight++;
		// Idle, the save starts now, inside the caller's event (pagehide); else after the running one.
		const run = (inFlight === 1 ? saveWaiting() : queue.then(saveWaiting)).finally(
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
			const run = saveWaiting().finally(() => inFlight--);
			queue = Promise.all([queue, run.catch(() => {})]).then(() => {});
			return run;
		},
		unsaved: () => waiting,
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
