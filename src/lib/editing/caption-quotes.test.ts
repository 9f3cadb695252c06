import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { captionQuoteProblem, captionQuotes, quotesNotInEvidence } from './caption-quotes';
import { graphOf, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';

const graph = graphOf({
	sources: [
		sourceOf('s', {
			archivedText: 'Officials in Beijing called the tie “unbreakable” in a statement on Sunday.'
		}),
		sourceOf('other', { archivedText: 'A text no evidence in focus cites.' })
	],
	relations: [
		relationOf('chn-prk-diplomatic', {
			summary: 'Ties',
			evidence: [
				{
					source: 's',
					quote: 'The two countries are as close as lips and\nteeth, the leaders said.'
				}
			]
		})
	]
});
const index = indexGraph(graph);

describe('caption quotes', () => {
	it('finds passages in curly, straight and single quotation marks, of three words or more', () => {
		expect(
			captionQuotes(
				'Since 1949: “as close as lips and teeth”. He said "a new era begins", ‘the country’s own path’ and “Juche”.'
			)
		).toEqual(['as close as lips and teeth', 'a new era begins', 'the country’s own path']);
		expect(captionQuotes('No quotation here, and China’s “no limits” ties.')).toEqual([]);
	});

	it('accepts a quote found word for word in the evidence of the relations in focus', () => {
		const caption = 'Since 1949: “as close as lips and teeth”.';
		expect(quotesNotInEvidence(caption, ['chn-prk-diplomatic'], index)).toEqual([]);
	});

	it('accepts a quote found in the archived text of a source the evidence in focus cites, and no other', () => {
		const focus = ['chn-prk-diplomatic'];
		expect(quotesNotInEvidence('They said “in a statement on Sunday”.', focus, index)).toEqual([]);
		expect(quotesNotInEvidence('“A text no evidence”', focus, index)).toEqual([
			'A text no evidence'
		]);
	});

	it('refuses a quote changed by one word, or one quoted where no relation in focus has it', () => {
		const changed = 'Since 1949: “as close as lips and tongue”.';
		expect(quotesNotInEvidence(changed, ['chn-prk-diplomatic'], index)).toEqual([
			'as close as lips and tongue'
		]);
		expect(quotesNotInEvidence('“as close as lips”', [], index)).toEqual(['as close as lips']);
		expect(quotesNotInEvidence('“as close as lips”', ['gone'], index)).toEqual([
			'as close as lips'
		]);
	});

	it('names the quote not found, and why, in a sentence', () => {
		expect(captionQuoteProblem([], 1)).toBeUndefined();
		expect(captionQuoteProblem(['as close as lips and tongue'], 2)).toBe(
			'Caption: “as close as lips and tongue” is not found word for word in the evidence of the 2 relations in focus (its quotes and its sources’ archived text). Quote only verbatim, or drop the quotation marks.'
		);
		expect(captionQuoteProblem(['a b c'], 0)).toContain('no relation is in focus');
	});
});

describe('the example briefing', () => {
	it('quotes only what its evidence says, step by step', () => {
		const example: GraphFile = JSON.parse(
			readFileSync(
				new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url),
				'utf8'
			)
		);
		const exampleIndex = indexGraph(example);
		for (const step of example.story!) {
			expect(captionQuotes(step.caption).length, step.title).toBeGreaterThan(0);
			expect(
				quotesNotInEvidence(step.caption, step.relations ?? [], exampleIndex),
				step.title
			).toEqual([]);
		}
	});
});
