import { STATUS_LABELS } from '$lib/stage/relation-style';
import type { SourceNumbers } from '$lib/export/source-numbers';
import { describeRelation } from '$lib/model/describe-relation';
import type { GraphIndex } from '$lib/model/graph-index';
import { forceNote } from '$lib/model/force-words';
import { formatPeriod, type PartialDate } from '$lib/model/partial-date';
import { quoteStanding, type QuoteStanding } from '$lib/model/quote-standing';
import type { Evidence, Relation, Source } from '$lib/model/schema';

/** One evidence item in the handout's appendix, with the number of its source. */
export interface AppendixEvidence {
	evidence: Evidence;
	number: number | undefined;
	source: Source | undefined;
	/** How its quote stands against the source's archived text; none for a note only. */
	standing: QuoteStanding | undefined;
}

/** One relation in the handout's appendix: what it is, and everything it rests on. */
export interface AppendixRow {
	id: string;
	/** "Aid from China to North Korea, reported". */
	words: string;
	summary: string;
	status: string;
	/** Its dates in words: "signed 19 Jun 2024, in force from 4 Dec 2024". */
	period: string;
	/** Where it stood on the graph's date, when not plainly in force: "signed, not yet in force as of 6 Oct 2024". */
	standing?: string;
	evidence: AppendixEvidence[];
}

/**
 * Every relation with its evidence, in the order given, each source by its
 * briefing number, and where it stood on `asOf` (the graph's date).
 */
export function appendixRows(
	relations: readonly Relation[],
	index: GraphIndex,
	numbers: SourceNumbers,
	asOf: PartialDate
): AppendixRow[] {
	const numberOf = new Map(numbers.sources.map((source, i) => [source.id, i + 1]));
	return relations.map((relation) => ({
		id: relation.id,
		words: describeRelation(relation, index),
		summary: relation.summary,
		status: STATUS_LABELS[relation.status],
		period: formatPeriod(relation),
		standing: forceNote(relation, asOf),
		evidence: relation.evidence.map((evidence) => {
			const source = index.sources.get(evidence.source);
			return {
				evidence,
				number: numberOf.get(evidence.source),
				source,
				standing: quoteStanding(evidence.quote, source?.archivedText)
			};
		})
	}));
}
