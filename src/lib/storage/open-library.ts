import type { Workspace } from '$lib/state/workspace.svelte';
import type { GraphFile } from '$lib/model/schema';
import type { GraphStore, StorageProblem } from './graph-store';
import { openIndexedDbStore } from './indexeddb-store';
import { ensureExample } from './library';
import { createMemoryStore } from './memory-store';
import { keepingNote } from './persistent-storage';
import { storageProblemOf } from './storage-problem';

/** What the library says when graphs live only in this tab's memory. */
export const KEPT_IN_TAB_NOTE =
	'Graphs are kept only until this tab is closed. Download a graph to keep it.';

export interface OpenedLibrary {
	store: GraphStore;
	/** How long graphs are kept (for good, until space runs low, until the tab closes): shown in the library. */
	note?: string;
	/** What went wrong while opening, to tell the analyst once. */
	problem?: StorageProblem;
}

/**
 * The analyst's library, with the example in it: the browser's database, or
 * where the browser gives Ties none, a library in memory. Never rejects.
 */
export async function openLibrary(
	example: GraphFile,
	open: () => Promise<GraphStore> = () => openIndexedDbStore()
): Promise<OpenedLibrary> {
	const opened: OpenedLibrary = { store: createMemoryStore() };
	try {
		opened.store = await open();
		opened.note = await keepingNote();
	} catch (error) {
		opened.problem = storageProblemOf(error, true);
		opened.note = KEPT_IN_TAB_NOTE;
	}
	try {
		await ensureExample(opened.store, example);
	} catch (error) {
		opened.problem ??= storageProblemOf(error);
	}
	return opened;
}

/** Joins again the team this browser joined, if any: the team's code loads only then. */
export async function rejoinKeptTeam(workspace: Workspace): Promise<void> {
	if (globalThis.localStorage?.getItem('ties-team'))
		await (await import('$lib/state/team-workspace')).rejoinTeam(workspace);
}
