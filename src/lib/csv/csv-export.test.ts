import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { hostileGraph } from '../../../tests/fixtures/hostile-graph';
import { graphOf, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';
import { readCsv } from '../../../tests/fixtures/read-csv';
import { CSV_COLUMNS, csvCell, exportCsv } from './csv-export';

/** Where a column is in a row the export writes. */
const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('csvCell', () => {
	it('leaves plain text alone', () => {
		expect(csvCell('China')).toBe('China');
		expect(csvCell('')).toBe('');
	});

	it('quotes commas, quotes and line breaks, doubling the quotes', () => {
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "no"')).toBe('"say ""no"""');
		expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
		expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
		expect(csvCell(' padded ')).toBe('" padded "');
	});

	it('defuses cells a spreadsheet would take for a formula', () => {
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('-A1')).toBe("'-A1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvCell('\rx')).toBe('"\'\rx"');
	});

	it('leaves plain numbers alone, negative ones too, so that a spreadsheet reads them as numbers', () => {
		expect(csvCell('-45.25')).toBe('-45.25');
		expect(csvCell('-2')).toBe('-2');
		expect(csvCell('12.5')).toBe('12.5');
	});
});

describe('exportCsv', () => {
	const example = exampleGraph();
	const text = exportCsv(example);
	const rows = readCsv(text.replace(/^\uFEFF/, ''));

	it('starts with a byte-order mark and the header, and ends each row with CRLF', () => {
		expect(text.startsWith('\uFEFFrelation,summary,type,')).toBe(true);
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('has one row per evidence item of each relation, with its relation and source', () => {
		const items = example.relations.flatMap((r) =>
			r.evidence.map((e) => ({ relation: r, evidence: e }))
		);
		expect(rows.length - 1).toBe(items.length);
		items.forEach(({ relation, evidence }, i) => {
			const row = rows[i + 1];
			expect(row).toHaveLength(CSV_COLUMNS.length);
			expect(row[column('relation')]).toBe(relation.id);
			expect(row[column('status')]).toBe(relation.status);
			expect(row[column('quote')]).toBe(evidence.quote ?? '');
			const source = example.sources.find((s) => s.id === evidence.source)!;
			expect(row[column('URL')]).toBe(source.url);
		});
		const aid = rows.find((row) => row[0] === 'chn-prk-aid')!;
		expect(aid.slice(2, 10)).toEqual([
			'Aid',
			'China',
			'North Korea',
			'yes',
			'reported',
			'',
			'',
			''
		]);
	});

	it('writes the date a treaty was signed beside the date it took effect', () => {
		const treaty = rows.find((row) => row[0] === 'rus-prk-treaty-2024')!;
		expect([treaty[column('signed')], treaty[column('since')], treaty[column('until')]]).toEqual([
			'2024-06-19',
			'2024-12-04',
			''
		]);
	});

	it('writes every grade, date and locator the Evidence panel shows, and whether each quote was checked', () => {
		const cells = (row: string[], ...names: (typeof CSV_COLUMNS)[number][]) =>
			names.map((name) => row[column(name)]);
		const graded = ['quote checked', 'locator', 'credibility', 'published', 'reliability'] as const;
		// The aid's first item: a KSAT quote found in its archived text, paragraph 2, graded C2.
		const aid = rows.find((row) => row[0] === 'chn-prk-aid')!;
		expect(cells(aid, ...graded)).toEqual(['yes', 'paragraph 2', '2', '2024-10-06', 'C']);
		// A note on the 1961 treaty: no quote to check.
		const treaty = rows.find((row) => row[0] === 'chn-prk-treaty-1961')!;
		expect(cells(treaty, ...graded)).toEqual(['', 'Article II', '1', '1961-07-14', 'A']);
	});

	it('says of each quote whether it was found in its source, not found, or not archived', () => {
		const graph = graphOf({
			sources: [sourceOf('archived', { archivedText: 'Trade fell by a third.' }), sourceOf('bare')],
			relations: [
				relationOf('r', {
					evidence: [
						{ source: 'archived', quote: 'Trade fell by a third.' },
						{ source: 'archived', quote: 'Trade halved.' },
						{ source: 'bare', quote: 'Trade fell.' },
						{ source: 'bare', note: 'Trade fell.' }
					]
				})
			]
		});
		const checked = readCsv(exportCsv(graph).replace(/^\uFEFF/, ''))
			.slice(1)
			.map((row) => row[column('quote checked')]);
		expect(checked).toEqual(['yes', 'no', 'not archived', '']);
	});

	it('reads back cell for cell when text holds commas, quotes, line breaks and formulas', () => {
		const hostile = readCsv(exportCsv(hostileGraph).replace(/^\uFEFF/, ''));
		expect(hostile).toHaveLength(4);
		const [first, second, third] = hostile.slice(1);
		expect(first[column('quote')]).toBe('Line one, with a comma\nand "quotes" on line two');
		expect(first[column('note')]).toBe("'+1 more");
		expect(first[column('publisher')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
		expect(second[column('note')]).toBe(`'@SUM(A1:A9) -2 =cmd|"/c calc"!A0`);
		expect(third[column('quote')]).toBe("'\tTabbed start");
		for (const row of hostile) expect(row).toHaveLength(CSV_COLUMNS.length);
	});
});
