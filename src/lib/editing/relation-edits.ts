import type { Evidence, GraphFile, Relation } from '$lib/model/schema';
import { dropFromStory, renameInStory } from './story-references';

/** The graph with a new relation. */
export function addRelation(graph: GraphFile, relation: Relation): GraphFile {
	return { ...graph, relations: [...graph.relations, relation] };
}

/** The graph with a relation replaced (its evidence included). */
export function updateRelation(graph: GraphFile, id: string, relation: Relation): GraphFile {
	const next = {
		...graph,
		relations: graph.relations.map((candidate) => (candidate.id === id ? relation : candidate))
	};
	return renameInStory(next, 'relations', id, relation.id);
}

export function removeRelation(graph: GraphFile, id: string): GraphFile {
	const next = { ...graph, relations: graph.relations.filter((relation) => relation.id !== id) };
	return dropFromStory(next, 'relations', new Set([id]));
}

/** The graph with one more evidence item on a relation. */
export function addEvidence(graph: GraphFile, relationId: string, evidence: Evidence): GraphFile {
	return {
		...graph,
		relations: graph.relations.map((relation) =>
			relation.id === relationId
				? { ...relation, evidence: [...relation.evidence, evidence] }
				: relation
		)
	};
}

/**
 * The graph without one evidence item. A relation keeps at least one: taking
 * the last away would leave a line drawn without evidence, so it is refused.
 */
export function removeEvidence(graph: GraphFile, relationId: string, index: number): GraphFile {
	const relation = graph.relations.find((candidate) => candidate.id === relationId);
	if (!relation || relation.evidence.length <= 1) return graph;
	return updateRelation(graph, relationId, {
		...relation,
		evidence: relation.evidence.filter((_, i) => i !== index)
	});
}
