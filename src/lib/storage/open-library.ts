import type { GraphFile } from '$lib/model/schema';
import type { GraphStore, StorageProblem } from './graph-store';
import { openIndexedDbStore } from './indexeddb-store';
import { ensureExample } from './library';
import { createMemoryStore } from './memory-store';
import { storageProblemOf } from './storage-problem';

/** What the library says when graphs live only in this tab's memory. */
export const KEPT_IN_TAB_NOTE =
	'Graphs are kept only until this tab is closed. Download a graph to keep it.';

/** What the library says when the browser agreed to keep it (persistent storage). */
export const KEPT_NOTE =
	'This browser has agreed to keep your library: it will not clear it to free space.';

/** What the library says when the browser may clear it to free space. */
export const MAY_BE_CLEARED_NOTE =
	'This browser has not agreed to keep your library for good: it may clear it when space runs low. Download the graphs you cannot lose (Export → Graph file).';

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

/**
 * Asks the browser to keep the library for good (persistent storage), once:
 * what it answered, in words, or nothing where the browser cannot say.
 * Browsers decide by their own rules (an installed or bookmarked site, one
 * visited often); a library that may be cleared is said to be.
 */
export async function keepingNote(
	storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage
): Promise<string | undefined> {
	if (typeof storage?.persist !== 'function') return undefined;
	try {
		const kept = (await storage.persisted()) || (await storage.persist());
		return kept ? KEPT_NOTE : MAY_BE_CLEARED_NOTE;
	} catch {
		return undefined;
	}
}
