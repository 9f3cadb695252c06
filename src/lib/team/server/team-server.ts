import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import { SQLite, schema as documentsSchema } from '@hocuspocus/extension-sqlite';
import * as decoding from 'lib0/decoding';
import sqlite, { type Database } from 'sqlite3';
import * as Y from 'yjs';
import { ChangeLog } from './change-log';
import { memberOf, type TeamMember } from './team-members';

/**
 * A team's server: Hocuspocus, every document stored in SQLite in `dataFolder`,
 * with the team's members and their roles. Beside the documents it keeps every
 * change as it came, with who sent it and when (the History), written before the
 * change is applied and acknowledged: a change the server has acknowledged is on
 * disk, and a server killed and started again on the same folder loads it back.
 */

export interface TeamServerOptions {
	dataFolder: string;
	members: readonly TeamMember[];
	/** 0 for any free port. */
	port?: number;
	host?: string;
	/** A change larger than this is refused and its sender disconnected. */
	largestChange?: number;
	/** A document that would grow larger than this refuses the change. */
	largestDocument?: number;
	/** Where refusals and the server's state are written; one line each. */
	log?: (line: string) => void;
	/** Documents are stored this long after their last change (ms). */
	storeAfter?: number;
	/** Redis, when several server processes serve the same documents. */
	redis?: { host: string; port: number };
}

export interface TeamServer {
	/** The address analysts join: ws://host:port */
	address: string;
	port: number;
	stop(): Promise<void>;
}

export const LARGEST_CHANGE = 2 * 1024 * 1024;
export const LARGEST_DOCUMENT = 40 * 1024 * 1024;

/** Who a connection is, once its token has been checked. */
interface Context {
	member: string;
	role: TeamMember['role'];
}

const HISTORY_SCHEMA = `CREATE TABLE IF NOT EXISTS "changes" (
	"id" INTEGER PRIMARY KEY AUTOINCREMENT,
	"document" TEXT NOT NULL,
	"member" TEXT NOT NULL,
	"at" INTEGER NOT NULL,
	"change" BLOB NOT NULL
)`;
const HISTORY_INDEX = `CREATE INDEX IF NOT EXISTS "changes_by_document" ON "changes" ("document", "id")`;

/** A refusal that closes the connection, with the reason the client is told. */
class Refusal extends Error {
	constructor(
		readonly reason: string,
		readonly code = 4403
	) {
		super(reason);
	}
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
	const log = options.log ?? ((line: string) => console.log(line));
	const largestChange = options.largestChange ?? LARGEST_CHANGE;
	const largestDocument = options.largestDocument ?? LARGEST_DOCUMENT;
	mkdirSync(options.dataFolder, { recursive: true });
	const file = join(options.dataFolder, 'documents.sqlite');
	// The history's own connection to the file, its tables (and the extension's) made before any
	// client can ask for a document: a load that failed for want of a table would start a graph empty.
	const database = await openDatabase(file);
	const run = (sql: string, parameters: unknown[] = []) =>
		new Promise<void>((resolve, reject) =>
			database.run(sql, parameters, (error: Error | null) => (error ? reject(error) : resolve()))
		);
	const all = <Row>(sql: string, parameters: unknown[]) =>
		new Promise<Row[]>((resolve, reject) =>
			database.all(sql, parameters, (error: Error | null, rows: Row[]) =>
				error ? reject(error) : resolve(rows)
			)
		);
	await run('PRAGMA journal_mode = WAL');
	// Several server processes (with Redis) may share one folder.
	await run('PRAGMA busy_timeout = 5000');
	await run(documentsSchema);
	await run(HISTORY_SCHEMA);
	await run(HISTORY_INDEX);
	const storage = new SQLite({ database: file });
	const sizes = new DocumentSizes(largestDocument);
	const changes = new ChangeLog(database);

	const history: Extension = {
		async onAuthenticate({ token, connectionConfig, documentName }) {
			const member = memberOf(options.members, token ?? '');
			if (!member) {
				log(`refused: a connection to "${documentName}" without a valid token`);
				throw new Refusal('This token is not one of the team’s.');
			}
			connectionConfig.readOnly = member.role === 'viewer';
			return { member: member.name, role: member.role } satisfies Context;
		},
		async connected({ connection, context }) {
			// Who the client is, as the team knows it: the name its changes are kept under, and its role.
			const { member, role } = context as Context;
			connection.sendStateless(JSON.stringify({ kind: 'member', name: member, role }));
		},
		async onStateless({ connection, documentName, payload }) {
			// A graph's History: every change kept, with who made it and when, oldest first.
			if (parseRequest(payload) !== 'history') return;
			const rows = await all<{ member: string; at: number; change: Buffer }>(
				'SELECT "member", "at", "change" FROM "changes" WHERE "document" = ? ORDER BY "id"',
				[documentName]
			);
			const changes = rows.map((row) => ({
				member: row.member,
				at: row.at,
				change: row.change.toString('base64')
			}));
			connection.sendStateless(JSON.stringify({ kind: 'history', changes }));
		},
		async onLoadDocument({ document, documentName }) {
			// Every change kept, applied over the stored state: Yjs applies each only once.
			const rows = await all<{ change: Buffer }>(
				'SELECT "change" FROM "changes" WHERE "document" = ? ORDER BY "id"',
				[documentName]
			);
			for (const row of rows) Y.applyUpdate(document, new Uint8Array(row.change));
			return document;
		},
		async beforeHandleMessage({ update: message, context, documentName, document, connection }) {
			const { member } = context as Context;
			if (message.byteLength > largestChange) {
				log(`refused: ${member}'s message to "${documentName}" of ${message.byteLength} bytes`);
				throw new Refusal(`A change may be at most ${largestChange} bytes.`, 4413);
			}
			const change = changeIn(message);
			if (change === undefined) return;
			if ('malformed' in change) {
				log(`refused: ${member} sent "${documentName}" a malformed change (${change.malformed})`);
				throw new Refusal('The change could not be read.', 4400);
			}
			if (connection.readOnly) {
				if (changesAnything(document, change.update))
					log(`refused: ${member} (viewer) tried to change "${documentName}"`);
				return;
			}
			if (sizes.grow(documentName, document, change.update.byteLength) > largestDocument) {
				log(`refused: ${member}'s change would make "${documentName}" larger than allowed`);
				throw new Refusal(`A graph may be at most ${largestDocument} bytes.`, 4413);
			}
			if (!changesAnything(document, change.update)) return;
			await changes.keep({ document: documentName, member, at: Date.now(), change: change.update });
		}
	};

	const extensions: Extension[] = [storage, history];
	if (options.redis) extensions.push(await sharedThrough(options.redis, log));
	const server = new Server({
		name: 'ties-team',
		port: options.port ?? 0,
		address: options.host ?? '127.0.0.1',
		quiet: true,
		debounce: options.storeAfter ?? 2000,
		maxDebounce: 10_000,
		extensions,
		stopOnSignals: false
	});
	await server.listen();
	const { port } = server.address;
	const host = options.host ?? '127.0.0.1';
	log(`Ties team server: ws://${host}:${port} (data in ${options.dataFolder})`);
	return {
		address: `ws://${host}:${port}`,
		port,
		stop: async () => {
			await server.destroy();
			await new Promise<void>((resolve) => database.close(() => resolve()));
			await new Promise<void>((resolve) =>
				storage.db ? storage.db.close(() => resolve()) : resolve()
			);
		}
	};
}

/** How long the server waits for its Redis before it gives up starting. */
const REDIS_WAIT = 10_000;

/**
 * The extension that shares documents with the other servers on one Redis, once both of its
 * connections are ready. A document subscribed to while a connection still runs its ready check
 * puts that connection in subscriber mode, the check fails, and the server would go on alone,
 * its edits never meeting the others' (ioredis sends SUBSCRIBE before it is ready).
 */
async function sharedThrough(
	redis: { host: string; port: number },
	log: (line: string) => void
): Promise<Redis> {
	const where = `${redis.host}:${redis.port}`;
	const clients: IORedis[] = [];
	const extension = new Redis({
		createClient: () => {
			const client = new IORedis(redis.port, redis.host, { lazyConnect: true });
			// Said once when the connection is lost, and once when it is back.
			let lost = false;
			client.on('error', (error: Error) => {
				if (!lost) log(`Redis at ${where}: ${error.message}`);
				lost = true;
			});
			client.on('ready', () => {
				if (lost) log(`Redis at ${where}: connected again`);
				lost = false;
			});
			clients.push(client);
			return client;
		}
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(`Redis at ${where} did not answer within ${REDIS_WAIT / 1000} s`)),
			REDIS_WAIT
		);
	});
	try {
		await Promise.race([Promise.all(clients.map((client) => client.connect())), late]);
	} catch (error) {
		for (const client of clients) client.disconnect();
		throw new Error(`Could not reach Redis at ${where}: ${(error as Error).message}`, {
			cause: error
		});
	} finally {
		clearTimeout(timer);
	}
	return extension;
}

/** What a client's stateless message asks for, if it is a request this server answers. */
function parseRequest(payload: string): 'history' | undefined {
	try {
		return (JSON.parse(payload) as { kind?: unknown })?.kind === 'history' ? 'history' : undefined;
	} catch {
		return undefined;
	}
}

function openDatabase(file: string): Promise<Database> {
	return new Promise((resolve, reject) => {
		const database: Database = new sqlite.Database(file, (error: Error | null) =>
			error ? reject(error) : resolve(database)
		);
	});
}

/** The Yjs update a Hocuspocus message carries, if it carries one; or why it cannot be read. */
export function changeIn(
	message: Uint8Array
): { update: Uint8Array } | { malformed: string } | undefined {
	try {
		const decoder = decoding.createDecoder(message);
		decoding.readVarString(decoder);
		const type = decoding.readVarUint(decoder);
		// Sync (0) and its reply (4): step 1 (0) asks; step 2 (1) and an update (2) carry a change.
		if (type !== 0 && type !== 4) return undefined;
		const step = decoding.readVarUint(decoder);
		if (step !== 1 && step !== 2) return undefined;
		const update = decoding.readVarUint8Array(decoder);
		Y.decodeUpdate(update);
		return { update };
	} catch (error) {
		return { malformed: error instanceof Error ? error.message : String(error) };
	}
}

/**
 * How large each document would be with one more change, without encoding
 * the whole document for every change: the last size measured plus every
 * change since (which can only overstate it), measured again only when that
 * sum comes near the limit.
 */
export class DocumentSizes {
	private readonly known = new Map<string, number>();

	constructor(private readonly limit: number) {}

	/** The document's size with a change of `bytes` counted in (the change is not yet applied). */
	grow(name: string, document: Y.Doc, bytes: number): number {
		let size = this.known.get(name);
		if (size === undefined || size + bytes > this.limit)
			size = Y.encodeStateAsUpdate(document).byteLength;
		this.known.set(name, size + bytes);
		return size + bytes;
	}
}

/** Whether `update` holds anything `document` does not have yet. */
function changesAnything(document: Y.Doc, update: Uint8Array): boolean {
	return !Y.snapshotContainsUpdate(Y.snapshot(document), update);
}
