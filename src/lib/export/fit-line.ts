import { textWidth, type FontWeight } from '$lib/stage/text-width';
import { wrapText } from './wrap-text';

/**
 * `words` as at most `lines` lines no wider than `width` (in DejaVu Sans, the
 * widest face of the stack), the last one shortened with "…" where the words
 * need more.
 */
export function fitLines(
	words: string,
	width: number,
	size: number,
	weight: FontWeight = 'normal',
	lines = 1
): string[] {
	const wrapped = wrapText(words, width, size, weight);
	if (wrapped.length <= lines) return wrapped;
	const kept = wrapped.slice(0, lines);
	let last = `${kept[lines - 1]} ${wrapped[lines]}`;
	while (last.length > 0 && textWidth(`${last}…`, size, weight) > width) {
		last = [...last].slice(0, -1).join('');
	}
	kept[lines - 1] = `${last.trimEnd()}…`;
	return kept;
}

/** `words` on one line no wider than `width`, shortened with "…" where they need more. */
export function fitLine(
	words: string,
	width: number,
	size: number,
	weight: FontWeight = 'normal'
): string {
	return fitLines(words, width, size, weight, 1)[0] ?? '';
}
