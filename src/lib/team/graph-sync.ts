import type * as Y from 'yjs';
import { checkGraph } from '$lib/import/read-graph-text';
import { describeProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';
import { broughtUp, type TakesIn } from '$lib/storage/other-tabs';
import { sameValue, theirChanges } from '$lib/storage/merge-graphs';
import { readGraph, writeGraph } from './graph-document';

/** The origin of this page's own changes to a shared document. */
export const MINE = Symbol('this page');

/** What is wrong with the team's graph as others' changes left it, and the relation it concerns. */
export interface TeamGraphProblem {
	/** In words, placed: "relations[3].evidence: needs at least one evidence item". */
	text: string;
	/** The id of the relation the problem is in, when it is in one. */
	relation?: string;
}

export interface GraphSync {
	/** Shares a change made here (an edit, an undo or a redo). */
	changed(graph: GraphFile): void;
	stop(): void;
}

export interface GraphSyncOptions {
	/** Whether this page may change the shared graph (an editor); a viewer's edits stay here. */
	mayChange: () => boolean;
	/** The team's change could not be taken in: what is wrong, in words, each with the relation it concerns. Cleared with undefined. */
	onProblem: (problems: TeamGraphProblem[] | undefined) => void;
	/** Told each time others' changes were taken in. */
	onTakenIn?: () => void;
	/**
	 * The graph as the page opened it, when the document came later: what the
	 * analyst changed in between is theirs, shared on start and kept over what
	 * the document brings, rather than taken for a colleague's change to undo.
	 */
	opened?: GraphFile;
}

/**
 * Keeps an explorer and a team's shared document in step. What the analyst
 * changes is written to the document (only what differs); what others
 * change is read back, checked as a file is, and brought into the explorer as
 * another tab's save is (takeInSaved): into the picture, the table and the
 * panels, into every step of undo and redo, so that Undo takes back only this
 * analyst's changes, and without moving the camera or closing a form. A
 * merge that would leave the graph invalid (a colleague deleted the evidence
 * this analyst's relation cites) is not taken in: its problems are told in
 * words, and the next valid state is.
 *
 * On start, a document that holds no graph yet is given the explorer's; one
 * that does is brought into the explorer, over what the analyst changed since
 * the page opened the graph (`opened`), which is then shared.
 */
export function syncGraph(explorer: TakesIn, doc: Y.Doc, options: GraphSyncOptions): GraphSync {
	/** The graph both sides agree on: last written here or last taken in. */
	let base = options.opened ?? explorer.document.graph;
	const empty = doc.getMap('graph').size === 0;
	if (empty) changed(explorer.document.graph);
	// Changed here before the document was here, and the document had nothing new: shared now.
	else if (takeIn() && !sameValue(explorer.document.graph, base)) changed(explorer.document.graph);

	/** Brings the document's graph into the explorer; false when it is not a valid graph. */
	function takeIn(): boolean {
		const merged = readGraph(doc);
		const checked = checkGraph(merged, 'The team’s graph');
		if (!checked.ok) {
			options.onProblem(
				checked.problems.map((problem) => {
					const at = /^relations\[(\d+)\]/.exec(problem.place);
					const relation = at ? merged.relations[Number(at[1])]?.id : undefined;
					return { text: describeProblem(problem), relation };
				})
			);
			return false;
		}
		options.onProblem(undefined);
		const theirs = checked.graph;
		if (sameValue(theirs, base)) return true;
		const bringUp = theirChanges(base, theirs);
		const { document } = explorer;
		document.history = broughtUp(document.history, bringUp);
		explorer.placement.follow();
		base = theirs;
		// A change made here while theirs were on the way is shared now, over theirs.
		if (!sameValue(document.graph, theirs) && options.mayChange()) changed(document.graph);
		options.onTakenIn?.();
		return true;
	}

	function changed(graph: GraphFile): void {
		if (!options.mayChange()) return;
		writeGraph(doc, graph, MINE);
		base = graph;
	}

	const heard = (_: Uint8Array, origin: unknown) => {
		if (origin !== MINE) takeIn();
	};
	doc.on('update', heard);
	return { changed, stop: () => doc.off('update', heard) };
}
