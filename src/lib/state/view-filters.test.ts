import { describe, expect, it } from 'vitest';
import { ViewFilters } from './view-filters.svelte';

describe('ViewFilters', () => {
	it('hides and shows types and statuses, one click each', () => {
		const filters = new ViewFilters();
		filters.toggleType('trade');
		filters.toggleStatus('alleged');
		expect([...filters.filter.hiddenTypes]).toEqual(['trade']);
		expect([...filters.filter.hiddenStatuses]).toEqual(['alleged']);
		filters.toggleType('trade');
		expect(filters.filter.hiddenTypes.size).toBe(0);
	});

	it('shows the network as of a date, and the graph’s own date again', () => {
		const filters = new ViewFilters();
		filters.setAsOf('2023');
		expect(filters.filter.asOf).toBe('2023');
		filters.setAsOf(undefined);
		expect(filters.filter.asOf).toBeUndefined();
	});

	it('shows exactly what an address asks for', () => {
		const filters = new ViewFilters();
		filters.toggleType('aid');
		filters.show({ hiddenStatuses: new Set(['denied']), asOf: '2020' });
		expect(filters.hiddenTypes.size).toBe(0);
		expect([...filters.hiddenStatuses]).toEqual(['denied']);
		expect(filters.asOf).toBe('2020');
	});
});
