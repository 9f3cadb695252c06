import { describe, expect, it } from 'vitest';
import { ReportProblem } from './report-draft';
import { reportFormat } from './report-format';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('reportFormat', () => {
	it('tells a PDF, a zip and a text by their first bytes, whatever their names say', () => {
		expect(reportFormat('report.txt', ascii('%PDF-1.7\n…'))).toBe('pdf');
		expect(reportFormat('report', ascii('\n%PDF-1.4\n'))).toBe('pdf');
		expect(reportFormat('report.pdf.docx', ascii('PK\x03\x04…'))).toBe('zip');
		expect(reportFormat('report.html', ascii('<!doctype html><p>Hi</p>'))).toBe('text');
		expect(
			reportFormat('notes.txt', new TextEncoder().encode('Kim Jong Un met Xi Jinping – again.'))
		).toBe('text');
	});

	it('takes UTF-16 text with its byte-order mark as text', () => {
		expect(reportFormat('notes.txt', Uint8Array.of(0xff, 0xfe, 0x4b, 0x00, 0x69, 0x00))).toBe(
			'text'
		);
	});

	it.each([
		['scan.png', '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', 'PNG'],
		['photo.jpg', '\xff\xd8\xff\xe0\x00\x10JFIF', 'JPEG'],
		['map.gif', 'GIF89a\x01\x00', 'GIF'],
		['page.webp', 'RIFF\x24\x00\x00\x00WEBPVP8 ', 'WebP'],
		['fax.tif', 'II*\x00\x08\x00', 'TIFF'],
		['IMG_0042.HEIC', '\x00\x00\x00\x18ftypheic', 'HEIC']
	])('refuses %s as a picture (%s)', (name, bytes, kind) => {
		expect(() => reportFormat(name, ascii(bytes))).toThrow(
			`“${name}” looks like a picture (${kind}), not a text: Ties reads reports saved as text (.txt, .md), web pages (.html), PDF (.pdf) or Word documents (.docx). If it is a photo or scan of a page, run it through OCR (text recognition) first.`
		);
	});

	it('refuses random bytes as a binary file', () => {
		const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
		expect(() => reportFormat('data.bin', bytes)).toThrow(ReportProblem);
		expect(() => reportFormat('data.bin', bytes)).toThrow(
			'“data.bin” looks like a binary file, not a text: Ties reads reports saved as text (.txt, .md), web pages (.html), PDF (.pdf) or Word documents (.docx). Save or export the report as one of those.'
		);
	});

	it('refuses an older Word document, and says to save it as .docx or PDF', () => {
		expect(() => reportFormat('brief.doc', ascii('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00'))).toThrow(
			'“brief.doc” is an older Office file (.doc, .xls or .ppt), which Ties does not read: save it in Word as a .docx document or as PDF, and open that.'
		);
	});

	it('refuses a Rich Text file', () => {
		expect(() => reportFormat('brief.rtf', ascii('{\\rtf1\\ansi Hello}'))).toThrow(
			'“brief.rtf” is a Rich Text file (.rtf), which Ties does not read: save it as a .docx document, PDF or plain text, and open that.'
		);
	});

	it('refuses a file named .pdf that is not a PDF as a damaged PDF', () => {
		expect(() => reportFormat('report.pdf', ascii('<html>Access denied</html>'))).toThrow(
			'“report.pdf” could not be read as a PDF: it is damaged or incomplete (it does not begin as a PDF does). Download or save it again, and open the new copy.'
		);
	});

	it('refuses a file named .docx that is not a zip as a damaged Word document', () => {
		expect(() => reportFormat('brief.docx', ascii('Hello'))).toThrow(
			'“brief.docx” could not be read as a Word document: it is damaged or incomplete (it is not a zip archive, as a .docx is). Download or save it again, and open the new copy.'
		);
	});
});
