/** One record of a CSV file: its row number as a spreadsheet shows it (the header is row 1) and the line it starts on. */
export interface CsvRow {
	row: number;
	line: number;
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
 * Reads CSV as RFC 4180 writes it, and as spreadsheets save it: cells in
 * double quotes may hold commas, doubled quotes and line breaks; lines end in
 * CRLF, LF or CR; a byte-order mark is skipped. The separator is the comma, or
 * the semicolon or tab when the header row uses that instead (spreadsheets in
 * many languages save with semicolons). A quote inside an unquoted cell is
 * kept as it is. A quoted cell never closed ends the reading with a problem:
 * everything after it would otherwise be swallowed into one cell.
 */
export function readCsvTable(text: string): CsvTable {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const separator = separatorOf(body);
	const rows: CsvRow[] = [];
	let cells: string[] = [];
	let row = 1;
	let line = 1;
	let rowLine = 1;
	let i = 0;
	const length = body.length;
	if (length === 0) return { rows };

	for (;;) {
		let value: string;
		if (body[i] === '"') {
			const openLine = line;
			value = '';
			i++;
			for (;;) {
				const close = body.indexOf('"', i);
				if (close === -1) {
					return {
						rows,
						problem: {
							row,
							line: openLine,
							cell: cells.length,
							message: `the quoted cell that starts on line ${openLine} is never closed: a " is missing (a quote inside a cell is written twice, "")`
						}
					};
				}
				const part = body.slice(i, close);
				line += lineBreaks(part);
				value += part;
				if (body[close + 1] === '"') {
					value += '"';
					i = close + 2;
				} else {
					i = close + 1;
					break;
				}
			}
			if (i < length && body[i] !== separator && body[i] !== '\r' && body[i] !== '\n') {
				return {
					rows,
					problem: {
						row,
						line,
						cell: cells.length,
						message: `text after the closing quote of a quoted cell (a quote inside a cell is written twice, "")`
					}
				};
			}
		} else {
			let end = i;
			while (end < length) {
				const character = body[end];
				if (character === separator || character === '\r' || character === '\n') break;
				end++;
			}
			value = body.slice(i, end);
			i = end;
		}
		cells.push(value);
		if (i >= length) {
			rows.push({ row, line: rowLine, cells });
			return { rows };
		}
		if (body[i] === separator) {
			i++;
			continue;
		}
		i += body[i] === '\r' && body[i + 1] === '\n' ? 2 : 1;
		rows.push({ row, line: rowLine, cells });
		if (i >= length) return { rows };
		cells = [];
		row++;
		line++;
		rowLine = line;
	}
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

/** Line breaks in a cell's text, CRLF counted once. */
function lineBreaks(text: string): number {
	let breaks = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\n') breaks++;
		else if (text[i] === '\r' && text[i + 1] !== '\n') breaks++;
	}
	return breaks;
}
