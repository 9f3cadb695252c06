import type { PartialDate } from '$lib/model/partial-date';
import type { StageInput } from '$lib/stage/visual-graph';

/**
 * The view an export draws: what the stage draws the screen from (the graph,
 * its places, what is hidden and what is selected), and the date the
 * picture is drawn as of. Exports never read the explorer's state.
 */
export interface ExportView extends StageInput {
	asOf: PartialDate;
	/** The picture's title where it is not the graph's: a story step's own. */
	title?: string;
}
