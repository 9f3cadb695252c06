import { describe, expect, it } from 'vitest';
import { actorOpacity, emphases, relationOpacity } from './emphasis';
import { OPACITY } from './visual-constants';

const relation = (id: string, source: string, target: string) => ({ id, source, target });
const relations = [relation('ab', 'a', 'b'), relation('bc', 'b', 'c'), relation('cd', 'c', 'd')];
const actors = new Set(['a', 'b', 'c', 'd', 'e']);
const of = (emphasis: ReturnType<typeof emphases>) => ({
	actors: [...actors].map((id) => `${id}:${emphasis.actor(id)}`),
	relations: relations.map(({ id }) => `${id}:${emphasis.relation(id)}`)
});

describe('emphases', () => {
	it('draws everything normally when nothing is selected', () => {
		const all = of(emphases({ kind: 'selection', selection: null }, relations, actors));
		expect([...all.actors, ...all.relations].every((mark) => mark.endsWith(':normal'))).toBe(true);
	});

	it('fades the other relations and the actors a selected relation does not join', () => {
		const emphasis = emphases(
			{ kind: 'selection', selection: { kind: 'relation', id: 'bc' } },
			relations,
			actors
		);
		expect(of(emphasis)).toEqual({
			actors: ['a:faded', 'b:normal', 'c:normal', 'd:faded', 'e:faded'],
			relations: ['ab:faded', 'bc:selected', 'cd:faded']
		});
	});

	it('fades what a selected actor has no drawn relation with', () => {
		const emphasis = emphases(
			{ kind: 'selection', selection: { kind: 'actor', id: 'b' } },
			relations,
			actors
		);
		expect(of(emphasis)).toEqual({
			actors: ['a:normal', 'b:selected', 'c:normal', 'd:faded', 'e:faded'],
			relations: ['ab:normal', 'bc:normal', 'cd:faded']
		});
	});

	it('ignores a selection that is not drawn (hidden by a filter, or gone)', () => {
		for (const selection of [
			{ kind: 'relation' as const, id: 'gone' },
			{ kind: 'actor' as const, id: 'gone' }
		]) {
			const all = of(emphases({ kind: 'selection', selection }, relations, actors));
			expect([...all.actors, ...all.relations].every((mark) => mark.endsWith(':normal'))).toBe(
				true
			);
		}
	});

	it("draws a briefing step's focus normally, its context faded, and what it has not told yet not at all", () => {
		const emphasis = emphases(
			{
				kind: 'story',
				actors: new Set(['b', 'c']),
				relations: new Set(['bc']),
				context: new Set(['ab'])
			},
			relations,
			actors
		);
		expect(of(emphasis)).toEqual({
			actors: ['a:faded', 'b:normal', 'c:normal', 'd:faded', 'e:faded'],
			relations: ['ab:faded', 'bc:normal', 'cd:hidden']
		});
	});
});

describe('opacity by emphasis', () => {
	it('fades relations and actors by the one set of constants, and hides what is hidden', () => {
		expect(relationOpacity('selected')).toBe(1);
		expect(relationOpacity('faded')).toBe(OPACITY.fadedRelation);
		expect(relationOpacity('hidden')).toBe(0);
		expect(actorOpacity('normal')).toBe(1);
		expect(actorOpacity('faded')).toBe(OPACITY.fadedActor);
	});
});
