import { describeRelation } from '$lib/model/describe-relation';
import type { GraphIndex } from '$lib/model/graph-index';
import { typesInUse } from '$lib/model/relation-filter';
import type { GraphFile, StoryStep } from '$lib/model/schema';

/** Relations listed by name in a generated caption; the rest are counted. */
const LISTED = 3;

/**
 * The steps a briefing tells: the file's own story, or, for a graph without
 * one, a step per relation type in the legend's order, each with that type's
 * relations in focus and a caption made of their summaries.
 */
export function storyOf(graph: GraphFile, index: GraphIndex): StoryStep[] {
	if (graph.story && graph.story.length > 0) return graph.story;
	return typesInUse(graph).map((type) => {
		const relations = graph.relations.filter((relation) => relation.type === type.id);
		const listed = relations
			.slice(0, LISTED)
			.map((relation) => `${describeRelation(relation, index)}: ${relation.summary}.`);
		const more = relations.length - listed.length;
		return {
			id: type.id,
			title: type.label,
			caption: [...listed, ...(more > 0 ? [`And ${more} more.`] : [])].join(' '),
			relations: relations.map((relation) => relation.id)
		};
	});
}
