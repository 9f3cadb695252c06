import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { dropFromStory, renameInStory } from './story-references';

const graph: GraphFile = {
	title: 'Story',
	asOf: '2024',
	actors: [],
	sources: [],
	relations: [],
	story: [
		{ title: 'One', caption: 'First.', actors: ['a', 'b'], relations: ['a-b'] },
		{ title: 'Two', caption: 'Second.', actors: ['c'], relations: ['a-b', 'b-c'] },
		{ title: 'Three', caption: 'The whole network.' }
	]
};

describe('renameInStory', () => {
	it('renames an actor in every step that names it, and nowhere else', () => {
		const next = renameInStory(graph, 'actors', 'a', 'alpha');
		expect(next.story!.map((step) => step.actors)).toEqual([['alpha', 'b'], ['c'], undefined]);
		expect(next.story!.map((step) => step.relations)).toEqual(
			graph.story!.map((step) => step.relations)
		);
	});

	it('renames a relation in every step that tells it', () => {
		const next = renameInStory(graph, 'relations', 'a-b', 'a-b-trade');
		expect(next.story!.map((step) => step.relations)).toEqual([
			['a-b-trade'],
			['a-b-trade', 'b-c'],
			undefined
		]);
	});

	it('leaves the graph as it was when the id is unchanged or there is no story', () => {
		expect(renameInStory(graph, 'actors', 'a', 'a')).toBe(graph);
		const storyless = { ...graph, story: undefined };
		expect(renameInStory(storyless, 'actors', 'a', 'alpha')).toBe(storyless);
	});
});

describe('dropFromStory', () => {
	it('takes removed relations out of every step, keeping the steps', () => {
		const next = dropFromStory(graph, 'relations', new Set(['a-b']));
		expect(next.story!.map((step) => step.relations)).toEqual([[], ['b-c'], undefined]);
		expect(next.story!.map((step) => step.title)).toEqual(['One', 'Two', 'Three']);
	});

	it('takes removed actors out, leaving the others', () => {
		const next = dropFromStory(graph, 'actors', new Set(['b', 'c']));
		expect(next.story!.map((step) => step.actors)).toEqual([['a'], [], undefined]);
	});

	it('does not touch the original graph', () => {
		dropFromStory(graph, 'actors', new Set(['a']));
		expect(graph.story![0].actors).toEqual(['a', 'b']);
	});

	it('leaves the graph as it was when nothing is removed or there is no story', () => {
		expect(dropFromStory(graph, 'actors', new Set())).toBe(graph);
		const storyless = { ...graph, story: undefined };
		expect(dropFromStory(storyless, 'relations', new Set(['a-b']))).toBe(storyless);
	});
});
