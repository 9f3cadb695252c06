import { describe, expect, it } from 'vitest';
import type { PdfLine } from './pdf-lines';
import { pdfParagraphs } from './pdf-paragraphs';

/** Lines set down a page from `top`, 14 points apart, 72 to 520 points across unless told. */
function page(lines: (string | (Partial<PdfLine> & { text: string }))[], top = 770): PdfLine[] {
	let y = top + 14;
	return lines.map((line) => {
		const given = typeof line === 'string' ? { text: line } : line;
		y = given.y ?? y - 14;
		return { x: 72, right: 520, size: 11, ...given, y };
	});
}

describe('pdfParagraphs', () => {
	it('joins the lines of a paragraph, so that no sentence is broken across lines', () => {
		const paragraphs = pdfParagraphs([
			page([
				'North Korea and China commemorated 75 years of diplomatic relations with',
				'leaders exchanging messages aimed at solidifying their partnership. This',
				{ text: 'comes at a time of change.', right: 230 }
			])
		]);
		expect(paragraphs).toEqual([
			'North Korea and China commemorated 75 years of diplomatic relations with leaders exchanging messages aimed at solidifying their partnership. This comes at a time of change.'
		]);
	});

	it('joins a word split by a hyphen when it goes on in lower case, and keeps a hyphen before a capital', () => {
		const paragraphs = pdfParagraphs([
			page([
				'a bilateral defense agree-',
				'ment signed between Kim and the anti-',
				'Western coalition.'
			])
		]);
		expect(paragraphs).toEqual([
			'a bilateral defense agreement signed between Kim and the anti- Western coalition.'
		]);
	});

	it('starts a paragraph after a blank gap, at an indent, at a heading and after a short last line', () => {
		const paragraphs = pdfParagraphs([
			page([
				{ text: 'Background', size: 14, right: 150 },
				{ text: 'The relationship dates back to 1949, when they established formal', y: 740 },
				{ text: 'diplomatic ties.', right: 160 },
				'China has played a crucial role in supporting the regime both economically',
				{ text: 'and politically.', right: 160 },
				{ text: 'Observers have noted that China remains a critical partner.', y: 640 },
				{ text: 'In conclusion, the two celebrate 75 years of diplomatic relations and', x: 90 },
				'an enduring partnership.'
			])
		]);
		expect(paragraphs).toEqual([
			'Background',
			'The relationship dates back to 1949, when they established formal diplomatic ties.',
			'China has played a crucial role in supporting the regime both economically and politically.',
			'Observers have noted that China remains a critical partner.',
			'In conclusion, the two celebrate 75 years of diplomatic relations and an enduring partnership.'
		]);
	});

	it('carries a paragraph over a page break, unless the page ended on a short line that closed a sentence', () => {
		const paragraphs = pdfParagraphs([
			page([
				'In recent months, North Korea and Russia have displayed increasing',
				'solidarity, with allegations that North Korea has supplied'
			]),
			page([
				'military equipment to Russia. This shift was underscored by a bilateral',
				'defense agreement signed between Kim and Putin during a meeting in June.'
			]),
			page([
				'While North Korea continues to face hostility due to its nuclear ambitions,',
				{ text: 'Kim reinforced his focus.', right: 200 }
			]),
			page(['Underlining the urgency of military strategy, he insisted on a curriculum.'])
		]);
		expect(paragraphs).toEqual([
			'In recent months, North Korea and Russia have displayed increasing solidarity, with allegations that North Korea has supplied military equipment to Russia. This shift was underscored by a bilateral defense agreement signed between Kim and Putin during a meeting in June. While North Korea continues to face hostility due to its nuclear ambitions, Kim reinforced his focus.',
			'Underlining the urgency of military strategy, he insisted on a curriculum.'
		]);
	});
});
