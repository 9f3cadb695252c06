import { describeRelation } from '$lib/model/describe-relation';
import type { GraphIndex } from '$lib/model/graph-index';
import { formatPartialDate } from '$lib/model/partial-date';
import type { GraphFile, StoryStep } from '$lib/model/schema';
import type { Selection } from '$lib/stage/emphasis';

/** The longest title a step may have. */
const TITLE_LENGTH = 120;

/**
 * A new step to start writing from: about the relation or actor selected on
 * the graph, with its summary as a first caption; with nothing selected, an
 * overview of the whole network. It is a step the briefing can show at once.
 */
export function newStep(
	graph: GraphFile,
	index: GraphIndex,
	selected: Selection | null
): StoryStep {
	const relation = selected?.kind === 'relation' ? index.relations.get(selected.id) : undefined;
	if (relation) {
		const title = describeRelation(relation, index);
		return {
			title: title.charAt(0).toUpperCase() + title.slice(1, TITLE_LENGTH),
			caption: `${relation.summary}.`.replace(/\.\.$/, '.'),
			relations: [relation.id]
		};
	}
	const actor = selected?.kind === 'actor' ? index.actors.get(selected.id) : undefined;
	if (actor) {
		return { title: actor.name, caption: `${actor.name} and its ties.`, actors: [actor.id] };
	}
	return {
		title: 'Overview',
		caption: `The whole network as of ${formatPartialDate(graph.asOf)}.`
	};
}
