import Papa from 'papaparse';

/** One record of a CSV file: its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
	row: number;
	cells: string[];
}

/** Why a CSV file could not be read to its end: a quote left open, or text after a closing quote. */
export interface CsvSyntaxProblem {
	row: number;
	line: number;
	/** The cell, counted from 0 in its row. */
	cell: number;
	message: string;
}

export interface CsvTable {
	rows: CsvRow[];
	problem?: CsvSyntaxProblem;
}

/**
 * Reads CSV with Papa Parse, as RFC 4180 writes it and as spreadsheets save
 * it: cells in double quotes may hold commas, doubled quotes and line breaks;
 * lines end in CRLF, LF or CR (one kind to a file); a byte-order mark is
 * skipped. The separator is the comma, or the semicolon or tab when the
 * header row uses that instead (spreadsheets in many languages save with
 * semicolons). A quote inside an unquoted cell is kept as it is. A quoted
 * cell never closed, or text after a closing quote, ends the reading with a
 * problem: everything after it would otherwise be swallowed into one cell.
 */
export function readCsvTable(text: string): CsvTable {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const separator = separatorOf(body);
	const rows: CsvRow[] = [];
	let problem: CsvSyntaxProblem | undefined;
	let rowStart = 0;
	Papa.parse<string[]>(body, {
		delimiter: separator,
		step(result, parser) {
			const [error] = result.errors;
			if (error?.type === 'Quotes') {
				// Papa places a quote's problem just after the quote that opened the cell.
				const quote = Math.max(rowStart, (error.index ?? rowStart + 1) - 1);
				const line = 1 + lineBreaks(body, 0, quote);
				problem = {
					row: rows.length + 1,
					line,
					cell: cellsBefore(body, rowStart, quote, separator),
					message:
						error.code === 'MissingQuotes'
							? `the quoted cell that starts on line ${line} is never closed: a " is missing (a quote inside a cell is written twice, "")`
							: `text after the closing quote of a quoted cell (a quote inside a cell is written twice, "")`
				};
				parser.abort();
				return;
			}
			// The last line end of a file starts no row of its own.
			if (rowStart < body.length) rows.push({ row: rows.length + 1, cells: result.data });
			rowStart = result.meta.cursor;
		}
	});
	return problem ? { rows, problem } : { rows };
}

/** The separator the header row uses: the comma, unless the row holds more semicolons or tabs. */
function separatorOf(text: string): string {
	const header = text.slice(0, text.search(/[\r\n]|$/));
	const count = (character: string) => header.split(character).length - 1;
	const candidates = [',', ';', '\t'];
	return candidates.reduce((best, candidate) =>
		count(candidate) > count(best) ? candidate : best
	);
}

/** Line breaks in `text` from `start` to `end`, CRLF counted once. */
function lineBreaks(text: string, start: number, end: number): number {
	let breaks = 0;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 10) breaks++;
		else if (code === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
	}
	return breaks;
}

/** How many cells of the row that starts at `start` end before `end`: separators outside quotes. */
function cellsBefore(text: string, start: number, end: number, separator: string): number {
	let cells = 0;
	let quoted = false;
	for (let i = start; i < end; i++) {
		if (text[i] === '"') quoted = !quoted;
		else if (text[i] === separator && !quoted) cells++;
	}
	return cells;
}
