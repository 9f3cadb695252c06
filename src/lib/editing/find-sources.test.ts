import { describe, expect, it } from 'vitest';
import { findSources } from './find-sources';
import { example } from '../../../tests/fixtures/example-graph';

describe('findSources', () => {
	it('finds sources by words of their title, publisher or id', () => {
		expect(findSources(example.sources, 'ksat').map((s) => s.id)).toEqual(['ksat-2024-10-06']);
		expect(findSources(example.sources, 'security council 1718').map((s) => s.id)).toEqual([
			'un-sc-8853'
		]);
		expect(findSources(example.sources, 'Pyŏngyang')).toEqual([]);
	});

	it('offers the latest added first when nothing is typed', () => {
		const latest = findSources(example.sources, '', 2).map((s) => s.id);
		expect(latest).toEqual(
			example.sources
				.slice(-2)
				.reverse()
				.map((s) => s.id)
		);
	});
});
