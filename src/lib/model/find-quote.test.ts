import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote';

const text = 'China serves as North Korea’s primary trading partner\nand major source of aid.';

describe('findQuote', () => {
	it('finds a quote word for word and gives its place', () => {
		const span = findQuote(text, 'primary trading partner and major source');
		expect(span).toBeDefined();
		expect(text.slice(span!.start, span!.end)).toBe('primary trading partner\nand major source');
	});

	it('does not accept a changed word', () => {
		expect(findQuote(text, 'main trading partner')).toBeUndefined();
	});

	it('does not accept straight quotes for curly ones', () => {
		expect(findQuote(text, "North Korea's primary")).toBeUndefined();
		expect(findQuote(text, 'North Korea’s primary')).toBeDefined();
	});

	it('treats punctuation in the quote literally', () => {
		expect(findQuote(text, 'aid.')).toBeDefined();
		expect(findQuote(text, 'aid?')).toBeUndefined();
		expect(findQuote('a (b) c', '(b)')).toEqual({ start: 2, end: 5 });
	});

	it('finds nothing for an empty quote', () => {
		expect(findQuote(text, '   ')).toBeUndefined();
	});
});
