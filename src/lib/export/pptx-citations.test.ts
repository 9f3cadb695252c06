import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../../tests/fixtures/graph-builders';
import { citationBlock, numberRanges } from './pptx-citations';

const cited = (count: number) =>
	Array.from({ length: count }, (_, i) => ({
		number: i + 1,
		source: sourceOf(`s${i + 1}`, { publisher: `Publisher ${i + 1}`, published: '2024-06-19' })
	}));

describe('citationBlock', () => {
	it('lists each source by its number, publisher and date when they fit', () => {
		const block = citationBlock(cited(2), 364, [12, 10], 140);
		expect(block.kind).toBe('listed');
		if (block.kind !== 'listed') return;
		expect(block.entries.map((entry) => entry.text.lines.join(' '))).toEqual([
			'[1] Publisher 1, 19 Jun 2024',
			'[2] Publisher 2, 19 Jun 2024'
		]);
		expect(block.fontSize).toBe(12);
		expect(block.height).toBeLessThanOrEqual(140);
	});

	it('shrinks a longer list before it gives up listing', () => {
		const block = citationBlock(cited(9), 364, [12, 10], 140);
		expect(block.kind).toBe('listed');
		expect(block.kind === 'listed' && block.fontSize).toBe(10);
		expect(block.height).toBeLessThanOrEqual(140);
		expect(citationBlock(cited(9), 364, [12], 140).kind).toBe('numbers');
	});

	it('gives only the numbers of sources too many to list beside the picture', () => {
		const block = citationBlock(cited(20), 364, [12, 10], 140);
		expect(block.kind).toBe('numbers');
		if (block.kind !== 'numbers') return;
		expect(block.text.lines.join(' ')).toBe('[1–20]: listed at the end.');
		expect(block.height).toBeLessThanOrEqual(140);
	});

	it('takes no room on a slide that cites nothing', () => {
		expect(citationBlock([], 364, [12, 10], 140)).toEqual({ kind: 'none', height: 0 });
	});
});

describe('numberRanges', () => {
	it('writes runs of three or more as ranges', () => {
		expect(numberRanges([9, 1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–9');
		expect(numberRanges([4, 5])).toBe('4, 5');
		expect(numberRanges([])).toBe('');
	});
});
