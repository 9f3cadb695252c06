import type { PartialDate } from './partial-date';
import { outOfForce } from './relations-as-of';
import type { GraphFile, Relation, RelationStatus, RelationType } from './schema';
import { relationTypesOf } from './builtin-types';

/** What the analyst has chosen to hide, and the date the network is shown as of. */
export interface RelationFilter {
	hiddenTypes: ReadonlySet<string>;
	hiddenStatuses: ReadonlySet<RelationStatus>;
	/** Relations not in force on this date are hidden. `undefined`: every relation the file gives. */
	asOf?: PartialDate;
}

export const SHOW_ALL: RelationFilter = { hiddenTypes: new Set(), hiddenStatuses: new Set() };

/**
 * The relations left to draw once the hidden types and statuses are taken
 * out, and those not in force as of the filter's date.
 */
export function visibleRelations<R extends Pick<Relation, 'type' | 'status' | 'since' | 'until'>>(
	relations: readonly R[],
	filter: RelationFilter
): R[] {
	const { hiddenTypes, hiddenStatuses, asOf } = filter;
	return relations.filter(
		(relation) =>
			!hiddenTypes.has(relation.type) &&
			!hiddenStatuses.has(relation.status) &&
			(asOf === undefined || outOfForce(relation, asOf) === undefined)
	);
}

/** The types the graph's relations use, built-ins first, in the order of the legend. */
export function typesInUse(graph: GraphFile): RelationType[] {
	const used = new Set(graph.relations.map((relation) => relation.type));
	return [...relationTypesOf(graph).values()].filter((type) => used.has(type.id));
}

const STATUS_ORDER: RelationStatus[] = ['confirmed', 'reported', 'alleged', 'denied'];

/** The statuses the graph's relations have, from firmest to weakest. */
export function statusesInUse(graph: GraphFile): RelationStatus[] {
	const used = new Set(graph.relations.map((relation) => relation.status));
	return STATUS_ORDER.filter((status) => used.has(status));
}

/** The set with `value` added when it was missing, or taken out when it was there. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
	const next = new Set(set);
	if (!next.delete(value)) next.add(value);
	return next;
}
