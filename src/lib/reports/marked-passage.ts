import type { ProposalMark, TextSpan } from './proposal';

/** A run of a passage: in the sentence or around it, and marked or not. */
export interface PassagePart {
	text: string;
	/** Whether it is in the sentence that is the evidence (the rest is context). */
	sentence: boolean;
	role?: ProposalMark['role'];
}

/** A sentence with a little of its paragraph around it; `clipped` where the paragraph goes on. */
export interface Passage {
	parts: PassagePart[];
	clippedBefore: boolean;
	clippedAfter: boolean;
}

/**
 * A proposal's sentence in context: up to `context` characters of its
 * paragraph before and after it (cut at a space), with its marks (the two
 * actors, the words that say the type and the status). A mark that overlaps
 * an earlier one is left out; marks outside the passage are too.
 */
export function markedPassage(
	text: string,
	sentence: TextSpan & { marks: readonly ProposalMark[] },
	context = 90
): Passage {
	const paragraphStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
	const nextBreak = text.indexOf('\n', sentence.end);
	const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
	let from = Math.max(paragraphStart, sentence.start - context);
	let to = Math.min(paragraphEnd, sentence.end + context);
	if (from > paragraphStart) {
		const space = text.indexOf(' ', from);
		from = space === -1 || space >= sentence.start ? sentence.start : space + 1;
	}
	if (to < paragraphEnd) {
		const space = text.lastIndexOf(' ', to);
		to = space <= sentence.end ? sentence.end : space;
	}

	const marks: ProposalMark[] = [];
	for (const mark of [...sentence.marks].sort((a, b) => a.start - b.start)) {
		const last = marks.at(-1);
		if (mark.start < from || mark.end > to || mark.end <= mark.start) continue;
		if (last && mark.start < last.end) continue;
		marks.push(mark);
	}
	const cuts = [
		...new Set([from, to, sentence.start, sentence.end, ...marks.flatMap((m) => [m.start, m.end])])
	]
		.filter((at) => at >= from && at <= to)
		.sort((a, b) => a - b);
	const parts: PassagePart[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [start, end] = [cuts[i], cuts[i + 1]];
		const role = marks.find((mark) => mark.start <= start && end <= mark.end)?.role;
		parts.push({
			text: text.slice(start, end),
			sentence: start >= sentence.start && end <= sentence.end,
			...(role ? { role } : {})
		});
	}
	return { parts, clippedBefore: from > paragraphStart, clippedAfter: to < paragraphEnd };
}
