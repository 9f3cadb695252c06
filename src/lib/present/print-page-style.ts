/** How a printed page numbers itself in its bottom corner. */
export type PageNumbering = 'Page 3 of 12' | '3 / 12';

/** A printed page: its size and margins, and what its margins carry. */
export interface PrintPage {
	/** A CSS page size: "A4 landscape", "1280px 720px". */
	size: string;
	/** CSS margins, wide enough at top and bottom for the lines they carry. */
	margin: string;
	/** The graph's handling line, at the top and the bottom of every page. */
	marking?: string;
	/** A running head at the top left: the briefing's title. */
	heading?: string;
	numbering: PageNumbering;
}

/** A text as a CSS string: quotes, backslashes and line ends escaped, and "<" too, so it can sit in a style element. */
export function cssString(text: string): string {
	const escaped = text.replace(/[\\"<\n\r\f]/g, (c) =>
		c === '\\' || c === '"' ? `\\${c}` : `\\${c.charCodeAt(0).toString(16)} `
	);
	return `"${escaped}"`;
}

const NUMBERS: Record<PageNumbering, string> = {
	'Page 3 of 12': '"Page " counter(page) " of " counter(pages)',
	'3 / 12': 'counter(page) " / " counter(pages)'
};

const BOX = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #333;';

/**
 * The printed pages' rule: size, margins, and in the margin boxes the page
 * number, the running head, and the marking above and below the content of
 * every page, where nothing on the page can cover or push it away.
 */
export function printPageStyle(page: PrintPage): string {
	const boxes = [`@bottom-right { content: ${NUMBERS[page.numbering]}; ${BOX} }`];
	if (page.heading) {
		boxes.push(`@top-left { content: ${cssString(page.heading)}; ${BOX} }`);
	}
	if (page.marking) {
		const marking = `content: ${cssString(page.marking)}; ${BOX} color: #000; font-weight: 700; letter-spacing: 0.04em;`;
		boxes.push(`@top-center { ${marking} }`, `@bottom-center { ${marking} }`);
	}
	return `@page { size: ${page.size}; margin: ${page.margin}; ${boxes.join(' ')} }`;
}
