import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { StoryStepSchema, type GraphFile } from '$lib/model/schema';
import { newStep } from './new-step';

const graph: GraphFile = {
	title: 'Test',
	asOf: '2024-06',
	actors: [
		{ id: 'chn', name: 'China', kind: 'state' },
		{ id: 'prk', name: 'North Korea', kind: 'state' }
	],
	sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org', published: '2024' }],
	relations: [
		{
			id: 'chn-prk-aid',
			type: 'aid',
			source: 'chn',
			target: 'prk',
			status: 'confirmed',
			summary: 'China sends food aid',
			evidence: [{ source: 's', note: 'n' }]
		}
	]
};
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
