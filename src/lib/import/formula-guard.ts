/**
 * The CSV export puts an apostrophe before a cell that a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first):
 * reading it back takes that apostrophe off again, so the text is the
 * analyst's own. A cell that merely starts with an apostrophe keeps it.
 */
export function unguardFormula(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
