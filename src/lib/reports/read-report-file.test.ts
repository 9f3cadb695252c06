import { describe, expect, it } from 'vitest';
import { useDomParser } from '../../../tests/fixtures/dom-parser';
import { docxOf, pageOfLines, pdfWithText, scannedPdf } from '../../../tests/fixtures/report-files';
import { KSAT } from '../../../tests/fixtures/report-fixtures';
import { ReportProblem } from './report-draft';
import { readReportFile } from './read-report-file';

useDomParser();

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readReportFile', () => {
	it('reads the same article from its text, its saved page and its PDF', async () => {
		for (const [name, bytes] of [
			['ksat.txt', KSAT.text],
			['ksat.html', KSAT.html],
			['ksat.pdf', KSAT.pdf]
		] as const) {
			expect((await readReportFile({ name, bytes })).text.split('\n'), name).toEqual(
				KSAT.paragraphs
			);
		}
	});

	it('reads a text file as UTF-8, without its byte-order mark, dated by its dateline', async () => {
		const report = await readReportFile({
			name: 'notes.txt',
			bytes: utf8(
				'\ufeffSEOUL, Oct. 6, 2024 (AP) — Kim Jong Un and Xi Jinping exchanged messages.\r\n'
			)
		});
		expect(report).toEqual({
			text: 'SEOUL, Oct. 6, 2024 (AP) — Kim Jong Un and Xi Jinping exchanged messages.',
			published: '2024-10-06',
			fileName: 'notes.txt'
		});
	});

	it('reads a text file in UTF-16 with its byte-order mark', async () => {
		const text = 'Kim Jong Un met Xi Jinping – “as close as lips and teeth”.';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		[...text].forEach((c, i) =>
			new DataView(bytes.buffer).setUint16(2 + i * 2, c.charCodeAt(0), true)
		);
		expect((await readReportFile({ name: 'notes.txt', bytes })).text).toBe(text);
	});

	it('reads a text saved in the Windows code page with its accents', async () => {
		const bytes = Uint8Array.from([...'Caf\xe9 talks in Pyongyang.'].map((c) => c.charCodeAt(0)));
		expect((await readReportFile({ name: 'old.txt', bytes })).text).toBe(
			'Café talks in Pyongyang.'
		);
	});

	it('reads a Markdown file as it renders, its first heading as the title', async () => {
		const report = await readReportFile({
			name: 'brief.md',
			bytes: utf8('# Ties at 75\n\nLeaders of **North Korea** and China\nexchanged messages.\n')
		});
		expect(report).toEqual({
			text: 'Ties at 75\nLeaders of North Korea and China exchanged messages.',
			title: 'Ties at 75',
			fileName: 'brief.md'
		});
	});

	it('reads a file by what it is, not by its name: a PDF named .txt, a page named .txt', async () => {
		const pdf = pdfWithText([pageOfLines(['Kim met Xi in Beijing.'])]);
		expect((await readReportFile({ name: 'report.txt', bytes: pdf })).text).toBe(
			'Kim met Xi in Beijing.'
		);
		expect((await readReportFile({ name: 'page.txt', bytes: KSAT.html })).title).toBe(
			KSAT.headline
		);
	});

	it('reads a Word document', async () => {
		const docx = await docxOf(KSAT.paragraphs, {
			core: { title: 'Ties', created: '2024-10-06T09:00:00Z' }
		});
		const report = await readReportFile({ name: 'ksat.docx', bytes: docx });
		expect(report.text.split('\n')).toEqual(KSAT.paragraphs);
		expect(report.title).toBe('Ties');
	});

	describe('refuses, naming the file and saying what was wrong and what to do', () => {
		const EMPTY =
			'is empty: it holds no text to read. Check it and open the file that holds the report, or paste its text.';

		it.each([
			['an empty file', new Uint8Array()],
			['white space only', utf8(' \r\n\t \n')]
		])('%s', async (_, bytes) => {
			await expect(readReportFile({ name: 'report.txt', bytes })).rejects.toThrow(
				`“report.txt” ${EMPTY}`
			);
		});

		it('a picture', async () => {
			const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
			await expect(readReportFile({ name: 'page-1.png', bytes: png })).rejects.toThrow(
				/^“page-1\.png” looks like a picture \(PNG\), not a text: .* run it through OCR \(text recognition\) first\.$/
			);
		});

		it('random bytes', async () => {
			const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 2654435761) % 251);
			await expect(readReportFile({ name: 'report.dat', bytes })).rejects.toThrow(
				/^“report\.dat” looks like a binary file, not a text: /
			);
		});

		it('a scanned PDF', async () => {
			await expect(readReportFile({ name: 'scan.pdf', bytes: scannedPdf() })).rejects.toThrow(
				'“scan.pdf” has no text layer: it is a scan, pictures of pages. Run it through OCR (text recognition) first, then open the PDF that makes.'
			);
		});

		it('a damaged PDF', async () => {
			await expect(
				readReportFile({ name: 'cut.pdf', bytes: KSAT.pdf.subarray(0, 40) })
			).rejects.toThrow(/^“cut\.pdf” could not be read as a PDF: it is damaged or incomplete \(/);
		});

		it('a damaged Word document', async () => {
			const docx = await docxOf(['Text.']);
			await expect(
				readReportFile({ name: 'cut.docx', bytes: docx.subarray(0, 100) })
			).rejects.toThrow(
				/^“cut\.docx” could not be read as a Word document: it is damaged or incomplete \(/
			);
		});

		it('a page with no article', async () => {
			const html = utf8(
				'<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><p>Subscribe now.</p></body></html>'
			);
			await expect(readReportFile({ name: 'home.html', bytes: html })).rejects.toThrow(
				'“home.html” has no article text that Ties can find: the page holds only menus, links or short notices. Save the article’s own page, or copy the article’s text and paste it.'
			);
		});

		it('a web archive', async () => {
			const mhtml = utf8(
				'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;'
			);
			await expect(readReportFile({ name: 'page.mhtml', bytes: mhtml })).rejects.toThrow(
				'“page.mhtml” is a web archive (.mht, .mhtml), which Ties does not read: save the page again as “Webpage, HTML only” (.html), and open that.'
			);
		});

		it('a 5 MB text, stating its size and the limit', async () => {
			// The article 1,320 times over: more than 5 MB of UTF-8.
			const text = new TextDecoder().decode(KSAT.text).repeat(1320);
			const bytes = utf8(text);
			expect(bytes.length).toBeGreaterThan(5_000_000);
			const refusal = readReportFile({ name: 'archive.txt', bytes });
			await expect(refusal).rejects.toThrow(ReportProblem);
			await expect(refusal).rejects.toThrow(
				`“archive.txt” holds ${text.length.toLocaleString('en')} characters of text: a report can hold at most 1,000,000. Take only the part you need (the chapter or the article) and bring that in.`
			);
		});
	});
});
