import type { GraphFile } from '$lib/model/schema';
import type { History } from '$lib/state/history';
import { StorageProblem } from './graph-store';
import { sameValue, theirChanges } from './merge-graphs';
import type { MergedSave } from './save-over';

/** The other tabs of this browser with Ties open: each tells which graph it saved. */
export interface OtherTabs {
	/** Tells them this tab saved the graph `id`. */
	told(id: string): void;
	close(): void;
}

/**
 * Listens to the other tabs of this browser (a BroadcastChannel): `heard` is
 * given the id of each graph another tab saved. Undefined where the browser
 * has no such channel: each tab then learns of the others' saves when it
 * saves, and keeps their changes all the same (see saveOver).
 */
export function listenToOtherTabs(heard: (id: string) => void): OtherTabs | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	const channel = new BroadcastChannel('ties-library');
	channel.onmessage = (event: MessageEvent<{ saved?: unknown }>) => {
		const id = event.data?.saved;
		if (typeof id === 'string') heard(id);
	};
	return {
		told: (id) => channel.postMessage({ saved: id }),
		close: () => channel.close()
	};
}

/** What takeInSaved changes: an explorer's document and the layout that follows it. */
export interface TakesIn {
	document: { history: History<GraphFile>; graph: GraphFile };
	placement: { follow(): void };
}

/**
 * Brings an explorer up to a save merged with another tab's: the graph on
 * screen, its undo and redo, and any change made here since the save began,
 * without moving the camera or closing a form. To be called at once, before
 * any other save: one made from the graph as it was would undo theirs.
 * Returns the graph to save next when this tab has changes of its own left.
 */
export function takeInSaved(
	explorer: TakesIn,
	{ saved, theirs, base, mine }: MergedSave
): GraphFile | undefined {
	const { document } = explorer;
	const bringUp = theirChanges(base, theirs);
	document.history = broughtUp(document.history, (graph) =>
		graph === mine ? saved.graph : bringUp(graph)
	);
	explorer.placement.follow();
	const now = document.graph;
	return sameValue(now, saved.graph) ? undefined : now;
}

/**
 * A history with every version brought up to changes saved elsewhere by
 * `map`: the present, and each step undo and redo go to, so that they step
 * through this tab's own changes and never take the others' back. Not a
 * change of its own: nothing to undo. (The places the other tab's change gave
 * the actors come with it: a change to the structure saves them.)
 */
export function broughtUp<T>(history: History<T>, map: (version: T) => T): History<T> {
	const brought = (change: { document: T; label: string }) => ({
		...change,
		document: map(change.document)
	});
	return {
		past: history.past.map(brought),
		present: map(history.present),
		future: history.future.map(brought)
	};
}

/** Said when two tabs' changes could not make one valid graph, and this tab's replaced the other's. */
export function notMerged(): StorageProblem {
	return new StorageProblem(
		'This graph was changed in another tab in a way that could not be merged with your changes; yours were kept. Check the other tab’s work before you go on.',
		'failed'
	);
}
