import type { Actor, GraphFile } from '$lib/model/schema';
import { dropFromStory, renameInStory } from './story-references';

/** The graph with a new actor. */
export function addActor(graph: GraphFile, actor: Actor): GraphFile {
	return { ...graph, actors: [...graph.actors, actor] };
}

/** The graph with an actor replaced; a changed id is changed in its relations too. */
export function updateActor(graph: GraphFile, id: string, actor: Actor): GraphFile {
	const renamed = actor.id !== id;
	const next: GraphFile = {
		...graph,
		actors: graph.actors.map((candidate) => (candidate.id === id ? actor : candidate)),
		relations: renamed
			? graph.relations.map((relation) =>
					relation.source === id || relation.target === id
						? {
								...relation,
								source: relation.source === id ? actor.id : relation.source,
								target: relation.target === id ? actor.id : relation.target
							}
						: relation
				)
			: graph.relations
	};
	return renameInStory(next, 'actors', id, actor.id);
}

/** The relations an actor takes part in: deleting the actor deletes them too. */
export function relationsOf(graph: GraphFile, actorId: string) {
	return graph.relations.filter((r) => r.source === actorId || r.target === actorId);
}

/** The graph without an actor and without its relations. */
export function removeActor(graph: GraphFile, id: string): GraphFile {
	const removed = new Set(relationsOf(graph, id).map((relation) => relation.id));
	const next: GraphFile = {
		...graph,
		actors: graph.actors.filter((actor) => actor.id !== id),
		relations: graph.relations.filter((relation) => !removed.has(relation.id))
	};
	return dropFromStory(dropFromStory(next, 'actors', new Set([id])), 'relations', removed);
}
