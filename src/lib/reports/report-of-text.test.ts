import { describe, expect, it } from 'vitest';
import { ReportProblem } from './report-draft';
import { reportOfPastedText, reportOfText } from './report-of-text';

describe('reportOfPastedText', () => {
	it('keeps the text, a paragraph a line, and dates it by its dateline', () => {
		const report = reportOfPastedText(
			'SEOUL, Oct. 6, 2024 (AP) — North Korea and China commemorated 75 years of ties.\n\n  Analysts anticipate closer scrutiny.  \n'
		);
		expect(report).toEqual({
			text: 'SEOUL, Oct. 6, 2024 (AP) — North Korea and China commemorated 75 years of ties.\nAnalysts anticipate closer scrutiny.',
			published: '2024-10-06'
		});
	});

	it('leaves the date out when the dateline gives a place only', () => {
		const report = reportOfPastedText(
			'SEOUL, South Korea (AP) — North Korea and China commemorated 75 years of ties.'
		);
		expect(report.published).toBeUndefined();
	});

	it('offers a short first line that ends no sentence as the title', () => {
		expect(reportOfPastedText('Aid and trade\nChina gives aid to North Korea.').title).toBe(
			'Aid and trade'
		);
		expect(reportOfPastedText('China gives aid.\nRussia signs.').title).toBeUndefined();
	});

	it('changes no word or mark of the text', () => {
		const text = 'North Korea’s “lips and teeth” — 98.3%.\nSecond.';
		expect(reportOfPastedText(`  ${text}  \n\n`).text).toBe(text);
	});

	it('joins lines broken where the copied page ran out', () => {
		expect(reportOfPastedText('North Korea has supplied military\nequipment to Russia.').text).toBe(
			'North Korea has supplied military equipment to Russia.'
		);
	});

	it.each([
		['nothing', ''],
		['white space only', ' \n\t\u00a0\r\n']
	])('refuses %s, and says to paste the text or open the file', (_, text) => {
		expect(() => reportOfPastedText(text)).toThrow(ReportProblem);
		expect(() => reportOfPastedText(text)).toThrow(
			'The pasted text is empty: it holds no text to read. Check it and paste the report’s text, or open its file.'
		);
	});

	it('refuses 5 MB of text, saying how much it holds and the limit', () => {
		const text = 'North Korea and China mark 75 years of ties. '.repeat(120_000);
		expect(() => reportOfPastedText(text)).toThrow(
			'The pasted text holds 5,399,999 characters of text: a report can hold at most 1,000,000. Take only the part you need (the chapter or the article) and bring that in.'
		);
	});

	it('takes a text of exactly 1,000,000 characters', () => {
		expect(reportOfPastedText('a'.repeat(1_000_000)).text).toHaveLength(1_000_000);
	});
});

describe('reportOfText', () => {
	it('keeps what the file said, and prefers its date to the dateline', () => {
		const report = reportOfText(
			'BRUSSELS, March 3, 2025 — The EU agreed.',
			{ title: 'EU agrees', published: '2025-03-04', fileName: 'eu.txt', url: undefined },
			'“eu.txt”'
		);
		expect(report).toEqual({
			text: 'BRUSSELS, March 3, 2025 — The EU agreed.',
			title: 'EU agrees',
			published: '2025-03-04',
			fileName: 'eu.txt'
		});
		expect('url' in report).toBe(false);
	});
});
