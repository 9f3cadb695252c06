import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import { mergeGraphs, sameValue, theirsOverridden } from './merge-graphs';

/**
 * `mine` merged with the `theirs` another tab saved since `base`, checked as
 * any graph is: `unchanged` when the result is what is stored already, and
 * `replaced` in the rare case the two cannot make one valid graph, where
 * `mine` is saved as it is (and the analyst told). `overrode` when a value
 * of theirs lost to mine, so theirs is to be kept as a version.
 */
export function mergeSaved(
	base: GraphFile,
	theirs: GraphFile,
	mine: GraphFile
): { graph: GraphFile; unchanged: boolean; replaced: boolean; overrode: boolean } {
	const merged = mergeGraphs(base, theirs, mine);
	if (sameValue(merged, theirs)) {
		return { graph: theirs, unchanged: true, replaced: false, overrode: false };
	}
	const checked = parseGraph(merged);
	if (checked.ok) {
		const overrode = theirsOverridden(base, theirs, mine);
		return { graph: checked.graph, unchanged: false, replaced: false, overrode };
	}
	return { graph: mine, unchanged: false, replaced: true, overrode: true };
}
