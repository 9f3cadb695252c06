import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph-index';
import {
	quoteCountWords,
	quoteStanding,
	relationQuoteCounts,
	relationQuotesChecked
} from './quote-standing';
import { graphOf, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';

const TEXT = 'China serves as North Korea’s primary trading partner\nand major source of aid.';

describe('quoteStanding', () => {
	it('is checked when the quote is word for word in the archived text', () => {
		expect(quoteStanding('primary trading partner and major source', TEXT)).toBe('checked');
	});

	it('is not found when the text is archived and the quote is not in it', () => {
		expect(quoteStanding('China is North Korea’s main trading partner', TEXT)).toBe('not found');
		// A straight apostrophe for the source's curly one is a changed character.
		expect(quoteStanding("North Korea's primary", TEXT)).toBe('not found');
	});

	it('is not archived when no text of the source is held, or only white space', () => {
		expect(quoteStanding('anything at all', undefined)).toBe('not archived');
		expect(quoteStanding('anything at all', ' \n ')).toBe('not archived');
	});

	it('is nothing where there is no quote', () => {
		expect(quoteStanding(undefined, TEXT)).toBeUndefined();
		expect(quoteStanding('   ', TEXT)).toBeUndefined();
	});
});

const graph = graphOf({
	sources: [sourceOf('archived', { archivedText: TEXT }), sourceOf('bare')],
	relations: [
		relationOf('mixed', {
			evidence: [
				{ source: 'archived', quote: 'primary trading partner' },
				{ source: 'archived', quote: 'sole trading partner', note: 'Said loosely.' },
				{ source: 'bare', quote: 'Trade grew.' },
				{ source: 'bare', quote: 'Trade grew again.' },
				{ source: 'bare', note: 'A note only.' }
			]
		}),
		relationOf('checked', { evidence: [{ source: 'archived', quote: 'major source of aid.' }] }),
		relationOf('unchecked', { evidence: [{ source: 'bare', quote: 'Aid.' }] }),
		relationOf('noted', { evidence: [{ source: 'bare', note: 'Aid.' }] })
	]
});
const index = indexGraph(graph);
const counts = (id: string) => relationQuoteCounts(index.relations.get(id)!, index);

describe('relationQuoteCounts', () => {
	it('counts a relation’s quotes by standing, leaving out items without a quote', () => {
		expect(counts('mixed')).toEqual({ checked: 1, 'not found': 1, 'not archived': 2 });
		expect(counts('noted')).toEqual({ checked: 0, 'not found': 0, 'not archived': 0 });
	});
});

describe('relationQuotesChecked', () => {
	it('says no if any quote is not found, not archived if any is unchecked, else yes', () => {
		expect(relationQuotesChecked(counts('mixed'))).toBe('no');
		expect(relationQuotesChecked(counts('unchecked'))).toBe('not archived');
		expect(relationQuotesChecked(counts('checked'))).toBe('yes');
		expect(relationQuotesChecked(counts('noted'))).toBeUndefined();
	});
});

describe('quoteCountWords', () => {
	it('says what a relation’s quotes lack, one phrase per standing', () => {
		expect(quoteCountWords(counts('mixed'))).toEqual([
			'1 quote not found word for word in the source’s text',
			'2 quotes not checked against the source'
		]);
		expect(quoteCountWords(counts('unchecked'))).toEqual([
			'1 quote not checked against the source'
		]);
		expect(quoteCountWords(counts('checked'))).toEqual([]);
	});
});
