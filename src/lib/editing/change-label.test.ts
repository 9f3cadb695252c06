import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { relationChange } from './change-label';
import { example } from '../../../tests/fixtures/example-graph';

describe('relationChange', () => {
	it('names a relation by its type and its ends', () => {
		const index = indexGraph(example);
		expect(relationChange('Delete', index.relations.get('chn-prk-trade')!, index)).toBe(
			'Delete trade between China and North Korea'
		);
		expect(relationChange('Add', index.relations.get('chn-prk-aid')!, index)).toBe(
			'Add aid from China to North Korea'
		);
	});
});
