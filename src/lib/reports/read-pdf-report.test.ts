import { describe, expect, it } from 'vitest';
import { pageOfLines, pdfWithText, scannedPdf } from '../../../tests/fixtures/report-files';
import { KSAT, LOCKED_PDF } from '../../../tests/fixtures/report-fixtures';
import { ReportProblem } from './report-draft';
import { pdfDate, readPdfReport, reportTitle } from './read-pdf-report';

describe('readPdfReport', () => {
	it('reads the article printed to PDF, a paragraph a line, with its title and date', async () => {
		const report = await readPdfReport('ksat.pdf', KSAT.pdf);
		expect(report).toEqual({
			text: KSAT.paragraphs.join('\n'),
			title: KSAT.headline,
			published: '2024-10-06',
			fileName: 'ksat.pdf'
		});
	});

	it('joins lines and split words, and parts paragraphs at a blank gap and an indent', async () => {
		const pdf = pdfWithText([
			[
				...pageOfLines([
					'North Korea and China commemorated 75 years of diplomatic relations',
					'with leaders exchanging messages. A bilateral defense agree-',
					'ment was signed between Kim and Putin in June.'
				]),
				...pageOfLines(
					['China serves as North Korea’s primary trading partner and major', 'source of aid.'],
					{
						top: 714
					}
				),
				...pageOfLines(
					[
						'Analysts anticipate that upcoming engagements will reveal the',
						'true nature of their relationship.'
					],
					{
						x: 90,
						top: 686
					}
				),
				{ x: 290, y: 40, text: '1' }
			],
			[
				...pageOfLines(['“As close as lips and teeth,” in the words of the two states.']),
				{ x: 290, y: 40, text: '2' }
			]
		]);
		const report = await readPdfReport('brief.pdf', pdf);
		expect(report.text.split('\n')).toEqual([
			'North Korea and China commemorated 75 years of diplomatic relations with leaders exchanging messages. A bilateral defense agreement was signed between Kim and Putin in June.',
			'China serves as North Korea’s primary trading partner and major source of aid.',
			'Analysts anticipate that upcoming engagements will reveal the true nature of their relationship.',
			'“As close as lips and teeth,” in the words of the two states.'
		]);
	});

	it('leaves out a title that is only the name of the file it was made from', async () => {
		const pdf = pdfWithText([pageOfLines(['Kim met Xi.'])], {
			Title: 'Microsoft Word - draft3.docx'
		});
		expect((await readPdfReport('draft3.pdf', pdf)).title).toBeUndefined();
	});

	it('dates a PDF without a creation date by its dateline', async () => {
		const pdf = pdfWithText([
			pageOfLines(['BRUSSELS, March 3, 2025 — The EU agreed new sanctions.'])
		]);
		expect((await readPdfReport('eu.pdf', pdf)).published).toBe('2025-03-03');
	});

	it('refuses a scanned PDF, and says to run it through OCR first', async () => {
		await expect(readPdfReport('scan.pdf', scannedPdf())).rejects.toThrow(
			'“scan.pdf” has no text layer: it is a scan, pictures of pages. Run it through OCR (text recognition) first, then open the PDF that makes.'
		);
	});

	it('refuses a PDF locked by a password, and says to save a copy without it', async () => {
		await expect(readPdfReport('locked.pdf', LOCKED_PDF)).rejects.toThrow(
			'“locked.pdf” is protected by a password: open it in a PDF reader, save a copy without the password, and open that.'
		);
	});

	it('refuses a damaged PDF, and says to download it again', async () => {
		const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pa');
		const refusal = readPdfReport('cut.pdf', damaged);
		await expect(refusal).rejects.toThrow(ReportProblem);
		await expect(refusal).rejects.toThrow(
			/^“cut\.pdf” could not be read as a PDF: it is damaged or incomplete \(.+\)\. Download or save it again, and open the new copy\.$/
		);
	});

	it('leaves the caller’s bytes whole', async () => {
		const pdf = pdfWithText([pageOfLines(['Kim met Xi.'])]);
		await readPdfReport('a.pdf', pdf);
		expect(pdf.byteLength).toBeGreaterThan(0);
		expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
	});
});

describe('reportTitle', () => {
	it.each([
		['  Sanctions \n and trade ', 'Sanctions and trade'],
		['Untitled', undefined],
		['untitled document', undefined],
		['report-final.indd', undefined],
		['Microsoft PowerPoint - deck', undefined],
		['', undefined],
		[42, undefined]
	])('reads %j as %j', (title, read) => {
		expect(reportTitle(title)).toBe(read);
	});
});

describe('pdfDate', () => {
	it.each([
		["D:20241006141200Z'", '2024-10-06'],
		["D:20241006091200-05'00'", '2024-10-06'],
		['D:202410', '2024-10'],
		['D:2024', '2024'],
		['D:20241306', undefined],
		['yesterday', undefined],
		[undefined, undefined]
	])('reads %j as %j', (value, date) => {
		expect(pdfDate(value)).toBe(date);
	});
});
