import { describe, expect, it } from 'vitest';
import type { Relation, Source } from '$lib/model/schema';
import { citation, numberSources } from './source-numbers';

const source = (id: string): Source => ({
	id,
	title: `Title ${id}`,
	publisher: 'Publisher',
	url: `https://example.org/${id}`,
	published: '2024'
});
const relation = (id: string, cites: string[]): Relation => ({
	id,
	type: 'trade',
	source: 'a',
	target: 'b',
	status: 'reported',
	summary: id,
	evidence: cites.map((id) => ({ source: id, note: 'note' }))
});

describe('numberSources', () => {
	const sources = new Map(['x', 'y', 'z', 'unused'].map((id) => [id, source(id)]));

	it('numbers sources in order of first citation, skipping those no relation cites', () => {
		const numbers = numberSources(
			[relation('r1', ['y', 'y', 'x']), relation('r2', ['z', 'y'])],
			sources
		);
		expect(numbers.sources.map((s) => s.id)).toEqual(['y', 'x', 'z']);
		expect(numbers.byRelation.get('r1')).toEqual([1, 2]);
		expect(numbers.byRelation.get('r2')).toEqual([1, 3]);
	});

	it('follows the relations drawn: a hidden relation’s sources get no number', () => {
		const numbers = numberSources([relation('r2', ['z'])], sources);
		expect(numbers.sources.map((s) => s.id)).toEqual(['z']);
	});
});

describe('citation', () => {
	it('keeps a relation’s numbers together with no-break spaces', () => {
		expect(citation([1, 3, 4])).toBe('[1,\u00A03,\u00A04]');
		expect(citation([2])).toBe('[2]');
	});
});
