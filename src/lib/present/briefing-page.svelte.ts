import { briefingName, readAddress, type GraphRef } from '$lib/address/address';
import type { LoadedGraph } from '$lib/model/load-graph';
import { Briefing } from './briefing.svelte';
import { graphOfPage } from './graph-of-page';

/**
 * What the stage and the presenter view share: the graph their address
 * names (the example until it has been read), and the briefing of it.
 */
export class BriefingPage {
	/** The graph the address named, once opened. */
	opened: LoadedGraph | undefined = $state.raw();
	opening = $state(true);
	/** The graph as the address names it: links to the explorer and the presenter view keep it. */
	graph: GraphRef = $state.raw({ kind: 'example' });
	/** Ties a stage to its presenter view: one briefing per graph. */
	name = $derived(briefingName(this.graph));
	private step: number | undefined = $state(undefined);

	/** The example as the site ships it, shown until the address has been read. */
	private readonly example: LoadedGraph = $state.raw()!;
	shown: LoadedGraph = $derived(this.opened ?? this.example);
	briefing: Briefing | undefined = $derived(
		!this.opening && this.shown.graph ? new Briefing(this.shown.graph, this.step) : undefined
	);

	constructor(example: LoadedGraph) {
		this.example = example;
	}

	/** Reads the page's address (on the client: the pages are prerendered) and opens its graph. */
	async open(page: URL): Promise<void> {
		const { address } = readAddress(page);
		this.graph = address.graph;
		this.step = address.step;
		this.opened = await graphOfPage(address.graph, page, fetch);
		this.opening = false;
	}
}
