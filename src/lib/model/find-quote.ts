/** Where a quote stands in a source's text: `text.slice(start, end)`. */
export interface QuoteSpan {
	start: number;
	end: number;
}

/**
 * Finds a quote in a source's archived text, word for word. Only runs of
 * white space may differ (line breaks in a copied text); every letter and
 * every punctuation mark, curly quotes included, must be the same.
 */
export function findQuote(sourceText: string, quote: string): QuoteSpan | undefined {
	const words = quote.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return undefined;
	const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
	const match = pattern.exec(sourceText);
	if (!match) return undefined;
	return { start: match.index, end: match.index + match[0].length };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
