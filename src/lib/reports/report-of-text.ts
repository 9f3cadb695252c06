import { datelineDate } from './report-dateline';
import type { ReportDraft } from './report-draft';
import { joinWrappedLines } from './join-wrapped-lines';
import { emptyReport, MAX_REPORT_CHARACTERS, PASTED_TEXT, reportTooLong } from './report-refusals';
import { tidyReportText } from './tidy-report-text';

/** What a file said about its report: everything a draft holds but the text. */
export type ReportAbout = Omit<ReportDraft, 'text'>;

/**
 * A report of a text read out of a file or pasted, one paragraph a line: its
 * text tidied, refused when it is empty or longer than a source can keep, and
 * dated by its dateline when nothing else dated it. `subject` names it in a
 * refusal. Throws a ReportProblem.
 */
export function reportOfText(text: string, about: ReportAbout, subject: string): ReportDraft {
	const tidy = tidyReportText(text);
	if (tidy.length === 0) throw emptyReport(subject);
	if (tidy.length > MAX_REPORT_CHARACTERS) throw reportTooLong(subject, tidy.length);
	const draft: ReportDraft = { text: tidy };
	const published = about.published ?? datelineDate(tidy);
	for (const [field, value] of Object.entries({ ...about, published })) {
		if (value !== undefined && value !== '') draft[field as keyof ReportAbout] = value;
	}
	return draft;
}

/**
 * A report of text the analyst pasted: lines broken where the page it was
 * copied from ran out are joined back into paragraphs, and a short first line
 * that ends no sentence is offered as its title. Throws a ReportProblem when
 * the text is empty or too long.
 */
export function reportOfPastedText(text: string): ReportDraft {
	const draft = reportOfText(joinWrappedLines(text), {}, PASTED_TEXT);
	const lines = draft.text.split('\n');
	const first = lines[0];
	if (lines.length > 1 && first.length <= 200 && !/[.!?:;,…"”’)]$/.test(first)) {
		draft.title = first;
	}
	return draft;
}
