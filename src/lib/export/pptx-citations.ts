import { shortCitation, type SlideCitation } from '$lib/present/briefing-sources';
import { heightOf, lineHeightOf, setText, type FittedText } from './pptx-fit';

/** The sources a step's slide cites, as it prints them. */
export type CitationBlock =
	| { kind: 'none'; height: 0 }
	/** Each source on its own lines: "[3] KCNA, 19 Jun 2024". */
	| {
			kind: 'listed';
			entries: { number: number; text: FittedText }[];
			fontSize: number;
			height: number;
	  }
	/** Too many to list beside the picture: their numbers, to look up on the Sources slides. */
	| { kind: 'numbers'; text: FittedText; fontSize: number; height: number };

/** The label above a slide's citations. */
export const CITATIONS_LABEL = 'Sources';

/**
 * The citations of a slide in a column `width` points wide, under a label:
 * listed one by one at the largest of `sizes` (largest first) at which they
 * take no more than `maxHeight`, else only their numbers, at the largest
 * size, which the deck's Sources slides list in full.
 */
export function citationBlock(
	citations: readonly SlideCitation[],
	width: number,
	sizes: readonly number[],
	maxHeight: number
): CitationBlock {
	if (citations.length === 0) return { kind: 'none', height: 0 };
	for (const fontSize of sizes) {
		const entries = citations.map(({ number, source }) => ({
			number,
			text: setText(`[${number}] ${shortCitation(source)}`, width, fontSize)
		}));
		const height =
			lineHeightOf(fontSize) + entries.reduce((sum, entry) => sum + heightOf(entry.text), 0);
		if (height <= maxHeight) return { kind: 'listed', entries, fontSize, height };
	}
	const fontSize = sizes[0];
	const text = setText(
		`[${numberRanges(citations.map((c) => c.number))}]: listed at the end.`,
		width,
		fontSize
	);
	return { kind: 'numbers', text, fontSize, height: lineHeightOf(fontSize) + heightOf(text) };
}

/** "1–3, 5, 8–9": ascending numbers, runs of three or more as ranges. */
export function numberRanges(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
		else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
		i = j + 1;
	}
	return parts.join(', ');
}
