import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { actorOf } from '../../../tests/fixtures/graph-builders';
import { actorCode, indexGraph } from './graph-index';
import type { Actor } from './schema';

const example = exampleGraph();

describe('indexGraph', () => {
	it('finds every actor, source and relation by its id', () => {
		const index = indexGraph(example);
		for (const actor of example.actors) expect(index.actors.get(actor.id)).toBe(actor);
		for (const source of example.sources) expect(index.sources.get(source.id)).toBe(source);
		for (const relation of example.relations)
			expect(index.relations.get(relation.id)).toBe(relation);
		expect(index.actors.get('kor')).toBeUndefined();
	});

	it('knows the built-in types and the file’s own', () => {
		const index = indexGraph(example);
		expect(index.types.get('sanctions')!.label).toBe('Sanctions');
		expect(index.types.get('arms-transfer')!.label).toBe('Arms transfers');
	});
});

describe('actorCode', () => {
	const actor = (fields: Partial<Actor>) => actorOf('a', { name: 'A', ...fields });

	it('is the actor’s own code first, then its ISO code', () => {
		expect(actorCode(actor({ name: 'UN Security Council', code: 'UNSC', iso3166: 'UN' }))).toBe(
			'UNSC'
		);
		expect(actorCode(actor({ name: 'North Korea', iso3166: 'PRK' }))).toBe('PRK');
	});

	it('falls back to the initials of the name, three at most, in capitals', () => {
		expect(actorCode(actor({ name: 'European Union' }))).toBe('EU');
		expect(actorCode(actor({ name: 'north atlantic treaty organization' }))).toBe('NAT');
		expect(actorCode(actor({ name: '  Wagner   Group ' }))).toBe('WG');
	});

	it('takes letters, never half a flag or a symbol, for the initials', () => {
		expect(actorCode(actor({ name: '🇺🇳 United Nations' }))).toBe('UN');
		expect(actorCode(actor({ name: '«Ёлка» Ltd' }))).toBe('ЁL');
		expect(actorCode(actor({ name: '★★★' }))).toBe('?');
	});
});
