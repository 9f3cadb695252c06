import { decodeText } from '$lib/import/decode-text';
import { joinWrappedLines } from './join-wrapped-lines';
import { markdownText } from './markdown-text';
import { ReportProblem, type ReportDraft } from './report-draft';
import { reportFormat } from './report-format';
import { reportOfText } from './report-of-text';
import { emptyReport, fileSubject, unreadable, unreadFormat } from './report-refusals';

/** A report file the analyst opened or dropped: a `File`'s name, MIME type and bytes. */
export interface ReportFile {
	name: string;
	type?: string;
	bytes: Uint8Array;
}

/**
 * Reads a report from a file: a text (.txt, .md), a saved web page (.html), a
 * PDF with a text layer, or a Word document (.docx), told apart by what the
 * bytes begin with before what the name says. Each reader's library (pdf.js,
 * Readability, mammoth) is loaded when a file of its kind is first read.
 * The text comes a paragraph a line, with what the file says of the report:
 * title, publisher, address, date; a text without a date is dated by its
 * dateline. Rejects with a ReportProblem that names the file, says what was
 * wrong and what to do instead; never with anything else.
 */
export async function readReportFile(file: ReportFile): Promise<ReportDraft> {
	try {
		return await read(file);
	} catch (error) {
		if (error instanceof ReportProblem) throw error;
		throw unreadable(file.name, error instanceof Error ? error.message : String(error));
	}
}

async function read({ name, type = '', bytes }: ReportFile): Promise<ReportDraft> {
	const subject = fileSubject(name);
	if (bytes.length === 0) throw emptyReport(subject);
	const format = reportFormat(name, bytes, type);
	if (format === 'pdf') return (await import('./read-pdf-report')).readPdfReport(name, bytes);
	if (format === 'zip') return (await import('./read-docx-report')).readDocxReport(name, bytes);

	// Reports saved as text are UTF-8 or UTF-16 with its mark; else most likely Windows-1252, as
	// a CSV is: decoded leniently, as a CSV is.
	const decoded = decodeText(bytes, 'csv');
	const text = 'text' in decoded ? decoded.text : '';
	if (/^(?:From: <Saved by [^>]*>\s*)?MIME-Version:/i.test(text.trimStart())) {
		throw unreadFormat(
			name,
			'a web archive (.mht, .mhtml)',
			'save the page again as “Webpage, HTML only” (.html), and open that'
		);
	}
	if (isWebPage(name, type, text)) {
		return (await import('./read-html-report')).readHtmlReport(name, text);
	}
	if (/\.(?:md|markdown)$/i.test(name) || type === 'text/markdown') {
		const { text: read, title } = markdownText(text);
		return reportOfText(read, { title, fileName: name }, subject);
	}
	return reportOfText(joinWrappedLines(text), { fileName: name }, subject);
}

/** Markup a web page opens with, after any XML declaration and comments. */
const PAGE_START =
	/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** A page by its first markup, or by its name or type where it holds markup at all. */
function isWebPage(name: string, type: string, text: string): boolean {
	if (PAGE_START.test(text.slice(0, 4096))) return true;
	const named = /\.(?:html?|xhtml)$/i.test(name) || type === 'text/html';
	return named && /<[a-z!][^>]*>/i.test(text);
}
