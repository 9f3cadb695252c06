import { clip, type GraphProblem } from '$lib/model/graph-problem';
import { unguardFormula } from './formula-guard';
import type { CsvRow, CsvTable } from './csv-table';

/** A CSV file whose header is understood: which cell holds which column, and its rows of data. */
export interface CsvSheet {
	file: string;
	/** Column (as Ties names it) → the cell that holds it. */
	columns: ReadonlyMap<string, number>;
	/** The rows below the header, blank ones left out. */
	rows: CsvRow[];
}

/** A column name compared as an analyst would: case and extra spaces do not matter. */
export function columnKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Understands a CSV table's header: every column must be one Ties reads, and
 * each required one must be there (else there is no sheet: its rows would only
 * repeat that a column is missing). Rows with more cells than the header are
 * problems (text would be lost); rows with fewer read as empty cells.
 */
export function readSheet(
	file: string,
	table: CsvTable,
	known: readonly string[],
	required: readonly string[]
): { sheet?: CsvSheet; problems: GraphProblem[] } {
	const problems: GraphProblem[] = [];
	const [header, ...body] = table.rows;
	if (table.problem) {
		const { row, cell, message } = table.problem;
		const column = row > 1 && header ? header.cells[cell] : undefined;
		problems.push({ origin: file, place: cellPlace(row, column ?? `${cell + 1}`), message });
	}
	if (!header) return { problems };
	const byKey = new Map(known.map((name) => [columnKey(name), name]));
	const columns = new Map<string, number>();
	header.cells.forEach((cell, index) => {
		const name = byKey.get(columnKey(cell));
		if (name === undefined) {
			const shown = cell.trim() === '' ? `column ${index + 1} has no name` : `"${clip(cell, 60)}"`;
			problems.push({
				origin: file,
				place: 'row 1',
				message: `${shown} is not a column Ties reads (it reads ${known.join(', ')})`
			});
		} else if (columns.has(name)) {
			problems.push({
				origin: file,
				place: 'row 1',
				message: `the column "${name}" is there twice`
			});
		} else columns.set(name, index);
	});
	const missing = required.filter((name) => !columns.has(name));
	if (missing.length > 0) {
		const names = missing.map((name) => `"${name}"`).join(', ');
		problems.push({
			origin: file,
			place: 'row 1',
			message: `the ${missing.length === 1 ? 'column' : 'columns'} ${names} ${missing.length === 1 ? 'is' : 'are'} missing`
		});
		return { problems };
	}
	const rows = body.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
	// A row with cells to spare is out of step with the header: its cells are not read, lest each be misnamed.
	const fitting = rows.filter((row) => {
		if (row.cells.length <= header.cells.length) return true;
		problems.push({
			origin: file,
			place: `row ${row.row}`,
			message: `has ${row.cells.length} cells but the header names ${header.cells.length} columns (does a cell with a comma lack its quotes?)`
		});
		return false;
	});
	return { sheet: { file, columns, rows: fitting }, problems };
}

/** A cell's text, its formula guard taken off and its edges trimmed; empty when the column is not there. */
export function cellOf(sheet: CsvSheet, row: CsvRow, column: string): string {
	const index = sheet.columns.get(column);
	if (index === undefined) return '';
	return unguardFormula(row.cells[index] ?? '').trim();
}

/** `row 14, column since`. */
export function cellPlace(row: number, column?: string): string {
	return column === undefined ? `row ${row}` : `row ${row}, column ${column}`;
}
