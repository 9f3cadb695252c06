import { partialDateProblem } from '$lib/model/partial-date';

/**
 * Full dates as reports and their files write them, read into YYYY-MM-DD:
 * `2024-10-06` (and a timestamp that starts so), `2024/10/06`,
 * `6 October 2024`, `6th of Oct. 2024`, `October 6, 2024`, `Oct 6 2024`,
 * with or without the day of the week. A timestamp keeps the day it was
 * written on: the publisher's own day, whatever its time zone. Dates made
 * only of numbers in another order (`06/10/2024`) are left alone: they read
 * one way in Europe and another in the United States.
 */

const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

const NUMERIC = new RegExp(`(?<!\\d)${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`);
const DAY_MONTH_YEAR = new RegExp(
	`(?<![\\w])${DAY}(?:\\s+of)?[\\s-]+${MONTH}[\\s,-]+${YEAR}(?!\\d)`,
	'i'
);
const MONTH_DAY_YEAR = new RegExp(`(?<![\\w])${MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'i');

/** The date written in `text` in one of the forms above, as YYYY-MM-DD: the one nearest the start. */
export function findCalendarDate(text: string): string | undefined {
	const found = [
		match(NUMERIC, text, (m) => [m[1], m[2], m[3]]),
		match(DAY_MONTH_YEAR, text, (m) => [m[3], monthNumber(m[2]), m[1]]),
		match(MONTH_DAY_YEAR, text, (m) => [m[3], monthNumber(m[1]), m[2]])
	].filter((date) => date !== undefined);
	found.sort((a, b) => a.index - b.index);
	return found[0]?.date;
}

interface FoundDate {
	date: string;
	index: number;
}

function match(
	pattern: RegExp,
	text: string,
	parts: (m: RegExpExecArray) => [string, string, string]
): FoundDate | undefined {
	const m = pattern.exec(text);
	if (!m) return undefined;
	const [year, month, day] = parts(m);
	const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return partialDateProblem(date) === undefined ? { date, index: m.index } : undefined;
}

function monthNumber(name: string): string {
	const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
	return String(index + 1);
}
