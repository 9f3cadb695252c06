import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { GraphFile } from '$lib/model/schema';
import { StorageProblem, type GraphStore, type SaveOptions, type StoredGraph } from './graph-store';
import {
	keepVersion,
	WorkingSession,
	type KeptVersion,
	type VersionReason,
	type VersionShelf,
	type VersionSummary
} from './graph-versions';
import { libraryOrder, summarize } from './graph-summary';
import { revisionOf, saveOver, type GraphVersion, type SavedGraph } from './save-over';
import { BLOCKED_MESSAGE, storageProblemOf } from './storage-problem';

interface LibrarySchema extends DBSchema {
	graphs: { key: string; value: StoredGraph };
	/** Earlier versions of the graphs, listed without their graphs. */
	versions: { key: number; value: VersionSummary; indexes: { graphId: string } };
	/** The graph of each version, under the version's key. */
	versionGraphs: { key: number; value: GraphFile };
}
type Library = IDBPDatabase<LibrarySchema>;
type VersionStores = ('versions' | 'versionGraphs')[];
type Writing = IDBPTransaction<LibrarySchema, VersionStores, 'readwrite'>;
const VERSIONS: VersionStores = ['versions', 'versionGraphs'];

/** 1: graphs; 2: their versions. */
const VERSION = 2;
/** How long to wait for other tabs to let go of an older database before saying so. */
const BLOCKED_WAIT_MS = 3000;

/**
 * The analyst's library in the browser's own database (IndexedDB): an object
 * store of graphs, each `{ summary, graph, revision }`, keyed by the
 * summary's id, and the graphs' earlier versions, each kept in a
 * transaction right after the save over it (see keepVersion).
 * Rejects with a StorageProblem (reason `unavailable`) when this browser gives
 * Ties no database, so the caller can fall back to a memory store.
 */
export async function openIndexedDbStore(
	name = 'ties',
	options: { now?: () => Date } = {}
): Promise<GraphStore> {
	const now = options.now ?? (() => new Date());
	const session = new WorkingSession();
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
		save: async (id: string, graph: GraphFile, saveOptions: SaveOptions = {}) =>
			(await put(id, graph, saveOptions.example, undefined, saveOptions.keep))!.summary,
		saveOver: (id: string, graph: GraphFile, base: GraphVersion) =>
			saveOver(
				graph,
				base,
				() => use((db) => db.get('graphs', id)),
				(next, over, keep) => put(id, next, undefined, over, keep)
			),
		remove: (id: string) =>
			use(async (db) => {
				await db.delete('graphs', id);
				await onShelf(db, async (shelf) => {
					for (const version of await shelf.list(id)) await shelf.drop(version.key);
				});
			}),
		keepCurrent: (id: string, reason: VersionReason) =>
			use(async (db) => {
				const existing = await db.get('graphs', id);
				const at = now();
				if (!existing) return;
				if (await onShelf(db, (shelf) => keepVersion(shelf, existing, at, reason))) {
					session.kept(id, at);
				}
			}),
		versions: (id: string) =>
			use(async (db) => (await db.getAllFromIndex('versions', 'graphId', id)).reverse()),
		loadVersion: (key: number) => use((db) => db.get('versionGraphs', key)),
		addVersions: (id: string, kept: readonly KeptVersion[]) =>
			use((db) =>
				onShelf(db, async (shelf) => {
					for (const { graph, ...summary } of kept) {
						await shelf.add({ ...summary, graphId: id }, graph);
					}
				})
			)
	};

	/**
	 * Stores a graph as the next revision, in one transaction; with `over`, only
	 * if the stored revision is still that one (else undefined: another tab saved first).
	 */
	function put(
		id: string,
		graph: GraphFile,
		example?: boolean,
		over?: number,
		keep?: VersionReason
	): Promise<SavedGraph | undefined> {
		const reason = session.reasonFor(id, keep);
		const saved = use(async (db) => {
			const tx = db.transaction('graphs', 'readwrite');
			const graphs = tx.store;
			// Awaited below; caught here so an abort is not also reported as unhandled.
			const done = tx.done.catch(() => {});
			try {
				const existing = await graphs.get(id);
				if (over !== undefined && revisionOf(existing) !== over) {
					await tx.done;
					return undefined;
				}
				const at = now();
				const summary = summarize(id, graph, at, example ?? existing?.summary.example ?? false);
				const revision = revisionOf(existing) + 1;
				await graphs.put({ summary, graph, revision });
				await tx.done;
				const since = session.saved(id, at);
				return { saved: { summary, graph, revision, written: true }, existing, at, since };
			} catch (error) {
				// A full quota aborts the transaction; its error says why, the request's only "aborted".
				const cause = tx.error ?? error;
				abortQuietly(tx);
				await done;
				throw storageProblemOf(cause);
			}
		});
		return saved.then(async (result) => {
			if (!result) return undefined;
			const { existing, at, since } = result;
			// Most saves keep nothing, and do not read the versions to know it.
			if (existing && (reason || session.hourOn(id, at))) {
				// Its own transaction, after the save: a page closed at once (a reload) keeps the edit,
				// which a longer transaction would risk; what it may lose is this one version.
				await use((db) =>
					onShelf(db, (shelf) => keepVersion(shelf, existing, at, reason, since, graph))
				).then(
					(kept) => kept && session.kept(id, at),
					() => {
						// The edit is saved; a version that could not be kept is let go.
					}
				);
			}
			return result.saved;
		});
	}
}

/** Works on the versions of the library in one transaction, done when the work is. */
async function onShelf<T>(db: Library, work: (shelf: VersionShelf) => Promise<T>): Promise<T> {
	const tx = db.transaction(VERSIONS, 'readwrite');
	const result = await work(shelfOf(tx));
	await tx.done;
	return result;
}

/** The versions of the library, within a transaction. */
function shelfOf(tx: Writing): VersionShelf {
	const versions = tx.objectStore('versions');
	const graphs = tx.objectStore('versionGraphs');
	return {
		list: (graphId) => versions.index('graphId').getAll(graphId),
		graph: (key) => graphs.get(key),
		async add(version, graph) {
			// The database gives the key, and writes it into the summary it stores.
			const key = await versions.add(version as VersionSummary);
			await graphs.put(graph, key);
		},
		async drop(key) {
			await versions.delete(key);
			await graphs.delete(key);
		}
	};
}

function open(name: string, onClosed: () => void): Promise<Library> {
	return new Promise((resolve, reject) => {
		let blockedTimer: ReturnType<typeof setTimeout> | undefined;
		let gaveUp = false;
		let opening: Promise<Library>;
		try {
			if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
			opening = openDB<LibrarySchema>(name, VERSION, {
				upgrade(db, oldVersion) {
					if (oldVersion < 1) db.createObjectStore('graphs', { keyPath: 'summary.id' });
					if (oldVersion < 2) {
						db.createObjectStore('versions', { keyPath: 'key', autoIncrement: true }).createIndex(
							'graphId',
							'graphId'
						);
						db.createObjectStore('versionGraphs');
					}
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
