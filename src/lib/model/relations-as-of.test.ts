import { describe, expect, it } from 'vitest';
import { forceAsOf, relationsAsOf, signedNotInForce, standsAsOf } from './relations-as-of';

interface Dated {
	id: string;
	signed?: string;
	since?: string;
	until?: string;
}

const pact: Dated = { id: 'pact', since: '2024-06-19' };
const arms: Dated = { id: 'arms', since: '2023' };
const panel: Dated = { id: 'panel', since: '2009-06-12', until: '2024-04-30' };
const trade: Dated = { id: 'trade' };
/** The DPRK–Russia treaty: signed 19 June 2024, in force from 4 December 2024. */
const treaty: Dated = { id: 'treaty', signed: '2024-06-19', since: '2024-12-04' };

describe('forceAsOf', () => {
	it('tells a treaty signed but not yet in force from one in force', () => {
		expect(forceAsOf(treaty, '2024-06-18')).toBe('not begun');
		expect(forceAsOf(treaty, '2024-06-19')).toBe('signed');
		expect(forceAsOf(treaty, '2024-10-06')).toBe('signed');
		expect(forceAsOf(treaty, '2024-12-03')).toBe('signed');
		expect(forceAsOf(treaty, '2024-12-04')).toBe('in force');
	});

	it('reads a partial as-of date as its last day', () => {
		expect(forceAsOf(treaty, '2024-06')).toBe('signed');
		expect(forceAsOf(treaty, '2024-11')).toBe('signed');
		expect(forceAsOf(treaty, '2024')).toBe('in force');
		expect(forceAsOf(treaty, '2023')).toBe('not begun');
	});

	it('counts a partial start from its first day: what may have begun has begun', () => {
		expect(forceAsOf(arms, '2023-01-01')).toBe('in force');
		expect(forceAsOf(arms, '2022-12-31')).toBe('not begun');
		expect(forceAsOf({ signed: '2024-06', since: '2024-12' }, '2024-06-01')).toBe('signed');
	});

	it('says a relation signed with no date in force is only signed', () => {
		expect(forceAsOf({ signed: '2024-06-19' }, '2024-10-06')).toBe('signed');
		expect(forceAsOf({ signed: '2024-06-19' }, '2024-06-18')).toBe('not begun');
	});

	it('ends a relation once it has certainly ended, signed or not', () => {
		expect(forceAsOf(panel, '2024-04-30')).toBe('in force');
		expect(forceAsOf(panel, '2024-05-01')).toBe('ended');
		expect(forceAsOf(panel, '2008')).toBe('not begun');
		expect(forceAsOf({ since: '2009', until: '2024' }, '2024-12-31')).toBe('in force');
		expect(forceAsOf({ ...treaty, until: '2025' }, '2026')).toBe('ended');
	});

	it('does not know whether a relation without a start stood on a day', () => {
		expect(forceAsOf(trade, '1949')).toBe('undated');
		expect(forceAsOf(trade, '2024-10-06')).toBe('undated');
		expect(forceAsOf({ until: '2024-04-30' }, '2020')).toBe('undated');
		expect(forceAsOf({ until: '2024-04-30' }, '2025')).toBe('ended');
	});
});

describe('standsAsOf', () => {
	it('draws what is in force and what is signed, and nothing else', () => {
		expect(standsAsOf('in force')).toBe(true);
		expect(standsAsOf('signed')).toBe(true);
		expect(standsAsOf('not begun')).toBe(false);
		expect(standsAsOf('ended')).toBe(false);
		expect(standsAsOf('undated')).toBe(false);
	});
});

describe('relationsAsOf', () => {
	it('hides a relation before the day it began', () => {
		expect(relationsAsOf([pact, arms], '2023-12-31').map((r) => r.id)).toEqual(['arms']);
		expect(relationsAsOf([pact], '2024-06-18')).toEqual([]);
		expect(relationsAsOf([pact], '2024-06-19')).toEqual([pact]);
	});

	it('shows a treaty from its signing, before it is in force', () => {
		expect(relationsAsOf([treaty], '2024-06-18')).toEqual([]);
		expect(relationsAsOf([treaty], '2024-10-06')).toEqual([treaty]);
	});

	it('hides a relation once it has certainly ended', () => {
		expect(relationsAsOf([panel], '2024-04-30')).toEqual([panel]);
		expect(relationsAsOf([panel], '2024-05-01')).toEqual([]);
	});

	it('hides a relation without dates on a chosen date: it is not known to have stood then', () => {
		expect(relationsAsOf([trade, pact], '1949-12-31')).toEqual([]);
		expect(relationsAsOf([trade, pact], '2024-10-06')).toEqual([pact]);
	});

	it('keeps every relation, in order, when no date is given: the file as it stands', () => {
		expect(relationsAsOf([pact, arms, trade, treaty], undefined)).toEqual([
			pact,
			arms,
			trade,
			treaty
		]);
	});
});

describe('signedNotInForce', () => {
	it('says the DPRK–Russia treaty was signed but not in force between its two dates', () => {
		expect(signedNotInForce(treaty, '2024-06-18')).toBe(false);
		expect(signedNotInForce(treaty, '2024-06-19')).toBe(true);
		expect(signedNotInForce(treaty, '2024-10-06')).toBe(true);
		expect(signedNotInForce(treaty, '2024-12-04')).toBe(false);
	});

	it('holds a relation known only to be signed to be not in force', () => {
		expect(signedNotInForce({ signed: '2024-06-19' }, '2025')).toBe(true);
	});

	it('is false for a relation in force, ended, or without dates', () => {
		expect(signedNotInForce(pact, '2024-10-06')).toBe(false);
		expect(signedNotInForce(panel, '2025')).toBe(false);
		expect(signedNotInForce(trade, '2024-10-06')).toBe(false);
	});
});
