import { describe, expect, it } from 'vitest';
import { findCalendarDate } from './calendar-date';

describe('findCalendarDate', () => {
	it.each([
		['2024-10-06', '2024-10-06'],
		['2024-10-06T23:30:00-04:00', '2024-10-06'],
		['2024/10/6', '2024-10-06'],
		['6 October 2024', '2024-10-06'],
		['06 Oct 2024 08:00:00 GMT', '2024-10-06'],
		['Sun, 06 Oct 2024 08:00:00 GMT', '2024-10-06'],
		['6th of October, 2024', '2024-10-06'],
		['October 6, 2024', '2024-10-06'],
		['Oct. 6, 2024', '2024-10-06'],
		['Sept. 30 2024', '2024-09-30'],
		['Sunday, October 6, 2024', '2024-10-06'],
		['3 MARCH 2025', '2025-03-03']
	])('reads %s as %s', (written, date) => {
		expect(findCalendarDate(written)).toBe(date);
	});

	it('takes the date nearest the start', () => {
		expect(findCalendarDate('Signed on 19 June 2024, in force from 2024-12-04')).toBe('2024-06-19');
	});

	it.each([
		['06/10/2024', 'numbers in an order that reads two ways'],
		['October 2024', 'no day'],
		['Oct 6', 'no year'],
		['31 June 2024', 'a day that does not exist'],
		['2024-13-01', 'a month that does not exist'],
		['The mayor 6, 2024 budget', 'no month'],
		['', 'nothing']
	])('finds no date in %j (%s)', (written) => {
		expect(findCalendarDate(written)).toBeUndefined();
	});
});
