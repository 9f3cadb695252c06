import { describe, expect, it } from 'vitest';
import type { GraphSummary } from './graph-store';
import { libraryOrder, summarize } from './graph-summary';
import { testGraph } from './test-graph';

describe('summarize', () => {
	it('counts actors and relations and dates the save', () => {
		expect(summarize('a', testGraph('Ties'), new Date('2025-01-02T03:04:05Z'))).toEqual({
			id: 'a',
			title: 'Ties',
			actors: 2,
			relations: 1,
			updated: '2025-01-02T03:04:05.000Z'
		});
	});

	it('marks the example', () => {
		expect(summarize('example', testGraph(), new Date(), true).example).toBe(true);
	});
});

describe('libraryOrder', () => {
	const entry = (id: string, title: string, example?: boolean): GraphSummary => ({
		id,
		title,
		actors: 0,
		relations: 0,
		updated: '',
		...(example ? { example } : {})
	});

	it('puts the example first, then titles as a reader sorts them', () => {
		const sorted = [
			entry('c', 'network 10'),
			entry('d', 'Zambia'),
			entry('b', 'Network 2'),
			entry('example', 'Zebra', true),
			entry('a', 'ártico')
		].sort(libraryOrder);
		expect(sorted.map((each) => each.id)).toEqual(['example', 'a', 'b', 'c', 'd']);
	});

	it('orders equal titles by id, so the order is stable', () => {
		const sorted = [entry('y', 'Same'), entry('x', 'same')].sort(libraryOrder);
		expect(sorted.map((each) => each.id)).toEqual(['x', 'y']);
	});
});
