import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { partialDateProblem } from '$lib/model/partial-date';
import { loadPdfjs } from './pdf-library';
import { pdfLines, withoutPageFurniture, type PdfLine } from './pdf-lines';
import { pdfParagraphs } from './pdf-paragraphs';
import { ReportProblem, type ReportDraft } from './report-draft';
import { reportOfText } from './report-of-text';
import {
	damagedFile,
	fileSubject,
	lockedPdf,
	MAX_REPORT_CHARACTERS,
	reportTooLong,
	scannedPdf
} from './report-refusals';

/**
 * Reads a PDF's text layer with pdf.js, a paragraph a line (see
 * pdfParagraphs), and its title and date from its information dictionary. A
 * PDF of scanned pages has no text to read, and is refused so; so is one that
 * is damaged or locked by a password. Reading stops once the text is past
 * what a report may hold. Throws a ReportProblem.
 */
export async function readPdfReport(name: string, bytes: Uint8Array): Promise<ReportDraft> {
	const pdfjs = await loadPdfjs();
	// pdf.js takes the bytes to its worker: it gets a copy, and the caller keeps its own.
	// Only the text is read: no font is loaded into the page, and nothing is compiled (the site's
	// policy forbids both).
	const task = pdfjs.getDocument({
		data: bytes.slice(),
		isEvalSupported: false,
		disableFontFace: true,
		verbosity: 0
	});
	let document: Awaited<typeof task.promise>;
	try {
		document = await task.promise;
	} catch (error) {
		if (error instanceof Error && error.name === 'PasswordException') throw lockedPdf(name);
		throw damagedFile(name, 'PDF', reasonOf(error));
	}
	try {
		const pages: PdfLine[][] = [];
		let characters = 0;
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const content = await page.getTextContent();
			const lines = pdfLines(content.items.filter(isTextItem).map(textRun));
			page.cleanup();
			pages.push(lines);
			characters += lines.reduce((sum, line) => sum + line.text.length + 1, 0);
			if (characters > MAX_REPORT_CHARACTERS * 1.05) {
				throw reportTooLong(fileSubject(name), characters, { atLeast: true });
			}
		}
		const text = pdfParagraphs(withoutPageFurniture(pages)).join('\n');
		if (text.trim() === '') throw scannedPdf(name);
		const { info } = await document.getMetadata();
		const about = info as { Title?: unknown; CreationDate?: unknown };
		return reportOfText(
			text,
			{ title: reportTitle(about.Title), published: pdfDate(about.CreationDate), fileName: name },
			fileSubject(name)
		);
	} catch (error) {
		if (error instanceof ReportProblem) throw error;
		throw damagedFile(name, 'PDF', reasonOf(error));
	} finally {
		await document.destroy();
	}
}

function isTextItem(item: object): item is TextItem {
	return 'str' in item;
}

function textRun(item: TextItem) {
	const [a, b, , , x, y] = item.transform as number[];
	return {
		text: item.str,
		x,
		y,
		width: item.width,
		size: Math.hypot(a, b) || item.height,
		endsLine: item.hasEOL
	};
}

/**
 * The title a PDF gives itself, unless it is only the name of the file it was
 * made from (`Microsoft Word - draft3.docx`) or a placeholder (`Untitled`).
 */
export function reportTitle(title: unknown): string | undefined {
	if (typeof title !== 'string') return undefined;
	const tidy = title.replace(/\s+/g, ' ').trim();
	if (tidy === '' || /^untitled\b/i.test(tidy)) return undefined;
	if (/^Microsoft (?:Word|PowerPoint) - /i.test(tidy)) return undefined;
	if (/\.(?:docx?|odt|rtf|pdf|indd|qxp|tex|dvi|ps|html?|txt|pptx?)$/i.test(tidy)) return undefined;
	return tidy;
}

/** A PDF date (`D:20241006141200Z`) as the day it names: `2024-10-06`, or as much of it as it gives. */
export function pdfDate(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
	if (!match) return undefined;
	const date = match
		.slice(1)
		.filter((part) => part !== undefined)
		.join('-');
	return partialDateProblem(date) === undefined ? date : undefined;
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
