import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportFile, reportOfPastedText } from './read-pasted-report';
import { ReportProblem } from './report-draft';

const KSAT = readFileSync(
	new URL('../../../tests/fixtures/reports/ksat-dprk-prc-75-years.txt', import.meta.url),
	'utf8'
);

describe('reportOfPastedText', () => {
	it('keeps an article of one paragraph a line as it is', () => {
		const draft = reportOfPastedText(KSAT);
		expect(draft.text).toBe(KSAT.trim());
		// Its first line is a paragraph, not a title.
		expect(draft.title).toBeUndefined();
	});

	it('joins lines wrapped within paragraphs set apart by blank lines', () => {
		const pasted =
			'Aid and trade\r\n\r\nChina gives aid\r\nto North Korea.\r\n\r\n\r\nRussia signs.\r\n';
		expect(reportOfPastedText(pasted)).toEqual({
			text: 'Aid and trade\nChina gives aid to North Korea.\nRussia signs.',
			title: 'Aid and trade'
		});
	});

	it('changes no word or mark of the text', () => {
		const text = 'North Korea’s “lips and teeth” — 98.3%.\nSecond.';
		expect(reportOfPastedText(`  ${text}  \n\n`).text).toBe(text);
	});
});

describe('readReportFile', () => {
	it('reads a plain-text file, naming it', async () => {
		const bytes = new TextEncoder().encode('Title\nChina gives aid to North Korea.');
		expect(await readReportFile({ name: 'report.txt', bytes })).toEqual({
			text: 'Title\nChina gives aid to North Korea.',
			title: 'Title',
			fileName: 'report.txt'
		});
	});

	it('refuses what it cannot read, saying what to do instead', async () => {
		const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
		await expect(readReportFile({ name: 'report.pdf', bytes })).rejects.toThrow(ReportProblem);
		await expect(readReportFile({ name: 'empty.txt', bytes: new Uint8Array() })).rejects.toThrow(
			'empty.txt holds no text.'
		);
	});
});
