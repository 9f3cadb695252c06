import type { Positions } from '$lib/layout/point';
import type { GraphIndex } from '$lib/model/graph-index';
import { SHOW_ALL } from '$lib/model/relation-filter';
import type { GraphFile } from '$lib/model/schema';
import type { ResolvedStep } from '$lib/present/resolve-step';
import { SLIDE_LINE_SCALE } from '$lib/stage/visual-constants';
import type { ExportView } from './export-view';

/** The network a briefing is drawn from: the graph, its index and where every actor stands. */
export interface BriefingStage {
	graph: GraphFile;
	index: GraphIndex;
	positions: Positions;
}

/**
 * A story step as a view to export: the whole network in its places, the
 * step's focus at full strength, what earlier steps told dimmed, what no step
 * has told yet not drawn, as of the step's date, with the slides' heavier lines.
 */
export function stepView(stage: BriefingStage, step: ResolvedStep): ExportView {
	return {
		graph: stage.graph,
		index: stage.index,
		positions: stage.positions,
		focus: {
			kind: 'story',
			actors: step.focusActors,
			relations: new Set(step.focusRelations),
			context: new Set(step.contextRelations)
		},
		lineScale: SLIDE_LINE_SCALE,
		asOf: step.asOf ?? stage.graph.asOf,
		// A dated step draws what stood then; lines pending on that date get the pending mark.
		...(step.asOf ? { filter: { ...SHOW_ALL, asOf: step.asOf } } : {})
	};
}
