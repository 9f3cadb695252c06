/**
 * The CSV export puts an apostrophe before a cell that a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first):
 * reading it back takes that apostrophe off again, so the text is the
 * analyst's own. A cell that merely starts with an apostrophe keeps it.
 * Apostrophes already before the formula character count too (`''=x` →
 * `'=x`): an export that guards those as well makes every text come back.
 */
export function unguardFormula(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
