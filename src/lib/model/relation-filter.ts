import type { PartialDate } from './partial-date';
import { forceAsOf, standsAsOf } from './relations-as-of';
import type { GraphFile, Relation, RelationStatus, RelationType } from './schema';
import { relationTypesOf } from './builtin-types';

/** What the analyst has chosen to hide, and the date the network is shown as of. */
export interface RelationFilter {
	hiddenTypes: ReadonlySet<string>;
	hiddenStatuses: ReadonlySet<RelationStatus>;
	/**
	 * A chosen past date: relations not in force or signed then are hidden, and
	 * so are those whose start is not known. `undefined`: the graph's own as-of
	 * date, with every relation the file gives.
	 */
	asOf?: PartialDate;
}

export const SHOW_ALL: RelationFilter = { hiddenTypes: new Set(), hiddenStatuses: new Set() };

type Filtered = Pick<Relation, 'type' | 'status' | 'signed' | 'since' | 'until'>;

/** Whether the analyst hides a relation's type or status. */
const chosenOut = (relation: Filtered, filter: RelationFilter) =>
	filter.hiddenTypes.has(relation.type) || filter.hiddenStatuses.has(relation.status);

/**
 * The relations left to draw once the hidden types and statuses are taken
 * out, and those that did not stand as of the filter's date (see
 * `standsAsOf`: signed but not yet in force is drawn; undated is not).
 */
export function visibleRelations<R extends Filtered>(
	relations: readonly R[],
	filter: RelationFilter
): R[] {
	const { asOf } = filter;
	return relations.filter(
		(relation) =>
			!chosenOut(relation, filter) && (asOf === undefined || standsAsOf(forceAsOf(relation, asOf)))
	);
}

/**
 * The relations the types and statuses chosen would show, hidden only
 * because the filter's date is a past one and nothing says when they began:
 * the explorer says how many, so that they are not silently missing.
 */
export function undatedHidden<R extends Filtered>(
	relations: readonly R[],
	filter: RelationFilter
): R[] {
	const { asOf } = filter;
	if (asOf === undefined) return [];
	return relations.filter(
		(relation) => !chosenOut(relation, filter) && forceAsOf(relation, asOf) === 'undated'
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
