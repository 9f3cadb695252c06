import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES, relationTypesOf } from './builtin-types';
import { RelationTypeSchema, type RelationType } from './schema';

const cyber: RelationType = {
	id: 'cyber',
	label: 'Cyber operations',
	colour: '#117733',
	dash: 'dotted',
	end: 'arrow',
	directed: true
};

describe('BUILTIN_RELATION_TYPES', () => {
	it('are trade, aid, defense pact and sanctions, each a type a file could declare', () => {
		expect(BUILTIN_RELATION_TYPES.map((type) => type.label)).toEqual([
			'Trade',
			'Aid',
			'Defense pact',
			'Sanctions'
		]);
		for (const type of BUILTIN_RELATION_TYPES) {
			expect(RelationTypeSchema.safeParse(type).success, type.id).toBe(true);
		}
	});

	it('stay apart without colour: no two share both line pattern and line end', () => {
		const looks = BUILTIN_RELATION_TYPES.map((type) => `${type.dash} ${type.end} ${type.weight}`);
		expect(new Set(looks).size).toBe(looks.length);
		const colours = BUILTIN_RELATION_TYPES.map((type) => type.colour.toLowerCase());
		expect(new Set(colours).size).toBe(colours.length);
	});
});

describe('relationTypesOf', () => {
	it('knows the four built-ins in a file that declares no types', () => {
		expect([...relationTypesOf({}).keys()]).toEqual(['trade', 'aid', 'defense-pact', 'sanctions']);
	});

	it('adds the file’s own types after the built-ins', () => {
		const types = relationTypesOf({ relationTypes: [cyber] });
		expect([...types.keys()]).toEqual(['trade', 'aid', 'defense-pact', 'sanctions', 'cyber']);
		expect(types.get('cyber')).toEqual(cyber);
	});

	it('lets a file restyle a built-in, keeping its place', () => {
		const grey = { ...BUILTIN_RELATION_TYPES[0], colour: '#6B6B6B', label: 'Commerce' };
		const types = relationTypesOf({ relationTypes: [grey] });
		expect(types.get('trade')).toEqual(grey);
		expect([...types.keys()]).toEqual(['trade', 'aid', 'defense-pact', 'sanctions']);
		expect(relationTypesOf({}).get('trade')!.colour).toBe('#0072B2');
	});
});
