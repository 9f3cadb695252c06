import type { Source } from '$lib/model/schema';

/** One numbered source on a printed list. */
export interface NumberedSource {
	number: number;
	source: Source;
}

/** About how many lines a source's full reference takes in a column `charsPerLine` characters wide. */
export function referenceLines(source: Source, charsPerLine: number): number {
	const words = `[00] ${source.title}. ${source.publisher}, 00 Mon 0000.`.length;
	return Math.ceil(words / charsPerLine) + Math.ceil((source.url?.length ?? 0) / charsPerLine);
}

/**
 * The sources cut into pages of `columns` columns of `linesPerColumn` lines,
 * in number order, never a source split: the deck's last pages, each one
 * whole on its sheet.
 */
export function sourcePages(
	sources: readonly Source[],
	{
		columns,
		linesPerColumn,
		charsPerLine
	}: { columns: number; linesPerColumn: number; charsPerLine: number }
): NumberedSource[][] {
	const pages: NumberedSource[][] = [];
	let column = columns;
	let used = linesPerColumn;
	sources.forEach((source, i) => {
		const lines = Math.min(referenceLines(source, charsPerLine), linesPerColumn);
		if (used + lines > linesPerColumn) {
			column += 1;
			used = 0;
			if (column >= columns) {
				pages.push([]);
				column = 0;
			}
		}
		used += lines;
		pages.at(-1)!.push({ number: i + 1, source });
	});
	return pages;
}
