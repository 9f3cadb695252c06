/**
 * A report brought in to be read: its text, kept as the source's archived
 * text, and what its file said about it. Every field but the text may be
 * missing; the analyst is asked for what is.
 */
export interface ReportDraft {
	/** The article's text: paragraphs on their own lines, as the analyst will see it in "Show in source". */
	text: string;
	title?: string;
	publisher?: string;
	/** An http(s) link to the report. */
	url?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	published?: string;
	/** The file it came from, where it came from one. */
	fileName?: string;
}

/** Why a report could not be read, in words for the analyst: what was wrong and where. */
export class ReportProblem extends Error {
	override name = 'ReportProblem';
}
