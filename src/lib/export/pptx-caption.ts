import { fitText, heightOf, setText, type FittedText, type TextBox } from './pptx-fit';

/**
 * A step's caption as the slides carry it. It shrinks, a size at a time
 * (`sizes`, largest first), until it fits its box; a caption too long even at
 * the smallest size runs on over as many slides as it needs, at that size,
 * broken between sentences (within a sentence only when one alone is longer
 * than a slide holds). Nothing is cut.
 */
export function captionPages(
	caption: string,
	box: TextBox,
	sizes: readonly number[]
): FittedText[] {
	if (sizes.length === 0) throw new TypeError('a caption needs at least one font size');
	const fitted = fitText(caption, box, sizes);
	if (fitted) return [fitted];

	const size = sizes[sizes.length - 1];
	const set = (text: string) => setText(text, box.width, size);
	const fits = (text: string) => heightOf(set(text)) <= box.height;
	const pages: string[] = [];
	let page = '';
	for (const sentence of sentencesOf(caption)) {
		const longer = page ? `${page} ${sentence}` : sentence;
		if (fits(longer)) {
			page = longer;
			continue;
		}
		if (page) pages.push(page);
		// A sentence longer than a slide: its lines, a slide's worth at a time.
		const lines = set(sentence).lines;
		const perPage = Math.max(1, Math.floor(box.height / set('x').lineHeight));
		while (lines.length > perPage) pages.push(lines.splice(0, perPage).join(' '));
		page = lines.join(' ');
	}
	if (page) pages.push(page);
	return pages.map(set);
}

/** The sentences of a text: each ends at a full stop, question or exclamation mark, with any closing quote. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?…][”’"')\]]*)\s+/u)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}
