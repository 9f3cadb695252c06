import { relationTypesOf } from './builtin-types';
import type { Actor, GraphFile, Relation, RelationType, Source } from './schema';

/** A graph's records by id, for the many look-ups a view makes. */
export interface GraphIndex {
	actors: ReadonlyMap<string, Actor>;
	sources: ReadonlyMap<string, Source>;
	relations: ReadonlyMap<string, Relation>;
	types: ReadonlyMap<string, RelationType>;
}

export function indexGraph(graph: GraphFile): GraphIndex {
	return {
		actors: byId(graph.actors),
		sources: byId(graph.sources),
		relations: byId(graph.relations),
		types: relationTypesOf(graph)
	};
}

/** Records by id, filled one by one: a pair made for each of thousands would be garbage at once. */
function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
	const map = new Map<string, T>();
	for (let i = 0; i < records.length; i++) map.set(records[i].id, records[i]);
	return map;
}

/** The short code drawn inside an actor's circle: its own, its ISO code, or its initials. */
export function actorCode(actor: Actor): string {
	if (actor.code) return actor.code;
	if (actor.iso3166) return actor.iso3166;
	// The first letter or digit of each word: a flag or other symbol before a name is no initial.
	let initials = '';
	let count = 0;
	for (const word of actor.name.split(/\s+/)) {
		const initial = INITIAL.exec(word)?.[0];
		if (initial === undefined) continue;
		initials += initial;
		if (++count === 3) break;
	}
	return [...initials.toUpperCase()].slice(0, 3).join('') || '?';
}

const INITIAL = /[\p{L}\p{N}]/u;
