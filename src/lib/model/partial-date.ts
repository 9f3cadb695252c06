/**
 * Dates in a graph file may be a year (`2006`), a year and month (`2024-06`)
 * or a full ISO date (`2024-06-19`): sources often give no more than that.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why `text` is not a partial ISO date, or `undefined` when it is one. */
export function partialDateProblem(text: string): string | undefined {
	const match = PARTIAL_DATE.exec(text);
	if (!match) return `"${text}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`;
	const [, , month, day] = match;
	if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
		return `"${text}" is not a date: month ${month} does not exist`;
	}
	if (day !== undefined) {
		const year = Number(match[1]);
		const last = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
		if (Number(day) < 1 || Number(day) > last) {
			return `"${text}" is not a date: day ${day} does not exist in that month`;
		}
	}
	return undefined;
}

/** The first day a partial date can mean: `2024-06` starts on `2024-06-01`. */
export function earliestDay(date: PartialDate): string {
	if (date.length === 4) return `${date}-01-01`;
	if (date.length === 7) return `${date}-01`;
	return date;
}

/** The last day a partial date can mean: `2024-06` ends on `2024-06-30`. */
export function latestDay(date: PartialDate): string {
	if (date.length === 4) return `${date}-12-31`;
	if (date.length === 7) {
		const [year, month] = date.split('-').map(Number);
		const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
		return `${date}-${String(last).padStart(2, '0')}`;
	}
	return date;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as an analyst reads it, at the precision the source gave: `Jun 2024`, `6 Oct 1949`. */
export function formatPartialDate(date: PartialDate): string {
	const [year, month, day] = date.split('-');
	if (month === undefined) return year;
	const name = MONTHS[Number(month) - 1];
	if (day === undefined) return `${name} ${year}`;
	return `${Number(day)} ${name} ${year}`;
}

/** The dates of a relation: signed, in force (since) and ended (until). */
export interface PeriodDates {
	signed?: PartialDate;
	since?: PartialDate;
	until?: PartialDate;
}

/**
 * A relation's dates in words: `Jun 2024 – present`, `2006 –`, or, where it
 * was signed before it took effect, `signed 19 Jun 2024, in force from 4 Dec 2024`.
 */
export function formatPeriod({ signed, since, until }: PeriodDates = {}): string {
	if (!signed) {
		if (!since && !until) return '—';
		const from = since ? formatPartialDate(since) : '…';
		const to = until ? formatPartialDate(until) : 'present';
		return `${from} – ${to}`;
	}
	const end = until ? formatPartialDate(until) : undefined;
	if (since === signed) {
		const from = formatPartialDate(signed);
		return end ? `signed and in force ${from} – ${end}` : `signed and in force from ${from}`;
	}
	const inForce = since
		? end
			? `in force ${formatPartialDate(since)} – ${end}`
			: `in force from ${formatPartialDate(since)}`
		: end
			? `until ${end}`
			: 'date in force not given';
	return `signed ${formatPartialDate(signed)}, ${inForce}`;
}
