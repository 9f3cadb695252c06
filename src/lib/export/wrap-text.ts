import { textWidth, type FontWeight } from '$lib/stage/text-width';

/**
 * `text` broken into lines no wider than `maxWidth` pixels, at spaces where it
 * can (never at a no-break space, U+00A0); a word longer than a whole line (a long link) is broken after a slash
 * or, failing that, wherever it must.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	weight: FontWeight = 'normal'
): string[] {
	const fits = (line: string) => textWidth(line, fontSize, weight) <= maxWidth;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		let rest = word;
		while (!fits(rest)) {
			const cut = breakPoint(rest, fits);
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}

/** Where to break a word too long for a line: after the last slash that fits, else at the last character that fits. */
function breakPoint(word: string, fits: (line: string) => boolean): number {
	const characters = [...word];
	let end = 1;
	while (end < characters.length && fits(characters.slice(0, end + 1).join(''))) end++;
	const head = characters.slice(0, end).join('');
	const slash = Math.max(head.lastIndexOf('/'), head.lastIndexOf('?'), head.lastIndexOf('&'));
	// Break after a slash only when it leaves a reasonably full line.
	if (slash + 1 >= head.length / 2) return slash + 1;
	return head.length;
}
