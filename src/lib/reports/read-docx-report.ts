import { docxCoreProperties } from './docx-core-properties';
import type { ReportDraft } from './report-draft';
import { reportOfText } from './report-of-text';
import { damagedFile, fileSubject, unreadFormat } from './report-refusals';

/**
 * Reads a Word document (.docx) with mammoth, a paragraph a line, and its
 * title and date from its core properties. A zip that is some other document
 * (a workbook, a presentation, an OpenDocument text) is refused with what it
 * is; a damaged one with what is wrong. Throws a ReportProblem.
 */
export async function readDocxReport(name: string, bytes: Uint8Array): Promise<ReportDraft> {
	const { default: JSZip } = await import('jszip');
	let zip: InstanceType<typeof JSZip>;
	try {
		zip = await JSZip.loadAsync(bytes);
	} catch (error) {
		throw damagedFile(name, 'Word document', reasonOf(error));
	}
	if (!zip.file('word/document.xml')) throw await notWord(name, zip);
	const core = await zip.file('docProps/core.xml')?.async('string');
	const about = core === undefined ? {} : docxCoreProperties(core);
	const { default: mammoth } = await import('mammoth');
	let text: string;
	try {
		// mammoth's browser build reads an ArrayBuffer; its Node build, the specs', a Buffer. Vite
		// writes SSR in as a constant: the browser build holds no trace of Buffer.
		const input = import.meta.env.SSR
			? { buffer: Buffer.from(bytes) }
			: { arrayBuffer: bytes.slice().buffer };
		text = (await mammoth.extractRawText(input)).value;
	} catch (error) {
		throw damagedFile(name, 'Word document', reasonOf(error));
	}
	return reportOfText(
		text,
		{ title: about.title, published: about.created, fileName: name },
		fileSubject(name)
	);
}

/** What a zip that is no Word document is, as a refusal that says what to open instead. */
async function notWord(name: string, zip: InstanceType<typeof import('jszip')>) {
	const saveAs = 'save the report as a Word document (.docx) or PDF, and open that';
	if (zip.file('xl/workbook.xml')) return unreadFormat(name, 'an Excel workbook', saveAs);
	if (zip.file('ppt/presentation.xml'))
		return unreadFormat(name, 'a PowerPoint presentation', saveAs);
	const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
	if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
		return unreadFormat(name, 'an OpenDocument file (LibreOffice)', saveAs);
	}
	if (mimetype === 'application/epub+zip') return unreadFormat(name, 'an e-book (EPUB)', saveAs);
	if (/\.zip$/i.test(name)) {
		return unreadFormat(name, 'a zip archive', 'unpack it, and open the report it holds');
	}
	return damagedFile(name, 'Word document', 'it is a zip archive without a Word document’s text');
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
