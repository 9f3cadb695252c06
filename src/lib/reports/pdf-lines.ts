/** A run of text on a PDF page as pdf.js gives it (its TextItem), with what placing it needs. */
export interface PdfTextRun {
	text: string;
	/** Where the run starts, in points from the page's left, and its baseline from the page's bottom. */
	x: number;
	y: number;
	width: number;
	/** The font size, in points. */
	size: number;
	/** pdf.js saw a line end after the run. */
	endsLine: boolean;
}

/** A line of a PDF page: its text, where it starts and ends across the page, and its baseline. */
export interface PdfLine {
	text: string;
	x: number;
	right: number;
	y: number;
	size: number;
}

/**
 * The lines of one page, from its runs of text in reading order. A run starts
 * a new line after a line end, or where it drops to another baseline or goes
 * back to the left. Runs set apart on a line are parted by a space, as the
 * eye parts them; the page's own spaces are kept as they are.
 */
export function pdfLines(runs: PdfTextRun[]): PdfLine[] {
	const lines: PdfLine[] = [];
	let line: PdfLine | undefined;
	let lineEnded = true;
	for (const run of runs) {
		if (run.text === '') {
			lineEnded ||= run.endsLine;
			continue;
		}
		const size = run.size > 0 ? run.size : 10;
		const onNewLine =
			line === undefined ||
			lineEnded ||
			Math.abs(run.y - line.y) > size * 0.6 ||
			run.x < line.right - size;
		if (onNewLine) {
			line = { text: run.text, x: run.x, right: run.x + run.width, y: run.y, size };
			lines.push(line);
		} else if (line) {
			const apart = run.x - line.right > size * 0.15;
			const spaced = /\s$/.test(line.text) || /^\s/.test(run.text);
			line.text += (apart && !spaced ? ' ' : '') + run.text;
			line.right = Math.max(line.right, run.x + run.width);
			line.size = Math.max(line.size, size);
		}
		lineEnded = run.endsLine;
	}
	return lines
		.map((found) => ({ ...found, text: found.text.replace(/\s+/g, ' ').trim() }))
		.filter((found) => found.text.length > 0);
}

/** A page number as printed at a page's head or foot: `7`, `- 7 -`, `Page 7 of 12`, `7/12`. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(?:(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Leaves out what is printed on every page rather than written once: page
 * numbers at the head or foot of a page, and a running head or foot (the
 * report's title, its publisher) that recurs on most pages, whatever its
 * page number.
 */
export function withoutPageFurniture(pages: PdfLine[][]): PdfLine[][] {
	const recurring = new Map<string, number>();
	for (const lines of pages) {
		for (const key of new Set(edges(lines).map(furnitureKey))) {
			recurring.set(key, (recurring.get(key) ?? 0) + 1);
		}
	}
	const isFurniture = (line: PdfLine) =>
		PAGE_NUMBER.test(line.text) ||
		(pages.length >= 2 &&
			(recurring.get(furnitureKey(line)) ?? 0) >= Math.max(2, pages.length / 2));
	return pages.map((lines) => {
		const [first, last] = [lines[0], lines.at(-1)];
		return lines.filter((line) => !((line === first || line === last) && isFurniture(line)));
	});
}

/** The first and last line of a page, where its running head and foot stand. */
function edges(lines: PdfLine[]): PdfLine[] {
	return lines.length === 0 ? [] : [lines[0], lines.at(-1)!];
}

/** A line as it recurs from page to page: its words, any number in it aside. */
function furnitureKey(line: PdfLine): string {
	return line.text.replace(/\d+/g, '#').toLowerCase();
}
