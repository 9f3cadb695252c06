import { describe, expect, it } from 'vitest';
import { legendCounts } from './legend-counts';
import { SHOW_ALL } from './relation-filter';
import type { Relation } from './schema';

const relation = (
	type: string,
	status: Relation['status'],
	dates: Pick<Relation, 'signed' | 'since' | 'until'> = {}
) => ({ type, status, ...dates });

const relations = [
	relation('diplomatic', 'confirmed', { since: '1949-10-06' }),
	relation('trade', 'confirmed'),
	relation('aid', 'reported'),
	relation('defense-pact', 'confirmed', { since: '1961-07-11' }),
	relation('defense-pact', 'confirmed', { signed: '2024-06-19', since: '2024-12-04' }),
	relation('arms-transfer', 'alleged', { since: '2023' })
];

describe('legendCounts', () => {
	it('counts every relation at the graph’s own date', () => {
		const { types, statuses } = legendCounts(relations, SHOW_ALL);
		expect(Object.fromEntries(types)).toEqual({
			diplomatic: 1,
			trade: 1,
			aid: 1,
			'defense-pact': 2,
			'arms-transfer': 1
		});
		expect(Object.fromEntries(statuses)).toEqual({ confirmed: 4, reported: 1, alleged: 1 });
	});

	it('counts only what stands at a past date: not the undated, not what began later', () => {
		const { types, statuses } = legendCounts(relations, { ...SHOW_ALL, asOf: '1949' });
		expect(Object.fromEntries(types)).toEqual({ diplomatic: 1 });
		expect(Object.fromEntries(statuses)).toEqual({ confirmed: 1 });
	});

	it('counts a treaty signed but not yet in force, since it is drawn', () => {
		const { types } = legendCounts(relations, { ...SHOW_ALL, asOf: '2024-10-06' });
		expect(types.get('defense-pact')).toBe(2);
	});

	it('counts a type by the statuses shown, and a status by the types shown', () => {
		const { types, statuses } = legendCounts(relations, {
			hiddenTypes: new Set(['defense-pact']),
			hiddenStatuses: new Set(['alleged'])
		});
		// A hidden entry keeps the count it would bring back.
		expect(types.get('defense-pact')).toBe(2);
		expect(types.get('arms-transfer')).toBeUndefined();
		expect(statuses.get('confirmed')).toBe(2);
		expect(statuses.get('alleged')).toBe(1);
	});
});
