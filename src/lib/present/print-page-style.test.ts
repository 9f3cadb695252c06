import { describe, expect, it } from 'vitest';
import { cssString, printPageStyle } from './print-page-style';

describe('printPageStyle', () => {
	const handout = { size: 'A4 landscape', margin: '12mm 10mm', numbering: 'Page 3 of 12' } as const;

	it('sets the size and margins, and numbers every page', () => {
		const css = printPageStyle(handout);
		expect(css).toMatch(/^@page \{ size: A4 landscape; margin: 12mm 10mm;/);
		expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
	});

	it('numbers a deck’s pages the short way', () => {
		const css = printPageStyle({ ...handout, numbering: '3 / 12' });
		expect(css).toContain('content: counter(page) " / " counter(pages)');
	});

	it('carries the marking at the top and the bottom of the page', () => {
		const css = printPageStyle({ ...handout, marking: 'OFFICIAL-SENSITIVE' });
		expect(css).toMatch(/@top-center \{ content: "OFFICIAL-SENSITIVE";/);
		expect(css).toMatch(/@bottom-center \{ content: "OFFICIAL-SENSITIVE";/);
	});

	it('carries no marking when the graph has none', () => {
		expect(printPageStyle(handout)).not.toMatch(/@top-center|@bottom-center/);
	});

	it('puts the title in the running head', () => {
		expect(printPageStyle({ ...handout, heading: 'DPRK and its ties' })).toContain(
			'@top-left { content: "DPRK and its ties";'
		);
	});
});

describe('cssString', () => {
	it('escapes what would end the string or the style element', () => {
		expect(cssString('He said "no" \\ </style>')).toBe('"He said \\"no\\" \\\\ \\3c /style>"');
		expect(cssString('two\nlines')).toBe('"two\\a lines"');
	});
});
