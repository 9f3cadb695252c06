import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxOf } from '../../../tests/fixtures/report-files';
import { KSAT } from '../../../tests/fixtures/report-fixtures';
import { readDocxReport } from './read-docx-report';

describe('readDocxReport', () => {
	it('reads a Word document a paragraph a line, with its title and date from its properties', async () => {
		const docx = await docxOf(KSAT.paragraphs, {
			core: { title: KSAT.headline, created: '2024-10-06T09:00:00Z' }
		});
		expect(await readDocxReport('ksat.docx', docx)).toEqual({
			text: KSAT.paragraphs.join('\n'),
			title: KSAT.headline,
			published: '2024-10-06',
			fileName: 'ksat.docx'
		});
	});

	it('keeps a heading on its own line, and dates a document without properties by its dateline', async () => {
		const docx = await docxOf(
			['Ties at 75', 'SEOUL, 6 October 2024 — Leaders exchanged messages.'],
			{
				heading: true
			}
		);
		const report = await readDocxReport('brief.docx', docx);
		expect(report).toEqual({
			text: 'Ties at 75\nSEOUL, 6 October 2024 — Leaders exchanged messages.',
			published: '2024-10-06',
			fileName: 'brief.docx'
		});
	});

	it('refuses a damaged Word document, and says to save it again', async () => {
		const docx = await docxOf(KSAT.paragraphs);
		await expect(readDocxReport('cut.docx', docx.subarray(0, docx.length / 2))).rejects.toThrow(
			/^“cut\.docx” could not be read as a Word document: it is damaged or incomplete \(.+\)\. Download or save it again, and open the new copy\.$/
		);
	});

	it('refuses a Word document whose text is broken XML', async () => {
		const zip = await JSZip.loadAsync(await docxOf(['Text.']));
		zip.file(
			'word/document.xml',
			'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
		);
		const docx = await zip.generateAsync({ type: 'uint8array' });
		await expect(readDocxReport('broken.docx', docx)).rejects.toThrow(
			/^“broken\.docx” could not be read as a Word document: it is damaged or incomplete/
		);
	});

	it.each([
		['figures.xlsx', 'xl/workbook.xml', 'an Excel workbook'],
		['deck.pptx', 'ppt/presentation.xml', 'a PowerPoint presentation']
	])('refuses %s as what it is', async (name, part, what) => {
		const zip = new JSZip();
		zip.file(part, '<x/>');
		await expect(
			readDocxReport(name, await zip.generateAsync({ type: 'uint8array' }))
		).rejects.toThrow(
			`“${name}” is ${what}, which Ties does not read: save the report as a Word document (.docx) or PDF, and open that.`
		);
	});

	it('refuses an OpenDocument text as what it is', async () => {
		const zip = new JSZip();
		zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
		await expect(
			readDocxReport('brief.odt', await zip.generateAsync({ type: 'uint8array' }))
		).rejects.toThrow(
			'“brief.odt” is an OpenDocument file (LibreOffice), which Ties does not read: save the report as a Word document (.docx) or PDF, and open that.'
		);
	});

	it('refuses a zip archive, and says to unpack it', async () => {
		const zip = new JSZip();
		zip.file('report.pdf', '%PDF-');
		await expect(
			readDocxReport('reports.zip', await zip.generateAsync({ type: 'uint8array' }))
		).rejects.toThrow(
			'“reports.zip” is a zip archive, which Ties does not read: unpack it, and open the report it holds.'
		);
	});
});
