import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import { selectionEmphasis } from './selection-emphasis';

const relation = (id: string, source: string, target: string): Relation => ({
	id,
	type: 'trade',
	source,
	target,
	status: 'confirmed',
	summary: id,
	evidence: [{ source: 's', note: 'n' }]
});
const relations = [relation('ab', 'a', 'b'), relation('bc', 'b', 'c'), relation('cd', 'c', 'd')];
const actors = ['a', 'b', 'c', 'd', 'e'];

describe('selectionEmphasis', () => {
	it('fades nothing when nothing is selected', () => {
		const emphasis = selectionEmphasis(null, relations, actors);
		expect([...emphasis.fadedRelations, ...emphasis.fadedActors]).toEqual([]);
	});

	it('fades the other relations and the actors a selected relation does not join', () => {
		const emphasis = selectionEmphasis({ kind: 'relation', id: 'bc' }, relations, actors);
		expect(emphasis.selectedRelation).toBe('bc');
		expect([...emphasis.fadedRelations]).toEqual(['ab', 'cd']);
		expect([...emphasis.fadedActors]).toEqual(['a', 'd', 'e']);
	});

	it('fades what a selected actor has no drawn relation with', () => {
		const emphasis = selectionEmphasis({ kind: 'actor', id: 'b' }, relations, actors);
		expect(emphasis.selectedActor).toBe('b');
		expect([...emphasis.fadedRelations]).toEqual(['cd']);
		expect([...emphasis.fadedActors]).toEqual(['d', 'e']);
	});

	it('ignores a selection that is not drawn', () => {
		const emphasis = selectionEmphasis({ kind: 'relation', id: 'gone' }, relations, actors);
		expect(emphasis.selectedRelation).toBeUndefined();
		expect(emphasis.fadedRelations.size).toBe(0);
	});
});
