import type { LoadedGraph } from '$lib/model/load-graph';
import { Briefing } from './briefing.svelte';
import { briefingName, graphOfPage } from './graph-parameter';

/**
 * What the stage and the presenter view share: the graph their address
 * names (the example until it has been read), and the briefing of it.
 */
export class BriefingPage {
	/** The graph the address named, once opened. */
	opened: LoadedGraph | undefined = $state.raw();
	opening = $state(true);
	/** Ties a stage to its presenter view: one briefing per graph. */
	name = $state('example');
	private step: string | null = $state(null);

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
		this.name = briefingName(page);
		this.step = page.searchParams.get('step');
		this.opened = await graphOfPage(page, fetch);
		this.opening = false;
	}
}
