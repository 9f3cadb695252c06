import type { GraphFile } from '$lib/model/schema';

type Kind = 'actors' | 'relations';

/** The graph with a renamed actor or relation renamed in the story's steps too. */
export function renameInStory(graph: GraphFile, kind: Kind, from: string, to: string): GraphFile {
	if (!graph.story || from === to) return graph;
	return {
		...graph,
		story: graph.story.map((step) =>
			step[kind]?.includes(from)
				? { ...step, [kind]: step[kind]!.map((id) => (id === from ? to : id)) }
				: step
		)
	};
}

/** The graph with removed actors or relations taken out of the story's steps too. */
export function dropFromStory(graph: GraphFile, kind: Kind, ids: ReadonlySet<string>): GraphFile {
	if (!graph.story || ids.size === 0) return graph;
	return {
		...graph,
		story: graph.story.map((step) =>
			step[kind]?.some((id) => ids.has(id))
				? { ...step, [kind]: step[kind]!.filter((id) => !ids.has(id)) }
				: step
		)
	};
}
