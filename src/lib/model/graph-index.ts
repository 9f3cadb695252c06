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
	if (PLAIN.test(actor.name)) return plainInitials(actor.name);
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
/** A name in printable ASCII, as most names of a large network are. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * actorCode's initials of a name in printable ASCII, read letter by letter:
 * a network of thousands of actors opens without a split and a search for
 * each word of each name.
 */
function plainInitials(name: string): string {
	let initials = '';
	// Whether the word read has given its initial.
	let found = false;
	for (let i = 0; i < name.length && initials.length < 3; i++) {
		const unit = name.charCodeAt(i);
		if (unit === 0x20) {
			found = false;
			continue;
		}
		if (found) continue;
		const upper = unit >= 0x61 && unit <= 0x7a ? unit - 0x20 : unit;
		if ((upper >= 0x41 && upper <= 0x5a) || (unit >= 0x30 && unit <= 0x39)) {
			initials += String.fromCharCode(upper);
			found = true;
		}
	}
	return initials || '?';
}
