import { stepIndex } from '$lib/address/address';
import type { SourceNumbers } from '$lib/export/source-numbers';
import { layoutInputOf, placesInFile, withPins } from '$lib/layout/graph-layout';
import type { Point } from '$lib/layout/point';
import { indexGraph, type GraphIndex } from '$lib/model/graph-index';
import type { GraphFile, StoryStep } from '$lib/model/schema';
import { SLIDE_LINE_SCALE } from '$lib/stage/visual-constants';
import {
	baseLook,
	placeOnStage,
	withFocus,
	type StageLook,
	type VisualGraph
} from '$lib/stage/visual-graph';
import { LiveLayout } from '$lib/state/live-layout.svelte';
import { LARGE_NETWORK } from '$lib/layout/large-network';
import { briefingSources } from './briefing-sources';
import { resolveStep, type ResolvedStep } from './resolve-step';
import { storyOf } from './story-steps';

/**
 * A briefing of one graph: its steps, the step shown, and the seeded layout
 * every step shares, so an actor stands in the same place throughout. Each
 * slide's picture is the visual stage of the whole network with the step's
 * focus brought forward, drawn with heavier lines for the room.
 */
export class Briefing {
	readonly graph: GraphFile;
	readonly index: GraphIndex;
	readonly steps: readonly StoryStep[];
	/** The sources numbered once for the whole briefing. */
	readonly sources: SourceNumbers;
	readonly layout: LiveLayout;
	/** The step shown, from 0. */
	current = $state(0);
	/** The step shown; none when the graph has nothing to present. */
	shown: ResolvedStep | undefined = $derived(this.stepAt(this.current));
	/** The step after the one shown, if any: the presenter view's preview. */
	upcoming: ResolvedStep | undefined = $derived(this.stepAt(this.current + 1));
	/** Where every actor stands: the explorer's seeded layout and the places the file sets. */
	positions: ReadonlyMap<string, Point> = $derived.by(() =>
		withPins(this.layout.places, placesInFile(this.graph))
	);
	private readonly look: StageLook;

	/**
	 * A briefing opened at `step` (as people count, from 1; none for the
	 * first), set before the first picture so that nothing animates in.
	 */
	constructor(graph: GraphFile, step?: number) {
		this.graph = graph;
		this.index = indexGraph(graph);
		this.steps = storyOf(graph, this.index);
		this.current = stepIndex(step, this.steps.length);
		this.sources = briefingSources(graph, this.index.sources, this.steps);
		const large = graph.actors.length > LARGE_NETWORK;
		this.layout = new LiveLayout(layoutInputOf(graph), { live: large, reactiveFrames: false });
		this.look = baseLook({ graph, index: this.index, lineScale: SLIDE_LINE_SCALE });
	}

	get count(): number {
		return this.steps.length;
	}

	/** Step `index` resolved, or none past the story's ends. */
	stepAt(index: number): ResolvedStep | undefined {
		if (index < 0 || index >= this.steps.length) return undefined;
		return resolveStep(this.graph, this.steps, index);
	}

	/** The picture of a step: every relation in its place, the step's focus at full strength. */
	pictureOf(step: ResolvedStep): VisualGraph {
		const focus = {
			kind: 'story' as const,
			actors: step.focusActors,
			relations: new Set(step.focusRelations),
			context: new Set(step.contextRelations)
		};
		return placeOnStage(withFocus(this.look, focus), this.positions);
	}

	/** Shows step `index`, kept within the story. */
	go(index: number): void {
		if (this.count === 0) return;
		this.current = Math.min(this.count - 1, Math.max(0, index));
	}

	dispose(): void {
		this.layout.dispose();
	}
}
