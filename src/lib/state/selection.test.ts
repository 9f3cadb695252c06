import { describe, expect, it } from 'vitest';
import { SelectionState } from './selection.svelte';
import { ViewFilters } from './view-filters.svelte';

describe('SelectionState', () => {
	it('selects an actor or a relation, and nothing', () => {
		const selection = new SelectionState();
		selection.select({ kind: 'actor', id: 'prk' });
		expect(selection.actor).toBe('prk');
		expect(selection.relation).toBeUndefined();
		selection.select({ kind: 'relation', id: 'r' });
		expect(selection.relation).toBe('r');
		selection.select(null);
		expect(selection.current).toBeNull();
	});

	it('counts a pick as selected only while it is shown, and again once it is', () => {
		const filters = new ViewFilters();
		const selection = new SelectionState(() => !filters.hiddenTypes.has('trade'));
		selection.select({ kind: 'relation', id: 'r' });
		filters.toggleType('trade');
		expect(selection.current).toBeNull();
		expect(selection.picked).toEqual({ kind: 'relation', id: 'r' });
		filters.toggleType('trade');
		expect(selection.current).toEqual({ kind: 'relation', id: 'r' });
	});
});
