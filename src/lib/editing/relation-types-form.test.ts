import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import { lookAlikePairs } from '$lib/stage/look-alike-types';
import { graphOf, relationTypeOf } from '../../../tests/fixtures/graph-builders';
import { saveRelationTypes } from './relation-type-edits';
import {
	deletable,
	lookAlikeWarnings,
	newTypeFields,
	typeFields,
	typesFields,
	typesFromForm,
	type TypeFields
} from './relation-types-form';

const graph = graphOf({ relationTypes: [relationTypeOf('loans', 'Loans', { dash: 'dash-dot' })] });

/** The graph's rows and one new type, as the analyst filled it in. */
function withNew(fields: Partial<TypeFields>): TypeFields[] {
	const rows = typesFields(graph);
	return [...rows, { ...newTypeFields(rows), ...fields }];
}

describe('the relation types form', () => {
	it('lists every type of the graph, the four built in first, and only declared ones can go', () => {
		const rows = typesFields(graph);
		expect(rows.map((row) => row.label)).toEqual([
			'Trade',
			'Aid',
			'Defense pact',
			'Sanctions',
			'Loans'
		]);
		expect(rows.map(deletable)).toEqual([false, false, false, false, true]);
		expect(rows[2].weight).toBe('4.5');
	});

	it('gives a new type a style no type has, so that it stands apart from the start', () => {
		const rows = withNew({ label: 'Arms transfers' });
		expect(rows.at(-1)).toMatchObject({ id: '', directed: false });
		expect(lookAlikeWarnings(rows).size).toBe(0);
		expect(typesFields(graph).map((row) => row.dash)).not.toContain(rows.at(-1)!.dash);
	});

	it('makes a new type’s id from its label, and never changes an existing one’s', () => {
		const rows = withNew({ label: 'Arms transfers', directed: true });
		rows[4] = { ...rows[4], label: 'Soft loans' };
		rows[0] = { ...rows[0], label: 'Commerce' };
		const made = typesFromForm(rows, graph);
		if (!('types' in made)) throw new Error(JSON.stringify(made.errors));
		expect(made.types.map((type) => type.id)).toEqual([
			'trade',
			'aid',
			'defense-pact',
			'sanctions',
			'loans',
			'arms-transfers'
		]);
		const saved = saveRelationTypes(graph, made.types);
		expect(saved.relationTypes?.map((type) => [type.id, type.label])).toEqual([
			['loans', 'Soft loans'],
			['trade', 'Commerce'],
			['arms-transfers', 'Arms transfers']
		]);
	});

	it('refuses a label another type has, and numbers an id another type has', () => {
		const made = typesFromForm(withNew({ label: 'trade' }), graph);
		expect(made).toEqual({
			errors: { 'types[5].label': 'Label: another type is already called "Trade".' }
		});
		const other = typesFromForm(withNew({ label: 'Trade!' }), graph);
		if (!('types' in other)) throw new Error('refused');
		expect(other.types.at(-1)).toMatchObject({ id: 'trade-2', label: 'Trade!' });
	});

	it('says beside each field what the schema refuses, keyed by the type', () => {
		const made = typesFromForm(withNew({ label: '', colour: 'blue', weight: '12' }), graph);
		expect(made).toEqual({
			errors: {
				'types[5].label': 'Label is empty.',
				'types[5].colour': 'Colour must be a colour like #0072B2.',
				'types[5].weight': 'Weight must be from 0.5 to 8.'
			}
		});
		expect(typesFromForm(withNew({ label: 'X', weight: 'heavy' }), graph)).toEqual({
			errors: { 'types[5].weight': 'Weight: "heavy" is not a number.' }
		});
	});

	it('warns, beside both types, of two that look alike in grayscale, and does not refuse them', () => {
		const aid = BUILTIN_RELATION_TYPES[1];
		const rows = withNew({
			label: 'Arms transfers',
			colour: '#D55E00',
			dash: aid.dash,
			directed: true
		});
		const words =
			'Aid and Arms transfers look alike in grayscale: give one a different pattern or colour.';
		expect(lookAlikeWarnings(rows)).toEqual(
			new Map([
				[1, [words]],
				[5, [words]]
			])
		);
		const made = typesFromForm(rows, graph);
		expect('types' in made && lookAlikePairs(made.types)).toHaveLength(1);
	});

	it('keeps a type’s own fields as they are in the file', () => {
		const loans = relationTypeOf('loans', 'Loans', { weight: 3 });
		expect(typeFields(loans)).toEqual({ ...loans, weight: '3' });
	});
});
