import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { hostileGraph } from '../../../tests/fixtures/hostile-graph';
import { readCsv } from '../../../tests/fixtures/read-csv';
import { exportCsv } from '$lib/csv/csv-export';
import { readCsvTable } from './csv-table';

const cells = (text: string) => readCsvTable(text).rows.map((row) => row.cells);

describe('readCsvTable', () => {
	it('reads quoted cells with commas, doubled quotes and line breaks', () => {
		expect(cells('a,"b, c","say ""no""","one\r\ntwo"\r\nx,y,z,w\r\n')).toEqual([
			['a', 'b, c', 'say "no"', 'one\r\ntwo'],
			['x', 'y', 'z', 'w']
		]);
	});

	it('skips a byte-order mark and takes LF, CRLF or CR as line ends', () => {
		expect(cells('\uFEFFa,b\nc,d')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
		expect(cells('a\rb\rc')).toEqual([['a'], ['b'], ['c']]);
		expect(cells('a\r\nb\r\n')).toEqual([['a'], ['b']]);
	});

	it('keeps empty cells and blank rows, but adds no row for the last line end', () => {
		expect(cells('a,,\n\n,b\n')).toEqual([['a', '', ''], [''], ['', 'b']]);
		expect(cells('')).toEqual([]);
	});

	it('numbers rows as a spreadsheet does, a cell of several lines counting once', () => {
		const { rows } = readCsvTable('h1,h2\n"multi\nline",x\nlast,y');
		expect(rows.map((row) => row.row)).toEqual([1, 2, 3]);
	});

	it('places a quote never closed by its line, below cells of several lines', () => {
		const table = readCsvTable('h1,h2\n"multi\nline",x\nlast,"y\n');
		expect(table.problem).toMatchObject({ row: 3, line: 4, cell: 1 });
	});

	it('takes semicolons or tabs when the header row is separated by them', () => {
		expect(cells('relation;summary\nr1;"a; b"')).toEqual([
			['relation', 'summary'],
			['r1', 'a; b']
		]);
		expect(cells('a\tb\nc,d\te')).toEqual([
			['a', 'b'],
			['c,d', 'e']
		]);
	});

	it('keeps a quote inside an unquoted cell', () => {
		expect(cells('5" screen,x')).toEqual([['5" screen', 'x']]);
	});

	it('stops at a quoted cell never closed, with its row and line', () => {
		const table = readCsvTable('a,b\nc,d\ne,"open\nf,g\n');
		expect(table.rows.map((row) => row.cells)).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
		expect(table.problem).toEqual({
			row: 3,
			line: 3,
			cell: 1,
			message:
				'the quoted cell that starts on line 3 is never closed: a " is missing (a quote inside a cell is written twice, "")'
		});
	});

	it('refuses text after a closing quote', () => {
		const table = readCsvTable('a,b\n"x"y,z');
		expect(table.problem).toMatchObject({ row: 2, line: 2, cell: 0 });
		expect(table.problem?.message).toContain('text after the closing quote');
	});

	it('reads what the CSV export writes exactly as an independent reader does', () => {
		for (const graph of [exampleGraph(), hostileGraph]) {
			const text = exportCsv(graph);
			expect(cells(text)).toEqual(readCsv(text.replace(/^\uFEFF/, '')));
		}
	});
});
