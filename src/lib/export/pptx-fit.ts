import type { FontWeight } from '$lib/stage/text-width';
import { wrapText } from './wrap-text';

/** A text box on a slide, in points. */
export interface TextBox {
	width: number;
	height: number;
}

/** Text set to fit its box: the size chosen and the lines it breaks into there. */
export interface FittedText {
	fontSize: number;
	/** The height of one line, in points: the deck sets it exactly, so a box's height can be known. */
	lineHeight: number;
	lines: string[];
}

/** Lines are set this many times their font size apart, exactly, in every viewer. */
export const LINE_HEIGHT = 1.2;

/** The line height of a font size, in whole tenths of a point. */
export function lineHeightOf(fontSize: number): number {
	return Math.round(fontSize * LINE_HEIGHT * 10) / 10;
}

/** `text` at `fontSize`, broken into the lines it takes in a box `width` points wide. */
export function setText(
	text: string,
	width: number,
	fontSize: number,
	weight: FontWeight = 'normal'
): FittedText {
	// Widths are measured in DejaVu Sans, wider than the deck's Arial: what fits here fits there.
	return {
		fontSize,
		lineHeight: lineHeightOf(fontSize),
		lines: wrapText(text, width, fontSize, weight)
	};
}

/** How tall a set text stands, in points. */
export function heightOf(text: FittedText): number {
	return text.lines.length * text.lineHeight;
}

/**
 * `text` at the largest of `sizes` (largest first) at which it fits in `box`,
 * or `undefined` when it does not fit even at the smallest.
 */
export function fitText(
	text: string,
	box: TextBox,
	sizes: readonly number[],
	weight: FontWeight = 'normal'
): FittedText | undefined {
	for (const size of sizes) {
		const set = setText(text, box.width, size, weight);
		if (heightOf(set) <= box.height) return set;
	}
	return undefined;
}

/** `text` on one line of `width` points at `fontSize`, cut short with an ellipsis if it is longer. */
export function oneLine(
	text: string,
	width: number,
	fontSize: number,
	weight: FontWeight = 'normal'
): FittedText {
	const set = setText(text, width, fontSize, weight);
	if (set.lines.length <= 1) return set;
	const words = set.lines[0].split(' ');
	while (words.length > 1) {
		words.pop();
		const shorter = `${words.join(' ')}…`;
		if (setText(shorter, width, fontSize, weight).lines.length === 1)
			return { ...set, lines: [shorter] };
	}
	return { ...set, lines: [`${[...set.lines[0]].slice(0, -1).join('')}…`] };
}
