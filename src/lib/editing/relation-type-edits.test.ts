import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES, relationTypesOf } from '$lib/model/builtin-types';
import type { GraphFile } from '$lib/model/schema';
import { graphOf, relationOf, relationTypeOf } from '../../../tests/fixtures/graph-builders';
import { valid } from '../../../tests/fixtures/example-graph';
import {
	addRelationType,
	deleteRelationType,
	moveAndDeleteRelationType,
	relationsOfType,
	saveRelationTypes,
	updateRelationType
} from './relation-type-edits';

const arms = relationTypeOf('arms-transfers', 'Arms transfers', { colour: '#332288' });
const trade = BUILTIN_RELATION_TYPES[0];

/** A graph with "Arms transfers" declared, two relations of it and one of trade, and a story naming one. */
function armsGraph(): GraphFile {
	return graphOf({
		relationTypes: [arms],
		relations: [
			relationOf('rus-prk-arms', { type: 'arms-transfers', source: 'rus' }),
			relationOf('chn-prk-arms', { type: 'arms-transfers' }),
			relationOf('chn-prk-trade')
		],
		story: [{ title: 'Arms', caption: 'Arms flow', relations: ['rus-prk-arms'] }]
	});
}

describe('relation type edits', () => {
	it('declares a new type after the others', () => {
		const graph = addRelationType(graphOf(), arms);
		expect(graph.relationTypes).toEqual([arms]);
		expect(relationTypesOf(graph).get('arms-transfers')?.label).toBe('Arms transfers');
		expect(valid(graph)).toBe(true);
	});

	it('refuses a second type with an id already taken, built in or declared', () => {
		expect(() => addRelationType(graphOf(), { ...arms, id: 'trade' })).toThrow(/already/);
		expect(() => addRelationType(armsGraph(), arms)).toThrow(/already/);
	});

	it('renames a type without touching its id, so its relations and story steps still name it', () => {
		const before = armsGraph();
		const graph = updateRelationType(before, { ...arms, label: 'Weapons deliveries' });
		expect(relationTypesOf(graph).get('arms-transfers')?.label).toBe('Weapons deliveries');
		expect(graph.relations).toBe(before.relations);
		expect(graph.story).toBe(before.story);
	});

	it('stores a restyled built-in type as an override, and drops the override once set back', () => {
		const restyled = updateRelationType(graphOf(), { ...trade, colour: '#1F1F1F', dash: 'dotted' });
		expect(restyled.relationTypes).toEqual([{ ...trade, colour: '#1F1F1F', dash: 'dotted' }]);
		expect(relationTypesOf(restyled).get('trade')?.dash).toBe('dotted');
		expect(relationTypesOf(restyled).size).toBe(4);
		const back = updateRelationType(restyled, { ...trade });
		expect(back.relationTypes).toBeUndefined();
		expect(relationTypesOf(back).get('trade')).toEqual(trade);
	});

	it('gives back the same graph when nothing changed: nothing to undo', () => {
		const graph = armsGraph();
		expect(updateRelationType(graph, { ...arms })).toBe(graph);
		expect(updateRelationType(graph, { ...trade })).toBe(graph);
		expect(updateRelationType(graph, { ...arms, colour: '#332288'.toLowerCase() })).toBe(graph);
	});

	it('deletes a declared type no relation uses', () => {
		const graph = addRelationType(armsGraph(), relationTypeOf('loans', 'Loans'));
		const deleted = deleteRelationType(graph, 'loans');
		expect(deleted.relationTypes).toEqual([arms]);
	});

	it('refuses to delete a built-in type, or a type relations still use', () => {
		expect(() => deleteRelationType(graphOf(), 'trade')).toThrow(/built in/);
		expect(() => deleteRelationType(armsGraph(), 'arms-transfers')).toThrow(/2 relations/);
	});

	it('moves a type’s relations to another type and deletes it, in one edit', () => {
		const before = armsGraph();
		expect(relationsOfType(before, 'arms-transfers')).toHaveLength(2);
		const graph = moveAndDeleteRelationType(before, 'arms-transfers', 'trade');
		expect(graph.relationTypes).toBeUndefined();
		expect(graph.relations.map((r) => r.type)).toEqual(['trade', 'trade', 'trade']);
		expect(graph.relations.map((r) => r.id)).toEqual(before.relations.map((r) => r.id));
		expect(graph.story).toEqual(before.story);
		expect(valid(graph)).toBe(true);
		expect(() => moveAndDeleteRelationType(before, 'arms-transfers', 'loans')).toThrow(/no type/);
	});

	it('saves a form’s types: the known ones updated, the new ones declared', () => {
		const loans = relationTypeOf('loans', 'Loans', { dash: 'dash-dot' });
		const graph = saveRelationTypes(armsGraph(), [
			...BUILTIN_RELATION_TYPES,
			{ ...arms, label: 'Arms' },
			loans
		]);
		expect(graph.relationTypes).toEqual([{ ...arms, label: 'Arms' }, loans]);
	});
});
