import { describe, expect, it } from 'vitest';
import { GraphFileSchema, type GraphFile, type StoryStep } from '$lib/model/schema';
import {
	addStep,
	deleteStep,
	duplicateStep,
	moveStep,
	newStepId,
	startStory,
	updateStep
} from './story-edits';

const step = (title: string, more: Partial<StoryStep> = {}): StoryStep => ({
	id: title.toLowerCase().replace(/\s+/g, '-'),
	title,
	caption: `About ${title}.`,
	...more
});

const base: GraphFile = { title: 'Test', asOf: '2024', actors: [], sources: [], relations: [] };
const told = (...titles: string[]): GraphFile => ({ ...base, story: titles.map((t) => step(t)) });
const titles = (graph: GraphFile) => graph.story?.map((s) => s.title);

describe('story edits', () => {
	it('starts a story from the generated steps, each with an id', () => {
		const graph = startStory(base, [
			{ title: 'Trade', caption: 'a' },
			{ id: 'aid', title: 'Aid', caption: 'b' }
		]);
		expect(graph.story?.map((s) => s.id)).toEqual(['trade', 'aid']);
		expect(startStory(told('A'), [step('B')])).toEqual(told('A'));
	});

	it('adds a step at the end, or after a step, its id from its title and unlike the others', () => {
		const graph = addStep(told('Russia pact', 'Aid'), { title: 'Russia pact', caption: 'c' }, 0);
		expect(titles(graph)).toEqual(['Russia pact', 'Russia pact', 'Aid']);
		expect(graph.story?.[1].id).toBe('russia-pact-2');
		expect(titles(addStep(base, { title: 'First', caption: 'c' }))).toEqual(['First']);
		expect(GraphFileSchema.safeParse(graph).success).toBe(true);
	});

	it('duplicates a step right after it, a copy with its own id', () => {
		const original = told('A', 'B');
		original.story![0].actors = ['prk'];
		const graph = duplicateStep(original, 0);
		expect(titles(graph)).toEqual(['A', 'A', 'B']);
		expect(graph.story?.[1].id).toBe('a-2');
		graph.story![1].actors!.push('chn');
		expect(original.story![0].actors).toEqual(['prk']);
	});

	it('deletes a step; deleting the last one leaves the graph without a story', () => {
		expect(titles(deleteStep(told('A', 'B', 'C'), 1))).toEqual(['A', 'C']);
		const none = deleteStep(told('A'), 0);
		expect('story' in none).toBe(false);
		expect(GraphFileSchema.safeParse(none).success).toBe(true);
		expect(deleteStep(told('A'), 3)).toEqual(told('A'));
	});

	it('moves a step up or down, the others closing up', () => {
		expect(titles(moveStep(told('A', 'B', 'C'), 0, 2))).toEqual(['B', 'C', 'A']);
		expect(titles(moveStep(told('A', 'B', 'C'), 2, 1))).toEqual(['A', 'C', 'B']);
		const graph = told('A', 'B');
		expect(moveStep(graph, 0, -1)).toBe(graph);
		expect(moveStep(graph, 1, 2)).toBe(graph);
	});

	it('updates a step; an id made from its title follows a new title, one of its own stays', () => {
		const graph = told('A', 'B');
		expect(updateStep(graph, 0, step('Z', { id: 'a' })).story?.[0]).toMatchObject({
			id: 'z',
			title: 'Z'
		});
		const named = { ...graph, story: [step('A', { id: 'opening' }), step('B')] };
		expect(updateStep(named, 0, step('Z', { id: 'opening' })).story?.[0]).toMatchObject({
			id: 'opening',
			title: 'Z'
		});
		expect(updateStep(graph, 0, step('A', { id: 'a', caption: 'New.' })).story?.[0].id).toBe('a');
		expect(updateStep(graph, 0, { title: 'B', caption: 'c', id: 'b' }).story?.[0].id).toBe('b-2');
		expect(updateStep(graph, 1, { title: 'New title', caption: 'c' }).story?.[1].id).toBe(
			'new-title'
		);
	});

	it('makes a step id from its title, numbered when taken, never empty', () => {
		expect(newStepId('Côte d’Ivoire', [])).toBe('cote-d-ivoire');
		expect(newStepId('A', [step('A')])).toBe('a-2');
		expect(newStepId('A', [step('A')], 0)).toBe('a');
		expect(newStepId('中国', [])).toBe('step');
	});
});
