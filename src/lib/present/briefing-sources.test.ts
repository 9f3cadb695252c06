import { describe, expect, it } from 'vitest';
import type { StoryStep } from '$lib/model/schema';
import { briefingSources, shortCitation, slideCitations, storyOrder } from './briefing-sources';
import { citing, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';

const source = (id: string) =>
	sourceOf(id, { publisher: `Publisher ${id}`, published: '2024-10-06' });
const sources = new Map(['a', 'b', 'c', 'd'].map((id) => [id, source(id)]));
const relation = (id: string, cited: string[]) => relationOf(id, { evidence: citing(...cited) });
const graph = {
	relations: [
		relation('first', ['d']),
		relation('second', ['b', 'a']),
		relation('third', ['c', 'a'])
	]
};
const story: StoryStep[] = [
	{ title: '1', caption: '…', relations: ['third'] },
	{ title: '2', caption: '…', relations: ['second', 'third'] }
];

describe('briefingSources', () => {
	it('orders the relations as the story tells them, then the rest', () => {
		expect(storyOrder(graph, story).map((r) => r.id)).toEqual(['third', 'second', 'first']);
	});

	it('numbers each source once, in the order the story first cites it', () => {
		const numbers = briefingSources(graph, sources, story);
		expect(numbers.sources.map((s) => s.id)).toEqual(['c', 'a', 'b', 'd']);
		expect(numbers.byRelation.get('second')).toEqual([2, 3]);
	});
});

describe('slideCitations', () => {
	it('lists the sources of the relations in focus by number, each once', () => {
		const numbers = briefingSources(graph, sources, story);
		expect(
			slideCitations(numbers, ['second', 'third']).map((c) => [c.number, c.source.id])
		).toEqual([
			[1, 'c'],
			[2, 'a'],
			[3, 'b']
		]);
		expect(slideCitations(numbers, [])).toEqual([]);
	});

	it('cites a source by its publisher and date', () => {
		expect(shortCitation(source('a'))).toBe('Publisher a, 6 Oct 2024');
	});
});
