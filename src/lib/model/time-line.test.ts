import { describe, expect, it } from 'vitest';
import { asOfForYear, playStops, timeLine, yearOfAsOf } from './time-line';

const graph = {
	asOf: '2024-10-06',
	relations: [
		{ id: 'diplomatic', since: '1949-10-06' },
		{ id: 'trade' },
		{ id: 'alliance', since: '1961-07-11' },
		{ id: 'panel', since: '2009-06-12', until: '2024-04-30' },
		{ id: 'pact', since: '2024-06-19' },
		{ id: 'treaty', signed: '2024-06-19', since: '2024-12-04' },
		{ id: 'later', since: '2025-01' }
	]
} as unknown as Parameters<typeof timeLine>[0];

describe('timeLine', () => {
	it('runs from the first dated relation to the graph’s as-of year', () => {
		const line = timeLine(graph)!;
		expect([line.first, line.last]).toEqual([1949, 2024]);
	});

	it('marks the years relations are signed, begin and end, and nothing after the as-of date', () => {
		expect(timeLine(graph)!.marks).toEqual([
			{ year: 1949, signed: [], begins: ['diplomatic'], ends: [] },
			{ year: 1961, signed: [], begins: ['alliance'], ends: [] },
			{ year: 2009, signed: [], begins: ['panel'], ends: [] },
			{ year: 2024, signed: ['treaty'], begins: ['pact'], ends: ['panel'] }
		]);
	});

	it('marks a signing on its own, the year before the relation takes effect', () => {
		const signedEarlier = {
			asOf: '2024-10-06',
			relations: [{ id: 'treaty', signed: '2023-06-19', since: '2024-03' }]
		} as typeof graph;
		expect(timeLine(signedEarlier)!.marks).toEqual([
			{ year: 2023, signed: ['treaty'], begins: [], ends: [] },
			{ year: 2024, signed: [], begins: ['treaty'], ends: [] }
		]);
	});

	it('marks a relation signed the day it took effect once, as it begins', () => {
		const atOnce = {
			asOf: '1970',
			relations: [{ id: 'alliance', signed: '1961-07-11', since: '1961-07-11' }]
		} as typeof graph;
		expect(timeLine(atOnce)!.marks).toEqual([
			{ year: 1961, signed: [], begins: ['alliance'], ends: [] }
		]);
	});

	it('has nothing to show when no relation is dated before the as-of year', () => {
		expect(timeLine({ asOf: '2024', relations: [] })).toBeUndefined();
		expect(
			timeLine({ asOf: '2024', relations: [{ since: '2024-01' }] } as typeof graph)
		).toBeUndefined();
	});
});

describe('slider years and as-of dates', () => {
	const line = timeLine(graph)!;

	it('reads a year as its last day, and the last year as the graph’s own date', () => {
		expect(asOfForYear(line, 2023)).toBe('2023-12-31');
		expect(asOfForYear(line, 2024)).toBeUndefined();
		expect(asOfForYear(line, 1900)).toBe('1949-12-31');
	});

	it('finds the year of an as-of date within the line', () => {
		expect(yearOfAsOf(line, undefined)).toBe(2024);
		expect(yearOfAsOf(line, '2023-12-31')).toBe(2023);
		expect(yearOfAsOf(line, '1900')).toBe(1949);
	});
});

describe('playStops', () => {
	const line = timeLine(graph)!;

	it('steps through every year to the last, holding longer where something changes', () => {
		const stops = playStops(line, 2020, false);
		expect(stops.map((s) => s.year)).toEqual([2021, 2022, 2023, 2024]);
		expect(stops[3].holdMs).toBeGreaterThan(stops[0].holdMs);
	});

	it('starts again from the first year when played at the end', () => {
		expect(playStops(line, 2024, false)[0].year).toBe(1949);
		expect(playStops(line, 2024, false)).toHaveLength(2024 - 1949 + 1);
	});

	it('with reduced motion, moves only between the years in which something changes', () => {
		expect(playStops(line, 2024, true).map((s) => s.year)).toEqual([1949, 1961, 2009, 2024]);
		expect(playStops(line, 1961, true).map((s) => s.year)).toEqual([2009, 2024]);
	});
});
