import { checkLibraryGraph } from '$lib/storage/check-library-graph';
import type { VersionSummary } from '$lib/storage/graph-versions';
import { savedAt } from '$lib/storage/saved-when';
import type { Workspace } from './workspace.svelte';

/** The earlier versions of a graph of the library, newest first (what is waiting saved first). */
export async function versionsOf(workspace: Workspace, id: string): Promise<VersionSummary[]> {
	if (workspace.isOpen(id)) await workspace.saved();
	return (await workspace.tryStore((store) => store.versions(id))) ?? [];
}

/**
 * Restores an earlier version of a graph as a new change of it, which Undo
 * takes back; the graph as it stood is kept as a version first. The graph
 * opens if it is not open. Resolves with why, when nothing was restored.
 */
export async function restoreVersion(
	workspace: Workspace,
	id: string,
	version: VersionSummary
): Promise<string | undefined> {
	const graph = await workspace.tryStore((store) => store.loadVersion(version.key));
	if (!graph) return 'This version is no longer kept.';
	// Read back, a version is checked as a file is, as the graph itself is.
	const checked = await checkLibraryGraph(id, graph);
	if (!checked.graph)
		return 'This version does not hold together as a graph; nothing was restored.';
	if (!workspace.isOpen(id)) await workspace.open(id);
	const explorer = workspace.explorer;
	if (!workspace.isOpen(id) || !explorer) return 'The graph could not be opened.';
	await workspace.saved();
	await workspace.tryStore((store) => store.keepCurrent(id, 'restore'));
	const restored = checked.graph;
	explorer.document.change(() => restored, `Restore the version of ${savedAt(version.saved)}`);
	await workspace.saved();
	await workspace.refresh();
	return undefined;
}
