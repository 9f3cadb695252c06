import { placeNewcomers } from '$lib/editing/placement';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { record, redo, redoLabel, startHistory, undo, undoLabel, type History } from './history';

/**
 * One graph and its changes, for undo and redo. Every change is a whole new
 * graph (`change` takes a pure edit), named for the Undo button's tooltip.
 */
export class GraphDocument {
	history: History<GraphFile> = $state.raw()!;
	/** The graph as it is now. */
	graph: GraphFile = $derived(this.history.present);
	index = $derived(indexGraph(this.graph));
	/**
	 * Why this graph may be read but not changed here (a team's viewer), as
	 * the analyst is told it; undefined when it may be changed. Set as a
	 * function so that it follows what it depends on (the team's word on the
	 * analyst's role). Changes, undo and redo do nothing while it holds.
	 */
	lockedBy: (() => string | undefined) | undefined = $state.raw();
	readOnly: string | undefined = $derived(this.lockedBy?.());
	canUndo = $derived(!this.readOnly && this.history.past.length > 0);
	canRedo = $derived(!this.readOnly && this.history.future.length > 0);
	undoLabel = $derived(undoLabel(this.history));
	redoLabel = $derived(redoLabel(this.history));

	/**
	 * @param keepPlaces called before a change to the network's structure (an
	 * actor or relation added or removed, an end moved): it may place every
	 * actor where it stands, so the picture does not rearrange itself; new
	 * actors are then placed by the layout around them.
	 */
	constructor(
		graph: GraphFile,
		private readonly options: {
			keepPlaces?: (graph: GraphFile) => GraphFile;
			/** Told of every change, undo and redo included (autosave listens here). */
			onchange?: (graph: GraphFile) => void;
		} = {}
	) {
		this.history = startHistory(graph);
	}

	/** Changes the graph by a pure edit; nothing happens when the edit changes nothing, or the graph is read only. */
	change(edit: (graph: GraphFile) => GraphFile, label: string): void {
		if (this.readOnly) return;
		const before = this.graph;
		let next = edit(before);
		if (next === before) return;
		if (this.options.keepPlaces && structureOf(next) !== structureOf(before)) {
			next = placeNewcomers(edit(this.options.keepPlaces(before)), before);
		}
		this.history = record(this.history, next, label);
		this.options.onchange?.(this.graph);
	}

	undo(): void {
		if (!this.canUndo) return;
		this.history = undo(this.history);
		this.options.onchange?.(this.graph);
	}

	redo(): void {
		if (!this.canRedo) return;
		this.history = redo(this.history);
		this.options.onchange?.(this.graph);
	}
}

/** What a graph's layout depends on: the actors, their kinds, the ties, the seed. */
export function structureOf(graph: GraphFile): string {
	const actors = graph.actors.map((actor) => `${actor.id}:${actor.kind}`).join(',');
	const ties = graph.relations.map((relation) => `${relation.source}>${relation.target}`).join(',');
	return `${graph.seed ?? 1}|${actors}|${ties}`;
}
