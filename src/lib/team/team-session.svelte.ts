import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { GraphFile } from '$lib/model/schema';
import { writeGraph } from './graph-document';
import { MINE, type TeamGraphProblem } from './graph-sync';
import type { KeptChange } from './relation-history';

/** Where a team's server is and the analyst's token for it, as the browser keeps them. */
export interface TeamJoin {
	address: string;
	token: string;
}

export type TeamRole = 'editor' | 'viewer';

/** The connection as the analyst is told it: honest about what is and is not shared yet. */
export type TeamStatus =
	| { kind: 'connecting' }
	| { kind: 'connected' }
	| { kind: 'offline'; waiting: number }
	| { kind: 'refused'; reason: string };

/** A graph of the team's library. */
export interface TeamGraph {
	id: string;
	title: string;
	sharedBy: string;
	sharedAt: string;
}

/** A colleague connected now, with the colour their selection is drawn in. */
export interface Colleague {
	name: string;
	colour: string;
	/** What they have selected: an actor's or a relation's id. */
	selection?: { kind: 'actor' | 'relation'; id: string };
}

/** One team graph's document, kept in this browser and in step with the server. */
export interface TeamGraphConnection {
	doc: Y.Doc;
	provider: HocuspocusProvider;
	/** Resolves once the document is here: from the server, or from this browser when offline. */
	ready: Promise<void>;
	close(): void;
}

const KEPT = 'ties-team';
const LIBRARY = 'ties:library';
const graphDocument = (id: string) => `ties:graph:${id}`;
/** Colleagues' colours: distinct from the relation types' and from one another. */
const COLOURS = ['#b5179e', '#0077b6', '#e85d04', '#2d6a4f', '#7209b7', '#9d0208'];

/** The team this browser joined, if any. */
export function keptJoin(
	storage: Storage | undefined = globalThis.localStorage
): TeamJoin | undefined {
	try {
		const kept = JSON.parse(storage?.getItem(KEPT) ?? 'null') as Partial<TeamJoin> | null;
		return kept?.address && kept.token ? { address: kept.address, token: kept.token } : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The analyst's membership of a team: the connection to its server, who the
 * server says the analyst is, the team's library of graphs, who else is
 * connected, and each team graph opened, kept offline in this browser
 * (y-indexeddb) so that it opens without the server and what is changed
 * offline is sent on reconnection.
 */
export class TeamSession {
	status: TeamStatus = $state({ kind: 'connecting' });
	member: { name: string; role: TeamRole } | undefined = $state.raw();
	graphs: readonly TeamGraph[] = $state.raw([]);
	colleagues: readonly Colleague[] = $state.raw([]);
	/** Links the graph the workspace opens to its team graph, if it is one (set by team-workspace). */
	relink: () => void = () => {};
	/** Whether the graph the explorer shows is one of the team's. */
	graphOpen = $state(false);
	/** What is wrong with the open team graph as others' changes left it, in words. */
	problems: TeamGraphProblem[] | undefined = $state.raw();

	private readonly library = new Y.Doc();
	private readonly libraryProvider: HocuspocusProvider;
	private readonly libraryStore: IndexeddbPersistence;
	private readonly open = new Set<TeamGraphConnection>();
	/** The graph open in the explorer, whose colleagues are listed. */
	private shown: TeamGraphConnection | undefined;

	constructor(
		readonly join: TeamJoin,
		storage: Storage | undefined = globalThis.localStorage
	) {
		storage?.setItem(KEPT, JSON.stringify(join));
		this.libraryStore = new IndexeddbPersistence(this.kept(LIBRARY), this.library);
		this.libraryProvider = this.connect(LIBRARY, this.library);
		const list = this.library.getMap<TeamGraph>('graphs');
		// By title; graphs of one title newest first, in the same order in every browser.
		const listed = () =>
			(this.graphs = [...list.values()].sort(
				(a, b) =>
					a.title.localeCompare(b.title) ||
					b.sharedAt.localeCompare(a.sharedAt) ||
					a.id.localeCompare(b.id)
			));
		list.observe(listed);
		void this.libraryStore.whenSynced.then(listed);
		// The browser knows first when the network goes: changes wait here from that moment, and are
		// sent the moment it is back, rather than after the connection times out or retries.
		globalThis.addEventListener?.('offline', this.wentOffline);
		globalThis.addEventListener?.('online', this.cameBack);
	}

	private readonly wentOffline = () => {
		for (const provider of this.providers()) provider.configuration.websocketProvider.disconnect();
		this.statusChanged();
	};

	private readonly cameBack = () => {
		for (const provider of this.providers())
			void provider.configuration.websocketProvider.connect();
	};

	private providers(): HocuspocusProvider[] {
		return [this.libraryProvider, ...[...this.open].map((c) => c.provider)].filter(Boolean);
	}

	get mayChange(): boolean {
		return this.member?.role !== 'viewer';
	}

	/** Shares a graph with the team: a new team graph, its id. */
	async share(graph: GraphFile, id: string): Promise<void> {
		const connection = this.openGraph(id);
		await connection.ready;
		writeGraph(connection.doc, graph, MINE);
		this.library.getMap<TeamGraph>('graphs').set(id, {
			id,
			title: graph.title,
			sharedBy: this.member?.name ?? '',
			sharedAt: new Date().toISOString()
		});
		connection.close();
	}

	/** A team graph's document, loaded from this browser and from the server. */
	openGraph(id: string): TeamGraphConnection {
		const doc = new Y.Doc();
		const store = new IndexeddbPersistence(this.kept(graphDocument(id)), doc);
		const provider = this.connect(graphDocument(id), doc);
		const ready = new Promise<void>((resolve) => {
			provider.on('synced', () => resolve());
			// Offline: what this browser kept is enough to open the graph.
			void store.whenSynced.then(() => {
				if (doc.getMap('graph').size > 0 && this.status.kind !== 'connected') resolve();
			});
		});
		const connection: TeamGraphConnection = {
			doc,
			provider,
			ready,
			close: () => {
				this.open.delete(connection);
				if (this.shown === connection) this.show(undefined);
				provider.destroy();
				void store.destroy();
			}
		};
		this.open.add(connection);
		return connection;
	}

	/** The graph the explorer shows: its colleagues are listed, and the analyst's selection shown to them. */
	show(connection: TeamGraphConnection | undefined): void {
		this.shown = connection;
		this.graphOpen = connection !== undefined;
		this.listColleagues();
		if (!connection || !this.member) return;
		connection.provider.setAwarenessField('user', { name: this.member.name });
		connection.provider.awareness?.on('change', () => this.listColleagues());
	}

	/** Every change the server kept of the open team graph, with who and when, oldest first. */
	keptChanges(): Promise<KeptChange[]> {
		const provider = this.shown?.provider;
		if (!provider) return Promise.reject(new Error('No team graph is open.'));
		return new Promise((resolve, reject) => {
			const heard = ({ payload }: { payload: string }) => {
				const said = JSON.parse(payload) as {
					kind?: string;
					changes?: { member: string; at: number; change: string }[];
				};
				if (said.kind !== 'history' || !said.changes) return;
				done();
				resolve(
					said.changes.map(({ member, at, change }) => ({
						member,
						at,
						change: Uint8Array.from(atob(change), (c) => c.charCodeAt(0))
					}))
				);
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error('The team’s server did not answer.'));
			}, 10_000);
			const done = () => {
				clearTimeout(timer);
				provider.off('stateless', heard);
			};
			provider.on('stateless', heard);
			provider.sendStateless(JSON.stringify({ kind: 'history' }));
		});
	}

	/** Tells the colleagues on the shown graph what the analyst has selected. */
	select(selection: Colleague['selection']): void {
		this.shown?.provider.setAwarenessField('selection', selection ?? null);
	}

	leave(storage: Storage | undefined = globalThis.localStorage): void {
		storage?.removeItem(KEPT);
		globalThis.removeEventListener?.('offline', this.wentOffline);
		globalThis.removeEventListener?.('online', this.cameBack);
		for (const connection of [...this.open]) connection.close();
		this.libraryProvider.destroy();
		void this.libraryStore.destroy();
	}

	private kept(name: string): string {
		return `ties-team ${this.join.address} ${name}`;
	}

	private connect(name: string, document: Y.Doc): HocuspocusProvider {
		const provider = new HocuspocusProvider({
			url: this.join.address,
			name,
			document,
			token: this.join.token,
			onAuthenticationFailed: ({ reason }) =>
				(this.status = {
					kind: 'refused',
					reason: reason === 'permission-denied' ? 'The server did not accept this token.' : reason
				}),
			onStateless: ({ payload }) => {
				const said = JSON.parse(payload) as { kind?: string; name?: string; role?: TeamRole };
				if (said.kind === 'member' && said.name && said.role)
					this.member = { name: said.name, role: said.role };
			},
			onStatus: () => this.statusChanged(),
			onUnsyncedChanges: () => this.statusChanged(),
			onSynced: () => this.statusChanged()
		});
		return provider;
	}

	private everConnected = false;

	private statusChanged(): void {
		if (this.status.kind === 'refused') return;
		const providers = this.providers();
		// A viewer sends no change: the server answers whatever its client sends (its part of the
		// first exchange, say) with "not taken", which is no change waiting.
		const waiting = this.mayChange
			? providers.reduce((sum, provider) => sum + provider.unsyncedChanges, 0)
			: 0;
		const online = providers.every(
			(provider) => provider.configuration.websocketProvider.status === WebSocketStatus.Connected
		);
		if (online && providers.every((provider) => provider.isSynced)) this.everConnected = true;
		if (online && waiting === 0 && this.everConnected) this.status = { kind: 'connected' };
		else if (!this.everConnected && waiting === 0) this.status = { kind: 'connecting' };
		else this.status = { kind: 'offline', waiting };
	}

	private listColleagues(): void {
		const awareness = this.shown?.provider.awareness;
		if (!awareness) {
			this.colleagues = [];
			return;
		}
		const colleagues: Colleague[] = [];
		for (const [clientId, state] of awareness.getStates()) {
			if (clientId === awareness.clientID) continue;
			const user = state.user as { name?: string } | undefined;
			if (!user?.name) continue;
			colleagues.push({
				name: user.name,
				colour: COLOURS[clientId % COLOURS.length],
				selection: (state.selection as Colleague['selection'] | null) ?? undefined
			});
		}
		this.colleagues = colleagues;
	}
}
