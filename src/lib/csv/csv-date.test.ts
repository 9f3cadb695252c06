import { describe, expect, it } from 'vitest';
import { csvDate } from './csv-date';

describe('csvDate', () => {
	it('passes ISO dates, years and months as written', () => {
		expect(csvDate('1949-10-06')).toEqual({ date: '1949-10-06' });
		expect(csvDate('1949-10')).toEqual({ date: '1949-10' });
		expect(csvDate('1949')).toEqual({ date: '1949' });
	});

	it('reads a date written with dots as day first, and says so', () => {
		expect(csvDate('06.10.1949')).toEqual({ date: '1949-10-06', read: 'day.month.year' });
		expect(csvDate('6.10.1949')).toEqual({ date: '1949-10-06', read: 'day.month.year' });
	});

	it('reads a slashed date where only one reading is a date', () => {
		expect(csvDate('25/12/1991')).toEqual({ date: '1991-12-25', read: 'day/month/year' });
		expect(csvDate('12/25/1991')).toEqual({ date: '1991-12-25', read: 'month/day/year' });
		expect(csvDate('1991/12/25')).toEqual({ date: '1991-12-25', read: 'year/month/day' });
		expect(csvDate('5/5/1991')).toEqual({ date: '1991-05-05', read: 'day/month/year' });
	});

	it('asks for YYYY-MM-DD where a slashed date could be read two ways, naming both', () => {
		expect(csvDate('10/6/1949')).toEqual({
			problem:
				'"10/6/1949" could be 10 June 1949 or 6 October 1949: write it as YYYY-MM-DD (1949-06-10 or 1949-10-06)'
		});
	});
});
