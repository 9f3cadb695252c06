import { describe, expect, it } from 'vitest';
import { citation, numberSources } from './source-numbers';
import { citing, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';

const relation = (id: string, cites: string[]) => relationOf(id, { evidence: citing(...cites) });

describe('numberSources', () => {
	const sources = new Map(['x', 'y', 'z', 'unused'].map((id) => [id, sourceOf(id)]));

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
