import type { GraphFile } from '$lib/model/schema';
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

/** The appendix's rows for every relation of `of`, as of 6 October 2024. */
function rowsOf(of: GraphFile) {
	const index = indexGraph(of);
	return appendixRows(of.relations, index, briefingSources(of, index.sources, []), '2024-10-06');
}

describe('appendixRows', () => {
	it('lists a relation in words with every evidence item and its source’s number', () => {
		const [row] = rowsOf(graph);
		expect(row.words).toBe('Arms transfers from North Korea to Russia, alleged');
		expect([row.status, row.period, row.standing]).toEqual([
			'Alleged',
			'2023 – present',
			undefined
		]);
		expect(
			row.evidence.map((e) => [e.number, e.source?.id, e.evidence.quote ?? e.evidence.note])
		).toEqual([
			[1, 'b', 'missiles'],
			[2, 'a', 'containers'],
			[2, 'a', 'shells']
		]);
	});

	it('says of each quote whether it was found in its source’s archived text', () => {
		const [row] = rowsOf(graph);
		expect(row.evidence.map((e) => e.standing)).toEqual(['checked', undefined, 'not archived']);
	});

	it('says a treaty was signed before it took effect, and where it stood on the graph’s date', () => {
		const treaty = relationOf('treaty', {
			type: 'defense-pact',
			source: 'rus',
			target: 'prk',
			signed: '2024-06-19',
			since: '2024-12-04',
			evidence: [{ source: 'a', note: 'signed in Pyongyang' }]
		});
		const withTreaty = { ...graph, relations: [treaty] };
		const index = indexGraph(withTreaty);
		const [row] = appendixRows(
			[treaty],
			index,
			briefingSources(withTreaty, index.sources, []),
			'2024-10-06'
		);
		expect([row.period, row.standing]).toEqual([
			'signed 19 Jun 2024, in force from 4 Dec 2024',
			'signed, not yet in force as of 6 Oct 2024'
		]);
	});
});
