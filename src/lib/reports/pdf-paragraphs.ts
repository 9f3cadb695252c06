import type { PdfLine } from './pdf-lines';

/**
 * The paragraphs of a PDF's pages, from their lines: a PDF knows lines, not
 * paragraphs, so they are told apart as a reader tells them apart on the page.
 * A line starts a paragraph after a gap wider than the lines' spacing, when it
 * is indented, when its type is of another size (a heading), or after a line
 * that stopped short of the margin at the end of a sentence. A word split by
 * a hyphen at a line's end is joined when it goes on in lower case
 * (`agree-` / `ment`); other lines are joined by a space, so that no sentence
 * is broken across lines. A paragraph that runs over a page break is one.
 */
export function pdfParagraphs(pages: PdfLine[][]): string[] {
	const paragraphs: string[] = [];
	let last: { line: PdfLine; page: PageMeasures } | undefined;
	for (const lines of pages) {
		if (lines.length === 0) continue;
		const page = pageMeasures(lines);
		lines.forEach((line, i) => {
			const before = lines[i - 1];
			const starts =
				before === undefined
					? last === undefined || !continuesOverPage(last.line, last.page, line, page)
					: startsParagraph(before, line, page);
			if (starts) paragraphs.push(line.text);
			else paragraphs[paragraphs.length - 1] = joinLines(paragraphs.at(-1)!, line.text);
		});
		last = { line: lines.at(-1)!, page };
	}
	return paragraphs;
}

interface PageMeasures {
	/** The usual distance from one baseline to the next within a paragraph. */
	leading: number;
	left: number;
	right: number;
}

const ENDS_SENTENCE = /[.!?:"”’)\]]$/;
const SPLIT_WORD = /\p{L}[-\u00ad\u2010]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

function startsParagraph(before: PdfLine, line: PdfLine, page: PageMeasures): boolean {
	const gap = before.y - line.y;
	// Up the page, or far down it: another column, or a gap left blank.
	if (gap <= 0 || gap > page.leading * 1.3) return true;
	if (Math.abs(line.size - before.size) > 1) return true;
	if (STARTS_LOWER.test(line.text)) return false;
	if (isIndented(line, page) && !isIndented(before, page)) return true;
	return stopsShort(before, page) && ENDS_SENTENCE.test(before.text);
}

/** Whether the first line of a page goes on the paragraph that the last line of the page before was in. */
function continuesOverPage(
	before: PdfLine,
	pageBefore: PageMeasures,
	line: PdfLine,
	page: PageMeasures
): boolean {
	if (STARTS_LOWER.test(line.text)) return true;
	if (isIndented(line, page) || Math.abs(line.size - before.size) > 1) return false;
	return !(stopsShort(before, pageBefore) && ENDS_SENTENCE.test(before.text));
}

function isIndented(line: PdfLine, page: PageMeasures): boolean {
	return line.x > page.left + line.size * 0.8;
}

/** A line that ends well before the right margin: the last of its paragraph, or a heading. */
function stopsShort(line: PdfLine, page: PageMeasures): boolean {
	return line.right < page.right - (page.right - page.left) * 0.15;
}

function joinLines(paragraph: string, next: string): string {
	if (SPLIT_WORD.test(paragraph) && STARTS_LOWER.test(next)) return paragraph.slice(0, -1) + next;
	return `${paragraph} ${next}`;
}

/** The page's margins, and the spacing most of its lines keep. */
function pageMeasures(lines: PdfLine[]): PageMeasures {
	const gaps = lines
		.slice(1)
		.map((line, i) => lines[i].y - line.y)
		.filter((gap) => gap > 0)
		.sort((a, b) => a - b);
	const size = lines.length > 0 ? median(lines.map((line) => line.size)) : 10;
	// The smaller half of the gaps are the spacing within paragraphs; the larger may be between them.
	const leading = gaps.length > 0 ? gaps[Math.floor((gaps.length - 1) / 3)] : size * 1.2;
	return {
		leading: Math.max(leading, size),
		left: Math.min(...lines.map((line) => line.x)),
		right: Math.max(...lines.map((line) => line.right))
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}
