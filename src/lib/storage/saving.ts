import type { GraphFile } from '$lib/model/schema';
import { createAutosave, type Autosave } from './autosave';
import { attachFlushOnHide } from './flush-on-hide';
import { keepLeftEdit } from './left-edit';
import type { GraphStore, StorageProblem, StoredGraph } from './graph-store';
import { listenToOtherTabs, notMerged, takeInSaved, type TakesIn } from './other-tabs';
import { versionOf, type GraphVersion } from './save-over';

/** A graph of the library as it was read, to save over; one saved before revisions were counted has none. */
export type OpenedVersion = Pick<StoredGraph, 'graph' | 'revision'>;

/** The page that shows the graph: what saving tells it, and where it finds the graph. */
export interface SavingHost {
	/** What went wrong with storage, shown to the analyst; cleared by a save. */
	problem: StorageProblem | undefined;
	/** The graph open, by where it is kept. */
	readonly graphRef: { kind: string; id?: string };
	/** The explorer showing the open graph. */
	readonly explorer: TakesIn | undefined;
	/** Reads the library's list again. */
	refresh(): Promise<void>;
}

export interface SavingOptions {
	store: GraphStore;
	id: string;
	/** The version the graph was opened at; none for one this tab has just written, which is read back. */
	opened?: OpenedVersion;
	host: SavingHost;
}

/**
 * Saves an open graph of the library from now on: soon after each change
 * (see createAutosave), when the page is hidden (attachFlushOnHide), and in
 * step with the other tabs of this browser: each save is made over the
 * version this tab last saw and keeps what they saved since, which is taken
 * into the page at once (takeInSaved); each save is told to them, and a tab
 * told so saves over its version too, taking the changes in within moments.
 * `stop` ends all but the autosave, which the caller disposes of. Undefined
 * when the page no longer shows the graph.
 */
export async function startSaving(
	options: SavingOptions
): Promise<{ autosave: Autosave; stop: () => void } | undefined> {
	const { store, id, opened, host } = options;
	/** The explorer, while it still shows this graph. */
	const explorer = () =>
		host.graphRef.kind === 'library' && host.graphRef.id === id ? host.explorer : undefined;
	const current = () => explorer()?.document.graph;
	const base = opened ? versionOf(opened) : await storedVersion(store, id, current());
	// Another graph was opened meanwhile: it has saving of its own.
	if (!explorer()) return undefined;
	const autosave: Autosave = createAutosave({
		store,
		id,
		base,
		current,
		onSaved: (_, written) => {
			if (written) tabs?.told(id);
			// Once nothing more is on its way, the note of a left edit (a tab switched) is done with.
			setTimeout(() => {
				if (!autosave.pending()) keepLeftEdit(id, undefined);
			});
			host.problem = undefined;
			void host.refresh();
		},
		onMerged: (change) => {
			const shown = explorer();
			if (!shown) return;
			const unsaved = takeInSaved(shown, change);
			if (unsaved) autosave.schedule(unsaved);
			if (change.saved.replaced) host.problem = notMerged();
		},
		onProblem: (problem) => (host.problem = problem)
	});
	// Another tab saved a graph: this one is saved over the version seen here, which takes the
	// changes in (writing nothing if this tab has none of its own); any other is listed anew.
	const tabs = listenToOtherTabs((saved) => {
		if (saved === id) void autosave.sync();
		else void host.refresh();
	});
	const detach = attachFlushOnHide({
		leaving: () => {
			keepLeftEdit(id, autosave.pending());
			return autosave.leaving();
		}
	});
	return {
		autosave,
		stop: () => {
			detach();
			tabs?.close();
		}
	};
}

/** The version of a graph this tab has just written, read back; for a graph not stored yet, `graph` (if any) at revision 0. */
async function storedVersion(
	store: GraphStore,
	id: string,
	graph: GraphFile | undefined
): Promise<GraphVersion | undefined> {
	const stored = await store.load(id).catch(() => undefined);
	if (stored) return versionOf(stored);
	return graph && { graph, revision: 0 };
}
