import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { appendixRows } from './appendix-rows';
import { briefingSources } from './briefing-sources';
import {
	actorOf,
	graphOf,
	relationOf,
	relationTypeOf,
	sourceOf
} from '../../../tests/fixtures/graph-builders';

const graph = graphOf({
	actors: [actorOf('prk'), actorOf('rus')],
	relationTypes: [relationTypeOf('arms', 'Arms transfers', { colour: '#332288' })],
	sources: [
		sourceOf('a', { published: '2023-10-13' }),
		sourceOf('b', { published: '2024-01-04', archivedText: 'It shipped missiles.' })
	],
	relations: [
		relationOf('arms', {
			type: 'arms',
			source: 'prk',
			target: 'rus',
			status: 'alleged',
			since: '2023',
			summary: 'Alleged deliveries',
			evidence: [
				{ source: 'b', quote: 'missiles', credibility: 3 },
				{ source: 'a', note: 'containers' },
				{ source: 'a', quote: 'shells' }
			]
		})
	]
});

describe('appendixRows', () => {
	it('lists a relation in words with every evidence item and its source’s number', () => {
		const index = indexGraph(graph);
		const [row] = appendixRows(graph.relations, index, briefingSources(graph, index.sources, []));
		expect(row.words).toBe('Arms transfers from North Korea to Russia, alleged');
		expect([row.status, row.period]).toEqual(['Alleged', '2023 – present']);
		expect(
			row.evidence.map((e) => [e.number, e.source?.id, e.evidence.quote ?? e.evidence.note])
		).toEqual([
			[1, 'b', 'missiles'],
			[2, 'a', 'containers'],
			[2, 'a', 'shells']
		]);
	});

	it('says of each quote whether it was found in its source’s archived text', () => {
		const index = indexGraph(graph);
		const [row] = appendixRows(graph.relations, index, briefingSources(graph, index.sources, []));
		expect(row.evidence.map((e) => e.standing)).toEqual(['checked', undefined, 'not archived']);
	});
});
