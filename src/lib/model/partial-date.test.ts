import { describe, expect, it } from 'vitest';
import {
	earliestDay,
	formatPartialDate,
	formatPeriod,
	latestDay,
	partialDateProblem
} from './partial-date';

describe('partialDateProblem', () => {
	it.each(['2006', '2024-06', '1949-10-06', '2024-02-29', '2000-02-29', '2024-12-31'])(
		'accepts %s',
		(date) => {
			expect(partialDateProblem(date)).toBeUndefined();
		}
	);

	it.each([
		['6 Oct 1949', '"6 Oct 1949" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
		['24', '"24" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
		['2024-6', '"2024-6" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
		['2024-06-19T00:00', '"2024-06-19T00:00" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
		['', '"" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'],
		['2024-00', '"2024-00" is not a date: month 00 does not exist'],
		['2024-13-01', '"2024-13-01" is not a date: month 13 does not exist'],
		['2024-06-00', '"2024-06-00" is not a date: day 00 does not exist in that month'],
		['2024-06-31', '"2024-06-31" is not a date: day 31 does not exist in that month'],
		['2023-02-29', '"2023-02-29" is not a date: day 29 does not exist in that month'],
		['1900-02-29', '"1900-02-29" is not a date: day 29 does not exist in that month']
	])('rejects %s', (date, problem) => {
		expect(partialDateProblem(date)).toBe(problem);
	});
});

describe('earliestDay', () => {
	it('starts a year on 1 January and a month on its first day', () => {
		expect(earliestDay('2006')).toBe('2006-01-01');
		expect(earliestDay('2024-06')).toBe('2024-06-01');
	});

	it('keeps a full date as it is', () => {
		expect(earliestDay('1949-10-06')).toBe('1949-10-06');
	});
});

describe('latestDay', () => {
	it('ends a year on 31 December', () => {
		expect(latestDay('2006')).toBe('2006-12-31');
	});

	it('ends a month on its own last day', () => {
		expect(latestDay('2024-06')).toBe('2024-06-30');
		expect(latestDay('2024-12')).toBe('2024-12-31');
		expect(latestDay('2024-02')).toBe('2024-02-29');
		expect(latestDay('2023-02')).toBe('2023-02-28');
	});

	it('keeps a full date as it is', () => {
		expect(latestDay('2024-06-19')).toBe('2024-06-19');
	});

	it('orders partial dates as strings do', () => {
		expect(earliestDay('2024-06') < latestDay('2024-06')).toBe(true);
		expect(latestDay('2024') < earliestDay('2025-01')).toBe(true);
	});
});

describe('formatPartialDate', () => {
	it('shows a date at the precision the source gave', () => {
		expect(formatPartialDate('2006')).toBe('2006');
		expect(formatPartialDate('2024-06')).toBe('Jun 2024');
		expect(formatPartialDate('1949-10-06')).toBe('6 Oct 1949');
		expect(formatPartialDate('2017-12-22')).toBe('22 Dec 2017');
		expect(formatPartialDate('2024-01-04')).toBe('4 Jan 2024');
	});
});

describe('formatPeriod', () => {
	it('runs from since to until', () => {
		expect(formatPeriod({ since: '2006-10-14', until: '2024-04-30' })).toBe(
			'14 Oct 2006 – 30 Apr 2024'
		);
	});

	it('runs to the present when there is no end', () => {
		expect(formatPeriod({ since: '2024-06' })).toBe('Jun 2024 – present');
	});

	it('marks an unknown start with an ellipsis', () => {
		expect(formatPeriod({ until: '2024' })).toBe('… – 2024');
	});

	it('shows a dash when neither end is known', () => {
		expect(formatPeriod()).toBe('—');
		expect(formatPeriod({})).toBe('—');
	});

	it('says when a relation was signed and when it took effect', () => {
		expect(formatPeriod({ signed: '2024-06-19', since: '2024-12-04' })).toBe(
			'signed 19 Jun 2024, in force from 4 Dec 2024'
		);
		expect(formatPeriod({ signed: '2024-06', since: '2024-12', until: '2034' })).toBe(
			'signed Jun 2024, in force Dec 2024 – 2034'
		);
	});

	it('says so when a relation took effect the day it was signed', () => {
		expect(formatPeriod({ signed: '1961-07-11', since: '1961-07-11' })).toBe(
			'signed and in force from 11 Jul 1961'
		);
		expect(formatPeriod({ signed: '1961', since: '1961', until: '1991' })).toBe(
			'signed and in force 1961 – 1991'
		);
	});

	it('does not make up a date in force for a relation only known to be signed', () => {
		expect(formatPeriod({ signed: '2024-06-19' })).toBe(
			'signed 19 Jun 2024, date in force not given'
		);
		expect(formatPeriod({ signed: '2024-06-19', until: '2025' })).toBe(
			'signed 19 Jun 2024, until 2025'
		);
	});
});
