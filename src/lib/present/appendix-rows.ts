import { STATUS_LABELS } from '$lib/stage/relation-style';
import type { SourceNumbers } from '$lib/export/source-numbers';
import { describeRelation } from '$lib/model/describe-relation';
import type { GraphIndex } from '$lib/model/graph-index';
import { formatPeriod } from '$lib/model/partial-date';
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
	period: string;
	evidence: AppendixEvidence[];
}

/** Every relation with its evidence, in the order given, each source by its briefing number. */
export function appendixRows(
	relations: readonly Relation[],
	index: GraphIndex,
	numbers: SourceNumbers
): AppendixRow[] {
	const numberOf = new Map(numbers.sources.map((source, i) => [source.id, i + 1]));
	return relations.map((relation) => ({
		id: relation.id,
		words: describeRelation(relation, index),
		summary: relation.summary,
		status: STATUS_LABELS[relation.status],
		period: formatPeriod(relation.since, relation.until),
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
