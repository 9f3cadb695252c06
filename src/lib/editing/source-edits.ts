import type { GraphFile, Source } from '$lib/model/schema';

export function addSource(graph: GraphFile, source: Source): GraphFile {
	return { ...graph, sources: [...graph.sources, source] };
}

/** The graph with a source replaced; a changed id is changed in the evidence that cites it. */
export function updateSource(graph: GraphFile, id: string, source: Source): GraphFile {
	const renamed = source.id !== id;
	return {
		...graph,
		sources: graph.sources.map((candidate) => (candidate.id === id ? source : candidate)),
		relations: renamed
			? graph.relations.map((relation) =>
					relation.evidence.some((evidence) => evidence.source === id)
						? {
								...relation,
								evidence: relation.evidence.map((evidence) =>
									evidence.source === id ? { ...evidence, source: source.id } : evidence
								)
							}
						: relation
				)
			: graph.relations
	};
}

/** How many evidence items cite a source. */
export function citationsOf(graph: GraphFile, sourceId: string): number {
	let count = 0;
	for (const relation of graph.relations) {
		for (const evidence of relation.evidence) if (evidence.source === sourceId) count += 1;
	}
	return count;
}

/** The graph without a source; a source that evidence still cites is kept (the graph is returned as it was). */
export function removeSource(graph: GraphFile, id: string): GraphFile {
	if (citationsOf(graph, id) > 0) return graph;
	return { ...graph, sources: graph.sources.filter((source) => source.id !== id) };
}
