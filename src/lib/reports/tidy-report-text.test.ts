import { describe, expect, it } from 'vitest';
import { tidyReportText } from './tidy-report-text';

describe('tidyReportText', () => {
	it('keeps one paragraph a line, whatever the line ends were', () => {
		expect(tidyReportText('First paragraph.\r\n\r\nSecond paragraph.\rThird.\n\n\n')).toBe(
			'First paragraph.\nSecond paragraph.\nThird.'
		);
	});

	it('makes every run of white space one space and trims lines', () => {
		expect(tidyReportText('  Kim\u00a0Jong Un \t met   Xi Jinping.  ')).toBe(
			'Kim Jong Un met Xi Jinping.'
		);
	});

	it('drops invisible marks, but not the joiners some scripts need', () => {
		expect(tidyReportText('\ufeffsanc\u00adtions\u200b and a\u0007 bell; \u0645\u200c\u0627')).toBe(
			'sanctions and a bell; \u0645\u200c\u0627'
		);
	});

	it('leaves nothing of blank text', () => {
		expect(tidyReportText(' \n\t\u00a0\r\n ')).toBe('');
	});
});
