/**
 * Plain text often comes with its lines broken where a screen or a page ran
 * out: an e-mail wrapped at 72 characters, a passage copied out of a PDF
 * viewer. Such breaks cut sentences in two; this joins them back, so that each
 * paragraph is one line. A break is joined:
 * - after a hyphen when the next line goes on in lower case (`well-` / `known`):
 *   the word was split, and the hyphen goes;
 * - when the line ends without closing a sentence and the next goes on in
 *   lower case;
 * - in text wrapped at a fixed width, when the next line's first word would
 *   not have fitted on the line: the break was the wrap's, not the writer's.
 * Blank lines, list items and short lines (headings, the last line of a
 * paragraph) keep their breaks.
 */
export function joinWrappedLines(text: string): string {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const width = wrapWidth(lines);
	// Each paragraph as its parts, joined once at the end: joining as they come is quadratic.
	const paragraphs: string[][] = [];
	lines.forEach((line, i) => {
		const before = lines[i - 1]?.trimEnd();
		const next = line.trimStart();
		if (before === undefined || !continues(before, next, width)) {
			paragraphs.push([line]);
			return;
		}
		const parts = paragraphs[paragraphs.length - 1];
		const last = parts.length - 1;
		if (SPLIT_WORD.test(before) && STARTS_LOWER.test(next)) {
			parts[last] = parts[last].trimEnd().slice(0, -1);
			parts.push(next);
		} else {
			parts[last] = parts[last].trimEnd();
			parts.push(' ', next);
		}
	});
	return paragraphs.map((parts) => parts.join('')).join('\n');
}

const SPLIT_WORD = /\p{L}[-\u00ad\u2010]\s*$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_SENTENCE = /[.!?:;…"”’)\]]$/;
const LIST_ITEM = /^(?:[-*•–—]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)/;

/** Whether the line after `line` (both trimmed) goes on the same paragraph. */
function continues(line: string, next: string, width: number | undefined): boolean {
	if (line === '' || next === '' || LIST_ITEM.test(next)) return false;
	if (STARTS_LOWER.test(next) && (SPLIT_WORD.test(line) || !ENDS_SENTENCE.test(line))) return true;
	if (width === undefined) return false;
	const firstWord = next.split(/\s/, 1)[0].length;
	return line.length + 1 + firstWord > width;
}

/**
 * The width text was wrapped at, if it was: its longest line, where lines of
 * nearly that length are many. Text of one paragraph a line has no such width.
 */
function wrapWidth(lines: string[]): number | undefined {
	const lengths = lines.map((line) => line.trimEnd().length).filter((length) => length > 0);
	const width = Math.max(0, ...lengths);
	if (width < 40 || width > 120) return undefined;
	const full = lengths.filter((length) => length >= width - 20).length;
	return full >= 3 && full >= 0.4 * lengths.length ? width : undefined;
}
