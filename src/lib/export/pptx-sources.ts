import { formatPartialDate } from '$lib/model/partial-date';
import type { Source } from '$lib/model/schema';
import { heightOf, setText, type FittedText, type TextBox } from './pptx-fit';
import { isWebLink } from './web-link';

/** One source as the Sources slides list it. */
export interface SourceEntry {
	number: number;
	/** "KSAT. North Korea and China mark … . 6 Oct 2024." */
	words: string;
	/** Its address, a link where it is a web address; none for a source without one. */
	url?: string;
	link: boolean;
	/** The whole entry, set in the list's width: how much room it takes. */
	text: FittedText;
}

/**
 * The numbered sources (the first is [1]) in pages of as many as fit in
 * `box`, `spaceAfter` points between two: each entry whole on one page.
 */
export function sourcePages(
	sources: readonly Source[],
	box: TextBox,
	fontSize: number,
	spaceAfter: number
): SourceEntry[][] {
	const pages: SourceEntry[][] = [];
	let page: SourceEntry[] = [];
	let used = 0;
	sources.forEach((source, i) => {
		const entry = sourceEntry(source, i + 1, box.width, fontSize);
		const height = heightOf(entry.text) + spaceAfter;
		if (page.length > 0 && used + height > box.height + spaceAfter) {
			pages.push(page);
			page = [];
			used = 0;
		}
		page.push(entry);
		used += height;
	});
	if (page.length > 0) pages.push(page);
	return pages;
}

function sourceEntry(source: Source, number: number, width: number, fontSize: number): SourceEntry {
	const words = [source.publisher, source.title, formatPartialDate(source.published)]
		.map(closed)
		.join(' ');
	return {
		number,
		words,
		url: source.url,
		link: isWebLink(source.url),
		text: setText(`[${number}] ${words}${source.url ? ` ${source.url}` : ''}`, width, fontSize)
	};
}

/** A part of a reference closed by a full stop, unless it ends in one of its own. */
function closed(part: string): string {
	const trimmed = part.trim();
	return /[.!?…]["”’)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
