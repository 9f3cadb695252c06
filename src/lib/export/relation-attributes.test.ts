import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import type { Relation } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { relationAttributes } from './relation-attributes';

const example = exampleGraph();
const index = indexGraph(example);
const relation = (id: string) => example.relations.find((r) => r.id === id)!;

describe('relationAttributes', () => {
	it('gives a relation’s type, status, summary and dates as network tools keep them', () => {
		const pact = relationAttributes(relation('rus-prk-treaty-2024'), index);
		expect(pact).toMatchObject({
			type: 'defense-pact',
			typeLabel: 'Defense pact',
			status: 'confirmed',
			directed: false,
			signed: '2024-06-19',
			since: '2024-12-04',
			summary: relation('rus-prk-treaty-2024').summary,
			evidence: 4
		});
		expect(pact.until).toBeUndefined();
	});

	it('names each source once, in the order the evidence first cites them, with the first one’s link', () => {
		const diplomatic = relationAttributes(relation('chn-prk-diplomatic'), index);
		expect(diplomatic.evidence).toBe(4);
		expect(diplomatic.sources).toBe('ksat-2024-10-06 xinhua-2024-10-06');
		expect(diplomatic.url).toBe(index.sources.get('ksat-2024-10-06')!.url);
	});

	it('lists the sources’ dates and reliability by source, the credibility and locators by item', () => {
		const diplomatic = relationAttributes(relation('chn-prk-diplomatic'), index);
		expect(diplomatic).toMatchObject({
			sources: 'ksat-2024-10-06 xinhua-2024-10-06',
			published: '2024-10-06 2024-10-06',
			reliability: 'C B',
			credibility: '1 1 1 1',
			locators: 'paragraph 2 | paragraph 2 | paragraph 2 | -',
			quotesChecked: 'yes'
		});
	});

	it('marks what is not given with a dash, so each entry keeps its place', () => {
		const ungraded: Relation = {
			...relation('chn-prk-trade'),
			evidence: [
				{ source: 'xinhua-2024-10-06', note: 'Said.' },
				{ source: 'unknown-source', note: 'Said somewhere.', credibility: 4, locator: 'p. 2' }
			]
		};
		expect(relationAttributes(ungraded, index)).toMatchObject({
			published: '2024-10-06 -',
			reliability: 'B -',
			credibility: '- 4',
			locators: '- | p. 2'
		});
	});

	it('sums up whether its quotes were found in their sources, none for a relation without quotes', () => {
		const quoted = (quote: string, source = 'ksat-2024-10-06') => ({
			...relation('chn-prk-trade'),
			evidence: [{ source, quote }]
		});
		expect(relationAttributes(quoted('serves as'), index).quotesChecked).toBe('yes');
		expect(relationAttributes(quoted('trades a lot'), index).quotesChecked).toBe('no');
		expect(
			relationAttributes(quoted('trades a lot', 'xinhua-2024-10-06'), index).quotesChecked
		).toBe('not archived');
		expect(
			relationAttributes(relation('chn-prk-treaty-1961'), index).quotesChecked
		).toBeUndefined();
	});

	it('takes the direction from the relation, else from its type', () => {
		const aid = relation('chn-prk-aid');
		const { directed: _directed, ...undirectedAid } = aid;
		void _directed;
		expect(relationAttributes({ ...aid, directed: false }, index).directed).toBe(false);
		expect(relationAttributes(undirectedAid as Relation, index).directed).toBe(true);
		expect(
			relationAttributes({ ...undirectedAid, type: 'trade' } as Relation, index).directed
		).toBe(false);
	});

	it('keeps a type the graph does not know by its id, and a source it does not know without a link', () => {
		const odd: Relation = {
			...relation('chn-prk-trade'),
			type: 'cyber',
			evidence: [{ source: 'unknown-source', note: 'Said somewhere.' }]
		};
		const attributes = relationAttributes(odd, index);
		expect(attributes.typeLabel).toBe('cyber');
		expect(attributes.directed).toBe(false);
		expect(attributes.sources).toBe('unknown-source');
		expect(attributes.url).toBeUndefined();
	});
});
