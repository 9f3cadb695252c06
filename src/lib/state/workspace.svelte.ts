import type { GraphRef } from '$lib/address/address';
import type { GraphProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';
import type { Autosave } from '$lib/storage/autosave';
import type { GraphStore, GraphSummary, StorageProblem } from '$lib/storage/graph-store';
import type { OpenedVersion } from '$lib/storage/saving';
import type { TeamSession } from '$lib/team/team-session.svelte';
import { Explorer } from './explorer.svelte';

/** Where the open graph came from: the library (by id), or a web address not yet saved. */
export type Origin = { kind: 'library'; id: string } | { kind: 'address'; url: string };

/**
 * The analyst's desk: the graph open in the explorer, the library it belongs
 * to, and its saving. Every change to the open graph is saved to the library
 * shortly after it is made; a graph opened from an address joins the library
 * when it is first changed.
 */
export class Workspace {
	explorer: Explorer | undefined = $state.raw();
	origin: Origin | undefined = $state.raw();
	entries: readonly GraphSummary[] = $state.raw([]);
	/** Set when the library lives only in this tab. */
	storageNote: string | undefined = $state();
	/** Storage failed: said to the analyst with a download of what is not saved. */
	problem: StorageProblem | undefined = $state.raw();
	/** A graph that could not be opened, with every problem. */
	failed: { url: string; problems: GraphProblem[] } | undefined = $state.raw();
	/** The address being opened, while it loads. */
	opening: string | undefined = $state();
	/** Parameters of the address that were ignored, and why. */
	addressProblems: string[] = $state([]);
	/** Whether the Library panel is open. */
	libraryOpen = $state(false);
	/** Set once the library is open and the address has been read. */
	started = $state(false);
	/** The team this browser joined, once its code has loaded. */
	team: TeamSession | undefined = $state.raw();
	/** The open graph's link to its team graph, while it is one (see team-workspace). */
	teamLink: { changed(graph: GraphFile): void; stop(): void } | undefined;

	/** The analyst's library, once open (the Library panel backs it up and restores into it). */
	store: GraphStore | undefined;
	private autosave: Autosave | undefined;
	/** Saving being started for the open graph (its code loading, its version read). */
	private starting: Promise<void> | undefined;
	private stopSaving: (() => void) | undefined;

	constructor(readonly example: GraphFile) {
		this.show(example, { kind: 'library', id: 'example' });
	}

	/** Opens the library and the graph the address names (or the example), then the view it describes. */
	async start(address: URL): Promise<void> {
		try {
			// What opening takes (the library, the address's graph, the team) loads after the page.
			const { openLibraryAndGraph } = await import('./start-workspace');
			await openLibraryAndGraph(this, address);
		} finally {
			// Whatever happened, the analyst sees a graph: the one named, or the example.
			this.started = true;
		}
	}

	/** The open graph, as an address names it: `doc=<id>`, or `graph=<url>` while unsaved. */
	graphRef: GraphRef = $derived.by(() => {
		const origin = this.origin;
		if (!origin) return { kind: 'example' };
		return origin.kind === 'library'
			? { kind: 'library', id: origin.id }
			: { kind: 'web', url: origin.url };
	});

	async open(id: string): Promise<void> {
		const { recoverLeftEdit } = await import('$lib/storage/left-edit');
		await this.tryStore((store) => recoverLeftEdit(store, id));
		const stored = await this.tryStore((store) => store.load(id));
		if (!stored) return;
		const { checkLibraryGraph } = await import('$lib/storage/check-library-graph');
		const checked = await checkLibraryGraph(id, stored.graph);
		await this.closeAutosave();
		// As a damaged graph named by the address does on start: its problems, not a broken explorer.
		if (checked.graph) this.show(checked.graph, { kind: 'library', id }, stored);
		else this.fail(checked.url, checked.problems);
	}

	async create(): Promise<void> {
		const { createGraph } = await import('$lib/storage/library');
		const created = await this.tryStore((store) => createGraph(store));
		if (!created) return;
		await this.closeAutosave();
		this.show(created.graph, { kind: 'library', id: created.id });
		await this.refresh();
	}

	async duplicate(id: string): Promise<void> {
		const { duplicateGraph } = await import('$lib/storage/library');
		if (this.isOpen(id)) await this.saved();
		await this.tryStore((store) => duplicateGraph(store, id));
		await this.refresh();
	}

	async rename(id: string, title: string): Promise<void> {
		if (this.isOpen(id) && this.explorer) {
			this.explorer.document.change(
				(graph) => ({ ...graph, title: title.trim() }),
				'Rename the graph'
			);
			await this.saved();
		} else {
			const { renameGraph } = await import('$lib/storage/library');
			await this.tryStore((store) => renameGraph(store, id, title));
		}
		await this.refresh();
	}

	async remove(id: string): Promise<void> {
		const { EXAMPLE_ID } = await import('$lib/storage/library');
		if (id === EXAMPLE_ID) return;
		if (this.isOpen(id)) {
			await this.autosave?.cancel();
			this.autosave = undefined;
		}
		await this.tryStore((store) => store.remove(id));
		if (this.isOpen(id)) await this.open(EXAMPLE_ID);
		await this.refresh();
	}

	/** Puts the example back as it ships; if it is open, it is shown afresh, without undo. */
	async resetExample(): Promise<void> {
		const { EXAMPLE_ID, resetExample } = await import('$lib/storage/library');
		if (this.isOpen(EXAMPLE_ID)) {
			await this.autosave?.cancel();
			this.autosave = undefined;
		}
		await this.tryStore((store) => resetExample(store, this.example));
		if (this.isOpen(EXAMPLE_ID)) this.show(this.example, { kind: 'library', id: EXAMPLE_ID });
		await this.refresh();
	}

	/** A graph read from the analyst's file becomes a new graph in the library (or `id`), and opens. */
	async importGraph(graph: GraphFile, id?: string): Promise<void> {
		const { newGraphId } = await import('$lib/storage/library');
		id ??= newGraphId(new Set(this.entries.map((entry) => entry.id)));
		await this.closeAutosave();
		await this.tryStore((store) => store.save(id, graph));
		this.show(graph, { kind: 'library', id });
		await this.refresh();
	}

	/** Tries the failed save again. */
	async retry(): Promise<void> {
		this.problem = undefined;
		await this.autosave?.flush();
	}

	/** The graph not yet saved, for the download the storage alert offers. */
	unsaved(): GraphFile | undefined {
		return this.autosave?.unsaved() ?? this.explorer?.document.graph;
	}

	async refresh(): Promise<void> {
		const entries = await this.tryStore((store) => store.list());
		if (entries) this.entries = entries;
	}

	dispose(): void {
		this.teamLink?.stop();
		this.stopSaving?.();
		void this.autosave?.dispose();
		this.explorer?.dispose();
	}

	/** A graph that could not be opened: its problems are shown in the explorer's place. */
	fail(url: string, problems: GraphProblem[]): void {
		this.failed = { url, problems };
		this.explorer?.dispose();
		this.explorer = undefined;
	}

	/** Shows a graph in a new explorer, saved under its origin from now on. */
	show(graph: GraphFile, origin: Origin, base?: OpenedVersion): void {
		this.explorer?.dispose();
		this.failed = undefined;
		this.explorer = new Explorer(graph, { onchange: (changed) => void this.changed(changed) });
		this.reconnect(origin, base);
	}

	/**
	 * Saves the open graph under its origin from now on, over `base`: the
	 * version of the library it was opened at, so that a save keeps what other
	 * tabs saved since.
	 */
	reconnect(origin: Origin, base?: OpenedVersion): void {
		this.origin = origin;
		this.team?.relink();
		if (origin.kind !== 'library' || !this.store) return;
		this.starting = this.startAutosave(origin.id, base);
	}

	private async startAutosave(id: string, opened?: OpenedVersion): Promise<void> {
		const { startSaving } = await import('$lib/storage/saving');
		const started =
			this.store && (await startSaving({ store: this.store, id, opened, host: this }));
		if (!started) return;
		this.stopSaving?.();
		this.autosave = started.autosave;
		this.stopSaving = started.stop;
	}

	private async changed(graph: GraphFile): Promise<void> {
		// Shared at once, before anything waits: a colleague's change arriving meanwhile meets it.
		this.teamLink?.changed(graph);
		if (this.origin?.kind === 'address') {
			// A graph from the web joins the library when the analyst first changes it.
			const { newGraphId } = await import('$lib/storage/library');
			const id = newGraphId(new Set(this.entries.map((entry) => entry.id)));
			this.origin = { kind: 'library', id };
			this.starting = this.startAutosave(id);
		}
		await this.starting;
		if (!this.autosave && this.origin?.kind === 'library') {
			this.starting = this.startAutosave(this.origin.id);
			await this.starting;
		}
		this.autosave?.schedule(graph);
	}

	/** Saves what is waiting, once saving has started. */
	async saved(): Promise<void> {
		await this.starting;
		await this.autosave?.flush();
	}

	private async closeAutosave(): Promise<void> {
		this.stopSaving?.();
		this.stopSaving = undefined;
		await this.autosave?.dispose();
		this.autosave = undefined;
	}

	isOpen(id: string): boolean {
		return this.origin?.kind === 'library' && this.origin.id === id;
	}

	/** Runs a storage action; a failure is told to the analyst, never thrown. */
	async tryStore<T>(action: (store: GraphStore) => Promise<T>): Promise<T | undefined> {
		if (!this.store) return undefined;
		try {
			return await action(this.store);
		} catch (error) {
			const { storageProblemOf } = await import('$lib/storage/storage-problem');
			this.problem = storageProblemOf(error);
			return undefined;
		}
	}
}
