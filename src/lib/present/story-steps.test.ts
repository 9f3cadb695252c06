import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { storyOf } from './story-steps';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';

const relation = (id: string, type: string, summary: string) => relationOf(id, { type, summary });

const graph = graphOf({
	actors: [actorOf('chn'), actorOf('prk')],
	relations: [
		relation('s1', 'sanctions', 'One'),
		relation('t1', 'trade', 'Main partner'),
		relation('s2', 'sanctions', 'Two'),
		relation('s3', 'sanctions', 'Three'),
		relation('s4', 'sanctions', 'Four')
	]
});

describe('storyOf', () => {
	it('tells the file’s own story when it has one', () => {
		const story = [{ title: 'Only', caption: 'This.' }];
		expect(storyOf({ ...graph, story }, indexGraph(graph))).toBe(story);
	});

	it('presents a graph without a story one relation type at a time, in the legend’s order', () => {
		const steps = storyOf(graph, indexGraph(graph));
		expect(steps.map((s) => [s.title, s.relations])).toEqual([
			['Trade', ['t1']],
			['Sanctions', ['s1', 's2', 's3', 's4']]
		]);
		expect(steps[0].caption).toBe('Trade between China and North Korea, confirmed: Main partner.');
		expect(steps[1].caption).toMatch(/: Three\. And 1 more\.$/);
	});
});
