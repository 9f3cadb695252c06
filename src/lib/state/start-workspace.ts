import { namesAView, readAddress, webAddress } from '$lib/address/address';
import { checkLibraryGraph, isShownGraph, NOT_IN_LIBRARY } from '$lib/storage/check-library-graph';
import { EXAMPLE_ID } from '$lib/storage/library';
import { recoverLeftEdit } from '$lib/storage/left-edit';
import { openLibrary, rejoinKeptTeam } from '$lib/storage/open-library';
import type { Workspace } from './workspace.svelte';

/**
 * A workspace's start: its library opened (the example in it) and the team
 * this browser joined rejoined, then the graph the address names, opened
 * from the library, a link or the web, or the example; then the view the
 * address describes. Loaded after the page, so the first picture waits for
 * none of it.
 */
export async function openLibraryAndGraph(workspace: Workspace, address: URL): Promise<void> {
	const library = await openLibrary(workspace.example);
	await rejoinKeptTeam(workspace);
	workspace.store = library.store;
	workspace.storageNote = library.note;
	workspace.problem = library.problem;
	const { address: read, problems } = readAddress(address);
	const graph = read.graph;
	const linked = address.hash.length > 1 ? await import('$lib/import/graph-of-link') : undefined;
	if (linked?.carriesGraph(address)) {
		// A graph carried by its link becomes a graph of this browser's library, and opens.
		const opened = await linked.graphOfLink(address);
		if (opened.ok) await workspace.importGraph(opened.graph);
		else workspace.fail(linked.LINKED_GRAPH, opened.problems);
	} else if (graph.kind === 'web') {
		await openAddress(workspace, graph.url, address);
	} else {
		const id = graph.kind === 'library' ? graph.id : EXAMPLE_ID;
		// A save the last page could not finish (a reload at once after a change) is finished first.
		await workspace.tryStore((store) => recoverLeftEdit(store, id));
		const stored = await workspace.tryStore((store) => store.load(id));
		// The example as it ships is on screen already, checked: keep it rather than lay it out again.
		if (stored && isShownGraph(stored.graph, workspace.explorer?.document.graph)) {
			workspace.reconnect({ kind: 'library', id }, stored);
		} else if (stored) {
			// Read back, a graph is checked as a file is: a damaged one shows its problems.
			const checked = await checkLibraryGraph(id, stored.graph);
			if (checked.graph) workspace.show(checked.graph, { kind: 'library', id }, stored);
			else workspace.fail(checked.url, checked.problems);
		} else if (graph.kind === 'library') {
			// Never the example in its place: the analyst would take it for the graph they were sent.
			workspace.fail(`The graph "${id}"`, [{ origin: '', place: '', message: NOT_IN_LIBRARY }]);
		} else {
			workspace.reconnect({ kind: 'library', id: EXAMPLE_ID });
		}
	}
	// An address without a view leaves the view as it is (the analyst may already have clicked).
	if (namesAView(address)) {
		const shown = workspace.explorer?.showView(read.view) ?? [];
		workspace.addressProblems = [...workspace.addressProblems, ...problems, ...shown];
	} else workspace.addressProblems = [...workspace.addressProblems, ...problems];
	await workspace.refresh();
}

/** Opens the graph at a web address (`graph=`): loaded and checked as a file is, or its problems. */
async function openAddress(workspace: Workspace, parameter: string, page: URL): Promise<void> {
	// The validator is loaded only when a graph comes from elsewhere.
	const { loadGraph } = await import('$lib/model/load-graph');
	const address = webAddress(parameter, page);
	if ('problem' in address) {
		return workspace.fail(parameter, [{ origin: parameter, place: '', message: address.problem }]);
	}
	workspace.opening = address.url;
	const loaded = await loadGraph(fetch, address.url);
	workspace.opening = undefined;
	if (loaded.graph) workspace.show(loaded.graph, { kind: 'address', url: parameter });
	else workspace.fail(address.url, loaded.problems);
}
