import { findQuote } from './find-quote';
import type { GraphIndex } from './graph-index';
import type { Relation } from './schema';

/**
 * How far a quote can be trusted to be the source's own words:
 * - `checked`: found word for word in the source's archived text;
 * - `not found`: the source's text is archived and the quote is not in it;
 * - `not archived`: no text of the source is held, so the quote was not checked.
 */
export type QuoteStanding = 'checked' | 'not found' | 'not archived';

/**
 * The standing of a quote against the archived text of its source; none
 * where there is no quote. The one place this is decided: the form, the
 * Evidence panel, the table, the exports and the handout all ask here.
 * A text of white space only is no archived text.
 */
export function quoteStanding(
	quote: string | undefined,
	archivedText: string | undefined
): QuoteStanding | undefined {
	if (quote === undefined || quote.trim() === '') return undefined;
	if (archivedText === undefined || archivedText.trim() === '') return 'not archived';
	return findQuote(archivedText, quote) ? 'checked' : 'not found';
}

/** How each standing is said beside a quote, in the panel, the table and the handout. */
export const QUOTE_STANDING_WORDS: Record<QuoteStanding, string> = {
	checked: 'Found word for word in the source',
	'not found': 'Not found word for word in the source’s archived text',
	'not archived': 'Not checked against the source'
};

/** How many quotes of each standing. */
export type QuoteCounts = Record<QuoteStanding, number>;

/** The standing of each of a relation's quotes, counted; items with a note only count for none. */
export function relationQuoteCounts(relation: Relation, index: GraphIndex): QuoteCounts {
	const counts: QuoteCounts = { checked: 0, 'not found': 0, 'not archived': 0 };
	for (const evidence of relation.evidence) {
		const standing = quoteStanding(
			evidence.quote,
			index.sources.get(evidence.source)?.archivedText
		);
		if (standing) counts[standing] += 1;
	}
	return counts;
}

/**
 * A relation's quotes in one word for network tools, where it is filtered on:
 * `no` if any quote is not found in its source's text, else `not archived` if
 * any could not be checked, else `yes`; none where the relation has no quote.
 */
export function relationQuotesChecked(
	counts: QuoteCounts
): 'yes' | 'no' | 'not archived' | undefined {
	if (counts['not found'] > 0) return 'no';
	if (counts['not archived'] > 0) return 'not archived';
	return counts.checked > 0 ? 'yes' : undefined;
}

/**
 * What a relation's quotes lack, in words for its row of the table:
 * `['2 quotes not checked against the source']`; nothing when every quote
 * was found in its source.
 */
export function quoteCountWords(counts: QuoteCounts): string[] {
	const quotes = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);
	const words: string[] = [];
	if (counts['not found'] > 0) {
		words.push(`${quotes(counts['not found'])} not found word for word in the source’s text`);
	}
	if (counts['not archived'] > 0) {
		words.push(`${quotes(counts['not archived'])} not checked against the source`);
	}
	return words;
}
