import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { example, valid } from '../../../tests/fixtures/example-graph';
import { addActor, relationsOf, removeActor, updateActor } from './actor-edits';

const idsOf = (records: readonly { id: string }[]) => records.map((record) => record.id);
const stepsNaming = (graph: GraphFile, kind: 'actors' | 'relations', id: string) =>
	(graph.story ?? []).filter((step) => step[kind]?.includes(id)).map((step) => step.id);

describe('addActor', () => {
	it('adds an actor without touching the original graph', () => {
		const next = addActor(example, { id: 'kor', name: 'South Korea', kind: 'state' });
		expect(next.actors).toHaveLength(example.actors.length + 1);
		expect(example.actors.some((a) => a.id === 'kor')).toBe(false);
		expect(valid(next)).toBe(true);
	});
});

describe('updateActor', () => {
	const prk = example.actors.find((a) => a.id === 'prk')!;

	it('renames an actor’s id in its relations', () => {
		const next = updateActor(example, 'prk', { ...prk, id: 'dprk' });
		expect(next.relations.filter((r) => r.source === 'prk' || r.target === 'prk')).toEqual([]);
		expect(relationsOf(next, 'dprk')).toHaveLength(relationsOf(example, 'prk').length);
		expect(valid(next)).toBe(true);
	});

	it('renames an actor’s id in the story steps that name it', () => {
		const named = stepsNaming(example, 'actors', 'prk');
		expect(named.length).toBeGreaterThan(0);
		const next = updateActor(example, 'prk', { ...prk, id: 'dprk' });
		expect(stepsNaming(next, 'actors', 'prk')).toEqual([]);
		expect(stepsNaming(next, 'actors', 'dprk')).toEqual(named);
	});

	it('changes an actor’s name in place, its relations and story as they were', () => {
		const next = updateActor(example, 'prk', { ...prk, name: 'DPRK' });
		expect(next.actors.find((a) => a.id === 'prk')!.name).toBe('DPRK');
		expect(idsOf(next.actors)).toEqual(idsOf(example.actors));
		expect(next.relations).toEqual(example.relations);
		expect(next.story).toEqual(example.story);
		expect(prk.name).toBe('North Korea');
	});
});

describe('relationsOf', () => {
	it('lists the relations an actor takes part in, whichever end it is', () => {
		expect(idsOf(relationsOf(example, 'rus')).sort()).toEqual([
			'prk-rus-alignment',
			'prk-rus-arms',
			'rus-prk-treaty-2024'
		]);
		expect(relationsOf(example, 'nobody')).toEqual([]);
	});
});

describe('removeActor', () => {
	it('removes an actor with its relations, leaving a valid graph', () => {
		const next = removeActor(example, 'rus');
		expect(next.actors.map((a) => a.id)).not.toContain('rus');
		expect(relationsOf(next, 'rus')).toEqual([]);
		expect(valid(next)).toBe(true);
	});

	it('keeps the relations between the other actors', () => {
		const next = removeActor(example, 'rus');
		const kept = example.relations.filter((r) => r.source !== 'rus' && r.target !== 'rus');
		expect(next.relations).toEqual(kept);
	});

	it('drops the actor and its relations from the story', () => {
		const next = removeActor(example, 'rus');
		expect(stepsNaming(next, 'actors', 'rus')).toEqual([]);
		expect(stepsNaming(next, 'relations', 'rus-prk-treaty-2024')).toEqual([]);
		expect(stepsNaming(next, 'relations', 'prk-rus-arms')).toEqual([]);
		// The steps stay, telling what is left of them.
		expect(next.story!.map((step) => step.id)).toEqual(example.story!.map((step) => step.id));
		const pact = next.story!.find((step) => step.id === 'russia-pact')!;
		expect(pact.actors).toEqual(['prk']);
	});
});
