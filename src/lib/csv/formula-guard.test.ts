import { describe, expect, it } from 'vitest';
import { csvCell } from '$lib/csv/csv-export';
import { readCsvTable } from './csv-table';
import { unguardFormula } from './formula-guard';

describe('unguardFormula', () => {
	it('takes off the apostrophe the export puts before a formula', () => {
		expect(unguardFormula("'=1+1")).toBe('=1+1');
		expect(unguardFormula("'+1 more")).toBe('+1 more');
		expect(unguardFormula("'-2")).toBe('-2');
		expect(unguardFormula("'@SUM(A1)")).toBe('@SUM(A1)');
		expect(unguardFormula("'\tTabbed")).toBe('\tTabbed');
	});

	it('takes off one apostrophe of several before a formula', () => {
		expect(unguardFormula("''=1+1")).toBe("'=1+1");
	});

	it('leaves any other apostrophe alone', () => {
		expect(unguardFormula("'tis")).toBe("'tis");
		expect(unguardFormula("O'Brien")).toBe("O'Brien");
		expect(unguardFormula("'")).toBe("'");
		expect(unguardFormula('=1+1')).toBe('=1+1');
	});

	it('gives back what the export wrote, through a CSV cell', () => {
		for (const text of ['=HYPERLINK("http://x","y")', '+1', '-', '@', 'plain', 'a, "b"\nc']) {
			const written = csvCell(text);
			const [row] = readCsvTable(written).rows;
			expect(unguardFormula(row.cells[0])).toBe(text);
		}
	});
});
