import type { SourceNumbers } from '$lib/export/source-numbers';
import type { Point } from '$lib/layout/point';
import { indexGraph, type GraphIndex } from '$lib/model/graph-index';
import type { GraphFile, StoryStep } from '$lib/model/schema';
import { Explorer } from '$lib/state/explorer.svelte';
import { briefingSources } from './briefing-sources';
import { resolveStep, type ResolvedStep } from './resolve-step';
import { stepFromParameter } from './step-parameter';
import { storyOf } from './story-steps';

/**
 * A briefing of one graph: its steps, the step shown, and the seeded layout
 * every step shares, so an actor stands in the same place throughout.
 */
export class Briefing {
	readonly graph: GraphFile;
	readonly index: GraphIndex;
	readonly steps: readonly StoryStep[];
	/** The sources numbered once for the whole briefing. */
	readonly sources: SourceNumbers;
	/** The explorer's state, for its layout: the places the explorer draws. */
	readonly explorer: Explorer;
	/** The step shown, from 0. */
	current = $state(0);
	shown: ResolvedStep;
	/** The step after the one shown, if any: the presenter view's preview. */
	upcoming: ResolvedStep | undefined;
	positions: ReadonlyMap<string, Point>;

	/**
	 * A briefing opened at the step its address names (`?step=3`), set before
	 * the first picture so that nothing animates in.
	 */
	constructor(graph: GraphFile, stepParameter: string | null = null) {
		this.graph = graph;
		this.index = indexGraph(graph);
		this.steps = storyOf(graph, this.index);
		this.current = stepFromParameter(stepParameter, this.steps.length);
		this.sources = briefingSources(graph, this.index.sources, this.steps);
		this.explorer = new Explorer(graph);
		this.shown = $derived(this.stepAt(this.current));
		this.upcoming = $derived(
			this.current + 1 < this.steps.length ? this.stepAt(this.current + 1) : undefined
		);
		this.positions = $derived(this.explorer.positions);
	}

	get count(): number {
		return this.steps.length;
	}

	stepAt(index: number): ResolvedStep {
		return resolveStep(this.graph, this.steps, index);
	}

	/** Shows step `index`, kept within the story. */
	go(index: number): void {
		this.current = Math.min(this.count - 1, Math.max(0, index));
	}

	dispose(): void {
		this.explorer.dispose();
	}
}
