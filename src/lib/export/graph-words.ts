import type { GraphIndex } from '$lib/model/graph-index';

/** An actor's name, or its id if the graph does not know it. */
export function actorName(id: string, index: GraphIndex): string {
	return index.actors.get(id)?.name ?? id;
}

/** A relation type's label, or its id if the graph does not know it. */
export function typeLabel(id: string, index: GraphIndex): string {
	return index.types.get(id)?.label ?? id;
}
