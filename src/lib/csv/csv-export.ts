import { actorName, typeLabel } from '$lib/export/graph-words';
import { isDirected } from '$lib/stage/relation-style';
import { indexGraph } from '$lib/model/graph-index';
import { quoteStanding, type QuoteStanding } from '$lib/model/quote-standing';
import type { GraphFile } from '$lib/model/schema';

/**
 * Every column, each evidence item's beside its quote and note, each
 * source's beside its title; and whether a sheet read back must have it (a
 * row needs one of `quote` and `note`, which relations-csv.ts checks).
 */
const COLUMNS_NEEDED = {
	relation: true,
	summary: true,
	type: true,
	'source actor': true,
	'target actor': true,
	directed: false,
	status: true,
	signed: false,
	since: false,
	until: false,
	quote: false,
	'quote checked': false,
	note: false,
	locator: false,
	credibility: false,
	'source title': true,
	publisher: true,
	published: false,
	reliability: false,
	URL: true
} as const;

export type CsvColumn = keyof typeof COLUMNS_NEEDED;

/** The columns the export writes, in order. */
export const CSV_COLUMNS = Object.keys(COLUMNS_NEEDED) as readonly CsvColumn[];

/**
 * What a row cannot do without: all the export writes but the dates, the
 * quote or note, and what a spreadsheet made by hand may not grade or date
 * (a source without a `published` cell is dated the day it is opened). A
 * sheet written before relations had a `signed` date still reads.
 */
export const REQUIRED_CSV_COLUMNS = CSV_COLUMNS.filter((column) => COLUMNS_NEEDED[column]);

/** `quote checked`: whether the quote was found word for word in its source's archived text. */
const QUOTE_CHECKED: Record<QuoteStanding, string> = {
	checked: 'yes',
	'not found': 'no',
	'not archived': 'not archived'
};

/**
 * The relations for spreadsheets: one row per evidence item, with its
 * relation's type, actors, whether it is directed (`yes`, from the source
 * actor to the target, or `no`, mutual), status and dates (signed, since,
 * until), its
 * quote (and whether it was checked against the source), note, locator and
 * credibility, and its source's title, publisher, date, reliability and link:
 * all the Evidence panel shows. RFC 4180: comma-separated, CRLF line ends,
 * quoted where needed. It starts with a byte-order mark so that Excel reads
 * it as UTF-8.
 */
export function exportCsv(graph: GraphFile): string {
	const index = indexGraph(graph);
	const rows: string[][] = [[...CSV_COLUMNS]];
	for (const relation of graph.relations) {
		for (const evidence of relation.evidence) {
			const source = index.sources.get(evidence.source);
			const standing = quoteStanding(evidence.quote, source?.archivedText);
			rows.push([
				relation.id,
				relation.summary,
				typeLabel(relation.type, index),
				actorName(relation.source, index),
				actorName(relation.target, index),
				isDirected(relation, index.types.get(relation.type)) ? 'yes' : 'no',
				relation.status,
				relation.signed ?? '',
				relation.since ?? '',
				relation.until ?? '',
				evidence.quote ?? '',
				standing ? QUOTE_CHECKED[standing] : '',
				evidence.note ?? '',
				evidence.locator ?? '',
				evidence.credibility === undefined ? '' : String(evidence.credibility),
				source?.title ?? evidence.source,
				source?.publisher ?? '',
				source?.published ?? '',
				source?.reliability ?? '',
				source?.url ?? ''
			]);
		}
	}
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A number a spreadsheet reads as the same number, such as -45.25: nothing to run. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One cell, safe for a spreadsheet. A cell that starts like a formula
 * (= + - @, or a tab or carriage return) gets a leading apostrophe, so that
 * Excel, LibreOffice and Google Sheets show it as text and never run it
 * (CSV injection); a plain negative number such as `-45.25` is left alone,
 * so that it stays a number. A cell with a comma, a quote, a line break or
 * edge spaces is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
	// Text already starting with apostrophes before a formula character is guarded too, so import gives it back whole.
	const formula = /^'*[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value);
	const text = formula ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
