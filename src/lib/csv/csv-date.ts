/** A date cell as the graph file takes it, with how it was read when it was not written so; or why not. */
export type CsvDate = { date: string; read?: string } | { problem: string };

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * Reads a date as spreadsheets write them. YYYY, YYYY-MM and YYYY-MM-DD pass
 * as written (the schema checks them). `06.10.1949` is day first wherever it
 * is written with dots, and `1949/10/06` year first: both are read, and
 * `read` says how. `10/6/1949` is read only where one of its numbers cannot
 * be a month; else it could be either, and the analyst is asked to write it
 * as YYYY-MM-DD, both readings named. Anything else passes as written, for
 * the schema to name the format.
 */
export function csvDate(text: string): CsvDate {
	let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	if (match) return read(match[3], match[2], match[1], 'day.month.year');
	match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
	if (match) return read(match[1], match[2], match[3], 'year/month/day');
	match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
	if (!match) return { date: text };
	const [, first, second, year] = match;
	const [a, b] = [Number(first), Number(second)];
	if (a === b || (a > 12 && b <= 12)) return read(year, second, first, 'day/month/year');
	if (b > 12 && a <= 12) return read(year, first, second, 'month/day/year');
	if (a > 12 && b > 12) return { problem: `"${text}" is not a date: write it as YYYY-MM-DD` };
	return {
		problem: `"${text}" could be ${a} ${MONTHS[b - 1]} ${year} or ${b} ${MONTHS[a - 1]} ${year}: write it as YYYY-MM-DD (${iso(year, second, first)} or ${iso(year, first, second)})`
	};
}

function read(year: string, month: string, day: string, order: string): CsvDate {
	return { date: iso(year, month, day), read: order };
}

function iso(year: string, month: string, day: string): string {
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
