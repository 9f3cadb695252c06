import { findCalendarDate } from './calendar-date';

/**
 * The date a report's dateline gives, as YYYY-MM-DD. A news report opens with
 * its place and often its date, set off by a dash: `BRUSSELS, March 3, 2025 —`,
 * `6 October 2024 —`, `BEIJING, Oct. 6, 2024 /Xinhua/ --`. Some put the date
 * on a line of its own under the headline: `Sunday, 6 October 2024`,
 * `Published 6 Oct 2024`. Only a full date counts: a dateline of a place
 * alone (`SEOUL, South Korea (AP) —`) or without a year (`LONDON, Oct 6
 * (Reuters) -`) gives nothing. Dates in the body of the text are never taken:
 * they are dates of what the report tells, not of the report.
 */
export function datelineDate(text: string): string | undefined {
	for (const line of openingLines(text)) {
		const head = datelineHead(line);
		const date = head === undefined ? undefined : findCalendarDate(head);
		if (date !== undefined) return date;
		// A place in capitals and no date: the dateline is there, and gives none.
		if (head !== undefined && PLACE_IN_CAPITALS.test(head)) return undefined;
		if (isDateStamp(line)) return findCalendarDate(line);
		// A paragraph of the body: the report has begun without a dateline.
		if (line.length > MAX_HEADING) return undefined;
	}
	return undefined;
}

/** A line longer than this is a paragraph of the body, not a headline, byline or date. */
const MAX_HEADING = 200;
/** A dateline is a place and a date: a few words, never a sentence. */
const MAX_DATELINE = 80;
const MAX_DATELINE_WORDS = 10;

/** The lines before the body: the headline, a byline, a date, and the first paragraph. */
function openingLines(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.length > 0)
		.slice(0, 5);
}

/** A dateline's place as agencies write it: `SEOUL, South Korea (AP)`, `WASHINGTON (Reuters)`. */
const PLACE_IN_CAPITALS = /^\p{Lu}[\p{Lu}.' -]+(?:,|\s*\(|$)/u;

/** Where a dateline ends: a dash (—, –, --, or a hyphen between spaces), or a colon. */
const DATELINE_END = /\s*(?:—|–|--)\s*|\s-\s|:\s/;

/** The dateline that opens `line` (what stands before its dash), if it has one. */
function datelineHead(line: string): string | undefined {
	const end = DATELINE_END.exec(line.slice(0, MAX_DATELINE + 5));
	if (!end) return undefined;
	const head = line.slice(0, end.index).trim();
	if (head.length === 0 || head.length > MAX_DATELINE) return undefined;
	if (head.split(/\s+/).length > MAX_DATELINE_WORDS) return undefined;
	return isPlaceAndDate(head) ? head : undefined;
}

/** Words of a date, and an agency's name in brackets or slashes: `Oct. 6, 2024 (AP)`, `/Xinhua/`. */
const DATE_AND_AGENCY =
	/\([^)]*\)|\/[^/]*\/|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b\d{1,4}(?:st|nd|rd|th)?\b|\bof\b/gi;

/**
 * Whether `head` is a place and a date, as a dateline is, and not the start of
 * a sentence: once the date and the agency are set aside, every word left is
 * a name (`SEOUL, South Korea`, `Geneva`, `Rio de Janeiro`).
 */
function isPlaceAndDate(head: string): boolean {
	const words = head
		.replace(DATE_AND_AGENCY, ' ')
		.split(/[\s,.;/-]+/)
		.filter((word) => word.length > 0);
	return words.every(
		(word) => /^\p{Lu}/u.test(word) || /^(?:de|da|do|del|la|le|am|upon|on|sur)$/.test(word)
	);
}

/** Words a date line may hold besides the date: `Published Sunday, 6 October 2024, 09:30 GMT`. */
const DATE_STAMP_WORDS =
	/\b(?:published|updated|posted|last|modified|on|at|date|(?:mon|tues|wednes|thurs|fri|satur|sun)day|gmt|utc|bst|cet|cest|est|edt|kst|am|pm)\b/gi;

/** Whether `line` says nothing but a date (and when in the day, or that it was published then). */
function isDateStamp(line: string): boolean {
	if (line.length > MAX_DATELINE || findCalendarDate(line) === undefined) return false;
	const rest = line
		.replace(DATE_STAMP_WORDS, ' ')
		.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ')
		.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, ' ')
		.replace(/\b\d{1,4}(?:st|nd|rd|th)?\b|\bof\b/gi, ' ')
		.replace(/[\s,./:|·•()+-]+/g, '');
	return rest.length === 0;
}
