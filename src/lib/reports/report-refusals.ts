import { ReportProblem } from './report-draft';
import { grouped } from '$lib/model/count-words';

/**
 * Why a report is refused, in the analyst's words: what was wrong with the
 * file (or the pasted text) and what to do instead. Each message starts with
 * what was refused: the file by its name, or "The pasted text".
 */

/** The most a report's text may hold, in characters: a source keeps no more as its archived text (see the schema). */
export const MAX_REPORT_CHARACTERS = 1_000_000;

/** How a refusal names what it refuses: a file by its name. */
export function fileSubject(name: string): string {
	return `“${name}”`;
}

/** How a refusal names pasted text. */
export const PASTED_TEXT = 'The pasted text';

const WHAT_TIES_READS =
	'Ties reads reports saved as text (.txt, .md), web pages (.html), PDF (.pdf) or Word documents (.docx)';

/** Nothing to read: no bytes, or only blank space. */
export function emptyReport(subject: string): ReportProblem {
	const instead =
		subject === PASTED_TEXT
			? 'paste the report’s text, or open its file'
			: 'open the file that holds the report, or paste its text';
	return new ReportProblem(
		`${subject} is empty: it holds no text to read. Check it and ${instead}.`
	);
}

/** More text than a source can keep; `atLeast` where reading stopped before the end. */
export function reportTooLong(
	subject: string,
	characters: number,
	{ atLeast = false } = {}
): ReportProblem {
	const count = `${atLeast ? 'more than ' : ''}${grouped(characters)}`;
	return new ReportProblem(
		`${subject} holds ${count} characters of text: a report can hold at most ${grouped(MAX_REPORT_CHARACTERS)}. Take only the part you need (the chapter or the article) and bring that in.`
	);
}

/** An image file (PNG, JPEG, GIF, WebP, TIFF, BMP). */
export function pictureFile(name: string, kind: string): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} looks like a picture (${kind}), not a text: ${WHAT_TIES_READS}. If it is a photo or scan of a page, run it through OCR (text recognition) first.`
	);
}

/** Bytes that are no text and no format Ties reads. */
export function binaryFile(name: string): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} looks like a binary file, not a text: ${WHAT_TIES_READS}. Save or export the report as one of those.`
	);
}

/** A format Ties knows but does not read: an older Word file, a spreadsheet, a web archive. */
export function unreadFormat(name: string, format: string, instead: string): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} is ${format}, which Ties does not read: ${instead}.`
	);
}

/** A PDF of pictures of pages: nothing to read until it is recognised. */
export function scannedPdf(name: string): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} has no text layer: it is a scan, pictures of pages. Run it through OCR (text recognition) first, then open the PDF that makes.`
	);
}

/** A PDF that opens only with a password. */
export function lockedPdf(name: string): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} is protected by a password: open it in a PDF reader, save a copy without the password, and open that.`
	);
}

/** A PDF or Word file whose structure is broken or cut short. */
export function damagedFile(
	name: string,
	format: 'PDF' | 'Word document',
	reason: string
): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} could not be read as a ${format}: it is damaged or incomplete (${reason}). Download or save it again, and open the new copy.`
	);
}

/** A web page in which no article can be found. */
export function noArticle(name: string): ReportProblem {
	return new ReportProblem(
		`${fileSubject(name)} has no article text that Ties can find: the page holds only menus, links or short notices. Save the article’s own page, or copy the article’s text and paste it.`
	);
}

/** Anything else that went wrong while reading: said as it was, with the file it was about. */
export function unreadable(name: string, reason: string): ReportProblem {
	return new ReportProblem(`${fileSubject(name)} could not be read (${reason}).`);
}
