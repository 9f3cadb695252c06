import { describe, expect, it } from 'vitest';
import { flowIntoColumns } from './column-flow';

describe('flowIntoColumns', () => {
	it('balances items over the columns, keeping their order', () => {
		expect(flowIntoColumns([10, 10, 10, 10], 2)).toEqual([0, 2]);
		expect(flowIntoColumns([30, 10, 10, 10], 2)).toEqual([0, 1]);
	});

	it('uses fewer columns when the items are few', () => {
		expect(flowIntoColumns([10], 3)).toEqual([0]);
		expect(flowIntoColumns([], 3)).toEqual([0]);
	});

	it('keeps the tallest column as short as it can be', () => {
		const heights = [20, 50, 10, 10, 40, 30, 20, 20];
		const starts = flowIntoColumns(heights, 3);
		const columns = starts.map((start, i) => heights.slice(start, starts[i + 1]));
		const tallest = Math.max(...columns.map((column) => column.reduce((a, b) => a + b, 0)));
		expect(starts.length).toBeLessThanOrEqual(3);
		expect(tallest).toBeLessThanOrEqual(70);
	});
});
