import { earliestDay, latestDay, type PartialDate } from './partial-date';
import type { Relation } from './schema';

/** Why a relation was not in force on a day: not begun yet, or already ended. */
export type OutOfForce = 'not begun' | 'ended';

/**
 * Whether a relation was out of force on `asOf` (a partial date means its
 * last day: as of `2023` is as of 31 Dec 2023), or `undefined` when it may
 * have been in force. Only a certain answer hides a relation: one that began
 * "in 2023" is in force as of any day of 2023, as references.ts only reports
 * certain contradictions. A relation without dates is always in force.
 */
export function outOfForce(
	relation: Pick<Relation, 'since' | 'until'>,
	asOf: PartialDate
): OutOfForce | undefined {
	const day = latestDay(asOf);
	if (relation.since && earliestDay(relation.since) > day) return 'not begun';
	if (relation.until && latestDay(relation.until) < day) return 'ended';
	return undefined;
}

/**
 * The network as it stood on a date: the relations that may have been in
 * force then. No date: every relation, as the file gives them.
 */
export function relationsAsOf<R extends Pick<Relation, 'since' | 'until'>>(
	relations: readonly R[],
	asOf: PartialDate | undefined
): R[] {
	if (asOf === undefined) return [...relations];
	return relations.filter((relation) => outOfForce(relation, asOf) === undefined);
}
