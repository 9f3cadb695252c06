import { describe, expect, it } from 'vitest';
import { outOfForce, relationsAsOf } from './relations-as-of';

interface Dated {
	id: string;
	since?: string;
	until?: string;
}

const pact: Dated = { id: 'pact', since: '2024-06-19' };
const arms: Dated = { id: 'arms', since: '2023' };
const panel: Dated = { id: 'panel', since: '2009-06-12', until: '2024-04-30' };
const trade: Dated = { id: 'trade' };

describe('relationsAsOf', () => {
	it('hides a relation before the day it began', () => {
		expect(relationsAsOf([pact, trade], '2023-12-31').map((r) => r.id)).toEqual(['trade']);
		expect(relationsAsOf([pact], '2024-06-18')).toEqual([]);
		expect(relationsAsOf([pact], '2024-06-19')).toEqual([pact]);
	});

	it('reads a partial as-of date as its last day', () => {
		expect(relationsAsOf([pact], '2024-06')).toEqual([pact]);
		expect(relationsAsOf([pact], '2024')).toEqual([pact]);
		expect(relationsAsOf([pact], '2023')).toEqual([]);
	});

	it('shows a relation that may have begun by then, at the precision of its start', () => {
		expect(relationsAsOf([arms], '2023-01-01')).toEqual([arms]);
		expect(relationsAsOf([arms], '2022-12-31')).toEqual([]);
	});

	it('hides a relation once it has certainly ended', () => {
		expect(relationsAsOf([panel], '2024-04-30')).toEqual([panel]);
		expect(relationsAsOf([panel], '2024-05-01')).toEqual([]);
		expect(outOfForce(panel, '2025')).toBe('ended');
		expect(outOfForce(panel, '2008')).toBe('not begun');
		expect(outOfForce({ since: '2009', until: '2024' }, '2024-12-31')).toBeUndefined();
	});

	it('keeps every relation, in order, when no date is given', () => {
		expect(relationsAsOf([pact, arms, trade], undefined)).toEqual([pact, arms, trade]);
	});

	it('always shows a relation without dates', () => {
		expect(relationsAsOf([trade], '1900')).toEqual([trade]);
	});
});
