import { describe, expect, it } from 'vitest';
import { ReportProblem } from './report-draft';
import {
	emptyReport,
	fileSubject,
	PASTED_TEXT,
	reportTooLong,
	unreadable
} from './report-refusals';

describe('report refusals', () => {
	it('are ReportProblems that name the file they refuse', () => {
		const refusal = unreadable('brief.pdf', 'out of memory');
		expect(refusal).toBeInstanceOf(ReportProblem);
		expect(refusal.name).toBe('ReportProblem');
		expect(refusal.message).toBe('“brief.pdf” could not be read (out of memory).');
	});

	it('tell a file from pasted text in what to do instead', () => {
		expect(emptyReport(fileSubject('a.txt')).message).toBe(
			'“a.txt” is empty: it holds no text to read. Check it and open the file that holds the report, or paste its text.'
		);
		expect(emptyReport(PASTED_TEXT).message).toBe(
			'The pasted text is empty: it holds no text to read. Check it and paste the report’s text, or open its file.'
		);
	});

	it('say "more than" where reading stopped before the end of a long text', () => {
		expect(reportTooLong(fileSubject('book.pdf'), 1_050_001, { atLeast: true }).message).toBe(
			'“book.pdf” holds more than 1,050,001 characters of text: a report can hold at most 1,000,000. Take only the part you need (the chapter or the article) and bring that in.'
		);
	});
});
