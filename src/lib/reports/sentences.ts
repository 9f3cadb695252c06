import type { TextSpan } from './proposal';

/** A sentence of a report: `text.slice(start, end)`, in its 1-based paragraph. */
export interface Sentence extends TextSpan {
	paragraph: number;
}

/** Words whose full stop ends no sentence. */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st vol fig ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr vs etc approx ' +
		'e.g i.e a.m p.m u.s u.n u.k e.u d.c p.r.c d.p.r.k r.o.k u.a.e u.s.s.r'
	).split(' ')
);

/** A sentence ends at . ! or ? (with any closing quotes or brackets) before a space and a capital, digit or quote. */
const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;

/**
 * The report's paragraphs: lines of text, or, where the report has blank
 * lines between paragraphs, the blocks between them (a hard-wrapped line
 * then continues its paragraph).
 */
function paragraphsOf(text: string): TextSpan[] {
	const blocks = /\n[ \t]*\n/.test(text) ? /[^\n](?:[^\n]|\n(?![ \t]*\n))*/g : /[^\n]+/g;
	const spans: TextSpan[] = [];
	for (const match of text.matchAll(blocks)) {
		if (match[0].trim() === '') continue;
		spans.push({ start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

/** The word before a full stop, to tell an abbreviation or an initial from a sentence's end. */
function wordBefore(text: string, at: number): string {
	let start = at;
	while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start--;
	return text.slice(start, at).toLowerCase();
}

/** Trims a span to its first and last characters that are not white space. */
function trimmed(text: string, start: number, end: number): TextSpan {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

/**
 * The report's sentences, in order, each with its place in the text and its
 * paragraph. No sentence spans two paragraphs.
 */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	paragraphsOf(text).forEach((block, index) => {
		const body = text.slice(block.start, block.end);
		let from = 0;
		const push = (to: number) => {
			const span = trimmed(text, block.start + from, block.start + to);
			if (span.end > span.start) sentences.push({ ...span, paragraph: index + 1 });
			from = to;
		};
		for (const match of body.matchAll(END)) {
			const stop = match.index;
			const word = wordBefore(body, stop);
			// "J. Kennedy", "K.P. Sharma Oli": a name's initials.
			const single =
				/^\p{Lu}$/u.test(body.slice(stop - 1, stop)) &&
				(word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word));
			const numbered = /^nos?$/.test(word) && /^\s+\d/.test(body.slice(stop + 1));
			if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || single || numbered)) continue;
			push(stop + match[0].length);
		}
		push(body.length);
	});
	return sentences;
}
