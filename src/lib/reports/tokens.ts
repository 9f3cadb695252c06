import type { TextSpan } from './proposal';

/** A word or a mark of punctuation in a report, with its place in the text. */
export interface Token extends TextSpan {
	text: string;
	lower: string;
}

/**
 * Words (with their inner dots, hyphens and apostrophes: "U.S.", "Secretary-General",
 * "d’Ivoire"), a possessive "’s" on its own, and single marks of punctuation.
 */
const TOKEN =
	/\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[.'’\-–][\p{L}\p{N}]+)*(?:\.(?=[\p{L}\p{N}]*\.)|(?<=\b\p{Lu})\.)?|\S/gu;

/**
 * "Turkish-made", "Russian-built", "Japanese-funded": a state's name or demonym, then what it says
 * of the goods or works.
 */
const ORIGIN =
	/^(\p{Lu}[\p{L}.]*)(-(?:made|built|produced|manufactured|designed|supplied|origin|led|funded|financed|donated))$/u;

/**
 * "the Saudi-led coalition" acts as its leader; but "the Russian-led Collective Security Treaty
 * Organization" is the body, and "the NATO-led force" no state.
 */
const LEADS_COALITION = /^\s+coalition\b/i;

/** The tokens of `text.slice(start, end)`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
	const tokens: Token[] = [];
	const push = (word: string, at: number) =>
		tokens.push({ text: word, lower: word.toLowerCase(), start: at, end: at + word.length });
	for (const match of text.slice(start, end).matchAll(TOKEN)) {
		const at = start + match.index;
		const possessive = /^(.+)(['’]s)$/u.exec(match[0]);
		const origin = ORIGIN.exec(match[0]);
		const led =
			origin?.[2] === '-led' &&
			LEADS_COALITION.test(text.slice(at + match[0].length, at + match[0].length + 20));
		if (origin && (origin[2] !== '-led' || led)) {
			push(origin[1], at);
			push(origin[2], at + origin[1].length);
		} else if (possessive && !/^(?:it|let|that|what|he|she|there|here)$/i.test(possessive[1])) {
			push(possessive[1], at);
			push(possessive[2], at + possessive[1].length);
		} else push(match[0], at);
	}
	return tokens;
}

/** Where tokens `from` to `to` (exclusive) stand in the text. */
export const tokenSpan = (tokens: Token[], from: number, to: number) => ({
	start: tokens[from].start,
	end: tokens[to - 1].end
});

/** Whether a name ending before `at` is possessive: "China’s", or "the Philippines’", "the islands'". */
export function possessiveAt(tokens: Token[], at: number): boolean {
	const mark = tokens[at];
	if (!mark) return false;
	if (/^['’]s$/.test(mark.text)) return true;
	const before = tokens[at - 1];
	return (
		/^['’]$/.test(mark.text) && !!before && before.end === mark.start && /s$/i.test(before.text)
	);
}
