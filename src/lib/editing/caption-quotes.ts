import { findQuote } from '$lib/model/find-quote';
import type { GraphIndex } from '$lib/model/graph-index';

/** The fewest words a passage in quotation marks needs to be held to the evidence: shorter ones are names or scare quotes. */
export const QUOTE_WORDS = 3;

/**
 * The passages a caption quotes: text inside “…”, "…" or ‘…’ of at least
 * `QUOTE_WORDS` words, in the caption's order. A closing ’ counts only
 * where no letter follows it, so an apostrophe inside a quote stays part of it.
 */
export function captionQuotes(caption: string): string[] {
	const marks = /“([^“”]+)”|"([^"]+)"|‘(.+?)’(?!\p{L})/gu;
	const quotes: string[] = [];
	for (const match of caption.matchAll(marks)) {
		const quote = (match[1] ?? match[2] ?? match[3]).trim();
		if (quote.split(/\s+/).filter(Boolean).length >= QUOTE_WORDS) quotes.push(quote);
	}
	return quotes;
}

/**
 * The texts a caption may quote from: the quotes of the evidence of the
 * relations in focus, and the archived text of the sources they cite.
 */
export function evidenceTexts(relationIds: readonly string[], index: GraphIndex): string[] {
	const items = relationIds.flatMap((id) => index.relations.get(id)?.evidence ?? []);
	const quotes = items.flatMap((item) => item.quote ?? []);
	const sources = new Set(items.map((item) => item.source));
	const archived = [...sources].flatMap((id) => index.sources.get(id)?.archivedText ?? []);
	return [...quotes, ...archived];
}

/**
 * The passages of a caption not found word for word in the evidence of the
 * relations in focus, checked as a quote is checked against a source's
 * archived text (only runs of white space may differ).
 */
export function quotesNotInEvidence(
	caption: string,
	relationIds: readonly string[],
	index: GraphIndex
): string[] {
	const evidence = evidenceTexts(relationIds, index);
	return captionQuotes(caption).filter(
		(quote) => !evidence.some((text) => findQuote(text, quote) !== undefined)
	);
}

/** What is wrong with a caption's quotes, in a sentence beside it; none when each was found. */
export function captionQuoteProblem(
	missing: readonly string[],
	relations: number
): string | undefined {
	if (missing.length === 0) return undefined;
	const quoted = missing.map((quote) => `“${quote}”`).join(', ');
	const where =
		relations === 0
			? 'no relation is in focus to quote it from'
			: `not found word for word in the evidence of the ${relations === 1 ? 'relation' : `${relations} relations`} in focus (its quotes and its sources’ archived text)`;
	return `Caption: ${quoted} ${missing.length === 1 ? 'is' : 'are'} ${where}. Quote only verbatim, or drop the quotation marks.`;
}
