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
		actors: new Map(graph.actors.map((actor) => [actor.id, actor])),
		sources: new Map(graph.sources.map((source) => [source.id, source])),
		relations: new Map(graph.relations.map((relation) => [relation.id, relation])),
		types: relationTypesOf(graph)
	};
}

/** The short code drawn inside an actor's circle: its own, its ISO code, or its initials. */
export function actorCode(actor: Actor): string {
	if (actor.code) return actor.code;
	if (actor.iso3166) return actor.iso3166;
	// The first letter or digit of each word: a flag or other symbol before a name is no initial.
	if (!BEYOND_PRINTABLE_ASCII.test(actor.name)) return asciiInitials(actor.name);
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
/** A character other than ASCII's printable ones and its white space. */
const BEYOND_PRINTABLE_ASCII = /[^\t\n\v\f\r -~]/;

/**
 * actorCode's initials of a name in printable ASCII (most are), read without
 * splitting it: thousands of actors come at once.
 */
function asciiInitials(name: string): string {
	let initials = '';
	/** The word under way has given its initial. */
	let taken = false;
	for (let i = 0; i < name.length && initials.length < 3; i++) {
		const c = name.charCodeAt(i);
		// What \s is in ASCII: space, tab, line feed, vertical tab, form feed, carriage return.
		if (c === 32 || (c >= 9 && c <= 13)) {
			taken = false;
			continue;
		}
		if (taken) continue;
		const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
		if (letterOrDigit) {
			initials += name[i];
			taken = true;
		}
	}
	return initials.toUpperCase() || '?';
}
