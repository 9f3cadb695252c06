import { QUOTE_STANDING_WORDS, type QuoteStanding } from '$lib/model/quote-standing';
import type { AppendixRow } from './appendix-rows';

/**
 * What the appendix says of its quotes and notes, above its table: only what
 * is true of them. A quote is called verbatim only where it was found word
 * for word in its source's archived text; the others are marked, and the
 * lead says what the marks mean.
 */
export function appendixLead(rows: readonly AppendixRow[]): string {
	const standings = new Set<QuoteStanding>();
	for (const row of rows) {
		for (const item of row.evidence) if (item.standing) standings.add(item.standing);
	}
	const notes = 'Notes are the analyst’s paraphrase.';
	if (standings.size === 0) return notes;
	if (standings.size === 1 && standings.has('checked')) {
		return `Quotes are verbatim: each was found word for word in its source’s archived text. ${notes}`;
	}
	const marks: string[] = [];
	if (standings.has('not archived')) {
		marks.push(
			`a quote marked “${QUOTE_STANDING_WORDS['not archived']}” is as the analyst copied it, unchecked, as no text of its source is archived`
		);
	}
	if (standings.has('not found')) {
		marks.push(`a quote marked “${QUOTE_STANDING_WORDS['not found']}” differs from that text`);
	}
	const unmarked = standings.has('checked')
		? 'Quotes without a mark were found word for word in their source’s archived text; '
		: '';
	const sentence = `${unmarked}${marks.join('; ')}.`;
	return `${sentence[0].toUpperCase()}${sentence.slice(1)} ${notes}`;
}
