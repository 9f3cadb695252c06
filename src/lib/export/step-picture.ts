import type { Positions } from '$lib/layout/point';
import type { GraphIndex } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import type { ResolvedStep } from '$lib/present/resolve-step';
import type { ExportView } from './export-view';
import { slidePicture, type SlideAspect } from './slide-picture';
import type { SourceNumbers } from './source-numbers';

/**
 * The view of one story step, as the briefing shows it: the whole network
 * where `positions` (the briefing's layout, the same on every step) places
 * it, the step's focus at full strength, its context faded and what it has
 * not told yet left out; drawn as of the step's date (else the graph's),
 * and titled with the step's title.
 */
export function stepView(
	graph: GraphFile,
	positions: Positions,
	step: ResolvedStep,
	index?: GraphIndex
): ExportView {
	return {
		graph,
		positions,
		index,
		focus: {
			kind: 'story',
			actors: step.focusActors,
			relations: new Set(step.focusRelations),
			context: new Set(step.contextRelations)
		},
		// A dated step's own date decides what was then signed but not yet in force.
		filter: step.asOf
			? { hiddenTypes: new Set(), hiddenStatuses: new Set(), asOf: step.asOf }
			: undefined,
		asOf: step.asOf ?? graph.asOf,
		title: step.step.title
	};
}

/**
 * A story step as one slide's picture (see `slidePicture`), its source note
 * citing the sources of the step's focus by `sources`, the numbering of the
 * deck's handout, where given.
 */
export function stepSlidePicture(
	graph: GraphFile,
	positions: Positions,
	step: ResolvedStep,
	options: { aspect: SlideAspect; sources?: SourceNumbers; index?: GraphIndex }
): string {
	return slidePicture(stepView(graph, positions, step, options.index), {
		aspect: options.aspect,
		highlight: true,
		sources: options.sources
	});
}
