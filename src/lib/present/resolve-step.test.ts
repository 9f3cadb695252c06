import { describe, expect, it } from 'vitest';
import type { StoryStep } from '$lib/model/schema';
import { resolveStep } from './resolve-step';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';

const relation = (id: string, source: string, target: string, since?: string) =>
	relationOf(id, { source, target, since });

const graph = graphOf({
	actors: ['chn', 'prk', 'rus', 'un'].map((id) => actorOf(id)),
	relations: [
		relation('diplomatic', 'chn', 'prk', '1949-10-06'),
		relation('trade', 'chn', 'prk'),
		relation('sanctions', 'un', 'prk', '2006-10-14'),
		relation('pact', 'rus', 'prk', '2024-06-19'),
		relation('untold', 'chn', 'rus')
	]
});

const story: StoryStep[] = [
	{ title: 'Ties', caption: '…', actors: ['chn'], relations: ['diplomatic'], asOf: '1961' },
	{ title: 'Trade', caption: '…', relations: ['trade'] },
	{ title: 'Pact', caption: '…', actors: ['rus', 'prk'], relations: ['pact'], asOf: '2024-06-19' },
	{ title: 'UN', caption: '…', actors: ['un'] },
	{ title: 'All', caption: '…' }
];

describe('resolveStep', () => {
	it('puts the step’s relations in focus, and the actors it names and their ends', () => {
		const step = resolveStep(graph, story, 1);
		expect(step.focusRelations).toEqual(['trade']);
		expect([...step.focusActors].sort()).toEqual(['chn', 'prk']);
	});

	it('reveals progressively: told before is context, told later is hidden, never told is context', () => {
		const step = resolveStep(graph, story, 1);
		expect(step.contextRelations).toEqual(['diplomatic', 'sanctions', 'untold']);
		expect(step.contextRelations).not.toContain('pact');
	});

	it('hides what was not in force as of the step’s date, context included', () => {
		const first = resolveStep(graph, story, 0);
		expect(first.asOf).toBe('1961');
		expect(first.focusRelations).toEqual(['diplomatic']);
		// Sanctions (2006) had not begun in 1961; trade is told later; nothing dates the untold tie.
		expect(first.contextRelations).toEqual([]);
		const pact = resolveStep(graph, story, 2);
		expect(pact.focusRelations).toEqual(['pact']);
		// Trade and the untold tie have no dates: not known to stand on 19 June 2024, not drawn.
		expect(pact.contextRelations).toEqual(['diplomatic', 'sanctions']);
	});

	it('draws every relation, dated or not, on a step without a date of its own', () => {
		expect(resolveStep(graph, story, 3).contextRelations).toEqual([
			'diplomatic',
			'trade',
			'sanctions',
			'pact',
			'untold'
		]);
	});

	it('shows a treaty on the step of its signing, before it is in force', () => {
		const signed = graphOf({
			actors: ['prk', 'rus'].map((id) => actorOf(id)),
			relations: [
				relationOf('treaty', {
					source: 'rus',
					type: 'defense-pact',
					signed: '2024-06-19',
					since: '2024-12-04'
				})
			]
		});
		const steps: StoryStep[] = [
			{ title: 'Before', caption: '…', actors: ['rus'], asOf: '2024-05' },
			{ title: 'Signed', caption: '…', relations: ['treaty'], asOf: '2024-06-19' }
		];
		expect(resolveStep(signed, steps, 0).contextRelations).toEqual([]);
		expect(resolveStep(signed, steps, 1).focusRelations).toEqual(['treaty']);
	});

	it('focuses on named actors alone when a step names no relation', () => {
		const step = resolveStep(graph, story, 3);
		expect(step.focusRelations).toEqual([]);
		expect([...step.focusActors]).toEqual(['un']);
		expect(step.contextRelations).toContain('pact');
	});

	it('shows everything in focus on a step that names nothing: an overview', () => {
		const step = resolveStep(graph, story, 4);
		expect(step.focusRelations).toEqual(graph.relations.map((r) => r.id));
		expect(step.contextRelations).toEqual([]);
		expect(step.focusActors.size).toBe(4);
	});
});
