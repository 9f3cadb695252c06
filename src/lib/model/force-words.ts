import { counted } from './count-words';
import { formatPartialDate, type PartialDate } from './partial-date';
import { forceAsOf, type RelationDates } from './relations-as-of';

/**
 * Where a relation stood on the as-of date, in words, when that is anything
 * but plainly in force: `signed, not yet in force as of 6 Oct 2024`. Nothing
 * for a relation in force, or one without dates (its dates say "—").
 */
export function forceNote(relation: RelationDates, asOf: PartialDate): string | undefined {
	const date = formatPartialDate(asOf);
	switch (forceAsOf(relation, asOf)) {
		case 'signed':
			return relation.since
				? `signed, not yet in force as of ${date}`
				: `signed by ${date}; not known to be in force`;
		case 'not begun':
			return relation.signed ? `not yet signed as of ${date}` : `not yet in force as of ${date}`;
		case 'ended':
			return `no longer in force as of ${date}`;
		default:
			return undefined;
	}
}

/**
 * Why relations are missing from the picture of a past date: `2 undated
 * relations are not shown as of 31 Dec 1949: when they began is not known`.
 * Nothing when none are.
 */
export function undatedNote(count: number, asOf: PartialDate): string | undefined {
	if (count === 0) return undefined;
	const one = count === 1;
	return `${counted(count, 'undated relation')} ${one ? 'is' : 'are'} not shown as of ${formatPartialDate(asOf)}: when ${one ? 'it' : 'they'} began is not known`;
}
