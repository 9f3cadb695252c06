import type { Positions } from '$lib/layout/point';
import type { GraphIndex } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import type { ResolvedStep } from '$lib/present/resolve-step';
import { SLIDE_LINE_SCALE } from '$lib/stage/visual-constants';
import type { ExportView } from './export-view';
import { stepView as briefingStepView } from './step-picture';

/** The network a briefing is drawn from: the graph, its index and where every actor stands. */
export interface BriefingStage {
	graph: GraphFile;
	index: GraphIndex;
	positions: Positions;
}

/**
 * A story step as the deck's picture draws it: the step's view as the
 * briefing shows it (see `stepView` in step-picture.ts), with the slides'
 * heavier lines; the slide itself carries the step's title.
 */
export function stepView(stage: BriefingStage, step: ResolvedStep): ExportView {
	const view = briefingStepView(stage.graph, stage.positions, step, stage.index);
	return { ...view, title: undefined, lineScale: SLIDE_LINE_SCALE };
}
