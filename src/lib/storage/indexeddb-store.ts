import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { GraphFile } from '$lib/model/schema';
import { StorageProblem, type GraphStore, type StoredGraph } from './graph-store';
import { libraryOrder, summarize } from './graph-summary';
import { revisionOf, saveOver, type GraphVersion, type SavedGraph } from './save-over';
import { BLOCKED_MESSAGE, storageProblemOf } from './storage-problem';

interface LibrarySchema extends DBSchema {
	graphs: { key: string; value: StoredGraph };
}
type Library = IDBPDatabase<LibrarySchema>;

const VERSION = 1;
/** How long to wait for other tabs to let go of an older database before saying so. */
const BLOCKED_WAIT_MS = 3000;

/**
 * The analyst's library in the browser's own database (IndexedDB): one object
 * store of graphs, each `{ summary, graph }`, keyed by the summary's id.
 * Rejects with a StorageProblem (reason `unavailable`) when this browser gives
 * Ties no database, so the caller can fall back to a memory store.
 */
export async function openIndexedDbStore(
	name = 'ties',
	options: { now?: () => Date } = {}
): Promise<GraphStore> {
	const now = options.now ?? (() => new Date());
	let connection: Promise<Library> | undefined;

	/** The open database; opened again after another tab or the browser closed it. */
	function connect(): Promise<Library> {
		connection ??= open(name, () => (connection = undefined)).catch((error: unknown) => {
			connection = undefined;
			throw error;
		});
		return connection;
	}

	async function use<T>(work: (db: Library) => Promise<T>): Promise<T> {
		const db = await connect();
		try {
			return await work(db);
		} catch (error) {
			throw storageProblemOf(error);
		}
	}

	await connect();
	return {
		list: () =>
			use(async (db) => {
				const stored = await db.getAll('graphs');
				return stored.map((each) => each.summary).sort(libraryOrder);
			}),
		load: (id: string) => use((db) => db.get('graphs', id)),
		save: async (id: string, graph: GraphFile, saveOptions: { example?: boolean } = {}) =>
			(await put(id, graph, saveOptions.example))!.summary,
		saveOver: (id: string, graph: GraphFile, base: GraphVersion) =>
			saveOver(
				graph,
				base,
				() => use((db) => db.get('graphs', id)),
				(next, over) => put(id, next, undefined, over)
			),
		remove: (id: string) => use((db) => db.delete('graphs', id))
	};

	/**
	 * Stores a graph as the next revision, in one transaction; with `over`, only
	 * if the stored revision is still that one (else undefined: another tab saved first).
	 */
	function put(
		id: string,
		graph: GraphFile,
		example?: boolean,
		over?: number
	): Promise<SavedGraph | undefined> {
		return use(async (db) => {
			const tx = db.transaction('graphs', 'readwrite');
			// Awaited below; caught here so an abort is not also reported as unhandled.
			const done = tx.done.catch(() => {});
			try {
				const existing = await tx.store.get(id);
				if (over !== undefined && revisionOf(existing) !== over) {
					await tx.done;
					return undefined;
				}
				const summary = summarize(id, graph, now(), example ?? existing?.summary.example ?? false);
				const revision = revisionOf(existing) + 1;
				await tx.store.put({ summary, graph, revision });
				await tx.done;
				return { summary, graph, revision, written: true };
			} catch (error) {
				// A full quota aborts the transaction; its error says why, the request's only "aborted".
				const cause = tx.error ?? error;
				abortQuietly(tx);
				await done;
				throw storageProblemOf(cause);
			}
		});
	}
}

function open(name: string, onClosed: () => void): Promise<Library> {
	return new Promise((resolve, reject) => {
		let blockedTimer: ReturnType<typeof setTimeout> | undefined;
		let gaveUp = false;
		let opening: Promise<Library>;
		try {
			if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
			opening = openDB<LibrarySchema>(name, VERSION, {
				upgrade(db) {
					db.createObjectStore('graphs', { keyPath: 'summary.id' });
				},
				blocked() {
					blockedTimer ??= setTimeout(() => {
						gaveUp = true;
						reject(new StorageProblem(BLOCKED_MESSAGE, 'unavailable'));
					}, BLOCKED_WAIT_MS);
				},
				// A newer Ties in another tab needs the database: let go of it at once.
				blocking() {
					opening.then((db) => db.close());
					onClosed();
				},
				// The browser closed it (storage cleared, disk trouble): open again on next use.
				terminated: onClosed
			});
		} catch (error) {
			// Firefox and Safari throw at once where storage is off or the page is sandboxed.
			reject(storageProblemOf(error, true));
			return;
		}
		opening.then(
			(db) => {
				clearTimeout(blockedTimer);
				if (gaveUp) db.close();
				else resolve(db);
			},
			(error: unknown) => {
				clearTimeout(blockedTimer);
				reject(storageProblemOf(error, true));
			}
		);
	});
}

function abortQuietly(tx: { abort(): void }): void {
	try {
		tx.abort();
	} catch {
		// Already finished or aborted.
	}
}
