import { earliestDay, latestDay, type PartialDate } from './partial-date';
import type { Relation } from './schema';

/**
 * Where a relation stood on a day:
 * - `in force`: it had taken effect, or may have (a start of `2023` counts
 *   from 1 Jan 2023), and had not certainly ended;
 * - `signed`: agreed or signed by then, but not yet in force — or, with no
 *   `since`, not known to be;
 * - `not begun`: neither signed nor in force yet;
 * - `ended`: certainly over by then;
 * - `undated`: no date says when it began, so whether it stood then is not known.
 */
export type Force = 'in force' | 'signed' | 'not begun' | 'ended' | 'undated';

/** The dates that say when a relation stood. */
export type RelationDates = Pick<Relation, 'signed' | 'since' | 'until'>;

/**
 * Where a relation stood on `asOf` (a partial date means its last day: as of
 * `2023` is as of 31 Dec 2023). Only a certain answer puts a relation out of
 * force, as references.ts only reports certain contradictions: one that began
 * "in 2023" is in force as of any day of 2023. A relation signed on one day
 * and in force from a later one is `signed` in between: drawn, but never as a
 * relation in force.
 */
export function forceAsOf(relation: RelationDates, asOf: PartialDate): Force {
	const day = latestDay(asOf);
	const { signed, since, until } = relation;
	if (until && latestDay(until) < day) return 'ended';
	if (!signed && !since) return 'undated';
	if (signed && earliestDay(signed) > day) return 'not begun';
	if (since && earliestDay(since) > day) return signed ? 'signed' : 'not begun';
	return since ? 'in force' : 'signed';
}

/**
 * Whether a relation is drawn on the picture of a chosen date: in force, or
 * signed and not yet in force (drawn as such). A relation whose start is not
 * known is not drawn: drawn at full strength it would claim to have been in
 * force then, and a faded line already means something else — that the
 * relation itself is alleged or denied. Its doubt is about when, not whether,
 * so it is left out, and the explorer says how many were left out and why.
 */
export function standsAsOf(force: Force): boolean {
	return force === 'in force' || force === 'signed';
}

/**
 * The network as it stood on a date: the relations in force or signed then.
 * No date: every relation, as the file gives them as of its own date.
 */
export function relationsAsOf<R extends RelationDates>(
	relations: readonly R[],
	asOf: PartialDate | undefined
): R[] {
	if (asOf === undefined) return [...relations];
	return relations.filter((relation) => standsAsOf(forceAsOf(relation, asOf)));
}

/**
 * Whether a relation is signed but not in force on `asOf`: drawn, yet never
 * as a relation in force. Pass the date the picture is shown as of — the
 * date chosen, else the graph's own — since a treaty signed in June and in
 * force from December is signed, not in force, as of a graph dated October.
 */
export function signedNotInForce(relation: RelationDates, asOf: PartialDate): boolean {
	return forceAsOf(relation, asOf) === 'signed';
}
