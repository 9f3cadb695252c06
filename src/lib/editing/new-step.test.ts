import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { StoryStepSchema } from '$lib/model/schema';
import { graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { newStep } from './new-step';

const graph = graphOf({
	asOf: '2024-06',
	relations: [relationOf('chn-prk-aid', { type: 'aid', summary: 'China sends food aid' })]
});
const index = indexGraph(graph);

describe('newStep', () => {
	it('is about the relation selected, its summary the first caption', () => {
		const step = newStep(graph, index, { kind: 'relation', id: 'chn-prk-aid' });
		expect(step).toEqual({
			title: 'Aid from China to North Korea, confirmed',
			caption: 'China sends food aid.',
			relations: ['chn-prk-aid']
		});
		expect(StoryStepSchema.safeParse(step).success).toBe(true);
	});

	it('is about the actor selected, or an overview of the whole network', () => {
		expect(newStep(graph, index, { kind: 'actor', id: 'prk' })).toMatchObject({
			title: 'North Korea',
			actors: ['prk']
		});
		expect(newStep(graph, index, null)).toEqual({
			title: 'Overview',
			caption: 'The whole network as of Jun 2024.'
		});
	});
});
