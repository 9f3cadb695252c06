import type { GraphFile } from '$lib/model/schema';
import type { GraphStore } from './graph-store';
import { sameValue } from './merge-graphs';
import { revisionOf } from './save-over';

/**
 * The edit a page had not yet seen saved when it was left: its latest graph,
 * `from` the last revision it knew the library held and `over` the one its
 * save under way would leave.
 */
export interface LeftEdit {
	graph: GraphFile;
	from: number;
	over: number;
}

const key = (id: string) => `ties-left-edit:${id}`;

/**
 * Writes down, at once, what a page being left had not seen saved. A reload
 * tears the page down while its last save may still be on its way to the
 * database; the browser's local storage is written before the event ends, so
 * the next page can finish that save (see recoverLeftEdit). A graph too large
 * for local storage is not written down; its save goes on as before.
 */
export function keepLeftEdit(
	id: string,
	edit: LeftEdit | undefined,
	storage: Storage | undefined = globalThis.localStorage
): void {
	try {
		if (edit) storage?.setItem(key(id), JSON.stringify(edit));
		else storage?.removeItem(key(id));
	} catch {
		// Full, or refused: the save itself is still under way.
	}
}

/**
 * Finishes the save a page left unfinished, before the graph is opened: when
 * the library still holds a revision the page had saved over or was saving
 * over (`from` to `over`) and not the page's graph, the page's graph is saved
 * over it. A later revision means the save landed, or another tab saved since:
 * the note is dropped. Resolves true when the graph was saved.
 */
export async function recoverLeftEdit(
	store: GraphStore,
	id: string,
	storage: Storage | undefined = globalThis.localStorage
): Promise<boolean> {
	let edit: LeftEdit | undefined;
	try {
		const kept = storage?.getItem(key(id));
		storage?.removeItem(key(id));
		edit = kept ? (JSON.parse(kept) as LeftEdit) : undefined;
	} catch {
		return false;
	}
	if (!edit?.graph || typeof edit.from !== 'number' || typeof edit.over !== 'number') return false;
	const stored = await store.load(id).catch(() => undefined);
	if (!stored) return false;
	const revision = revisionOf(stored);
	if (revision < edit.from || revision > edit.over) return false;
	if (sameValue(stored.graph, edit.graph)) return false;
	await store.saveOver(id, edit.graph, { graph: stored.graph, revision });
	return true;
}
