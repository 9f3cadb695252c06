import { describe, expect, it } from 'vitest';
import { pdfLines, withoutPageFurniture, type PdfLine, type PdfTextRun } from './pdf-lines';

const run = (
	text: string,
	x: number,
	y: number,
	width = text.length * 5,
	endsLine = false
): PdfTextRun => ({
	text,
	x,
	y,
	width,
	size: 10,
	endsLine
});

describe('pdfLines', () => {
	it('makes a line of the runs on one baseline, parted by a space where they stand apart', () => {
		const lines = pdfLines([
			run('North Korea', 72, 700, 55),
			run('and', 130, 700, 15),
			run(' China', 145, 700, 30, true),
			run('mark 75 years', 72, 686)
		]);
		expect(lines.map((line) => line.text)).toEqual(['North Korea and China', 'mark 75 years']);
		expect(lines[0]).toMatchObject({ x: 72, right: 175, y: 700, size: 10 });
	});

	it('starts a line at another baseline or back at the left, even without a line end', () => {
		const lines = pdfLines([run('First', 72, 700), run('Second', 72, 686), run('Third', 72, 686)]);
		expect(lines.map((line) => line.text)).toEqual(['First', 'Second', 'Third']);
	});

	it('keeps a superscript on its line and leaves out empty runs', () => {
		const lines = pdfLines([
			run('Resolution 2397', 72, 700, 75),
			run('1', 147.5, 704, 3),
			run('', 0, 0, 0, true)
		]);
		expect(lines.map((line) => line.text)).toEqual(['Resolution 23971']);
	});
});

const line = (text: string, y: number): PdfLine => ({ text, x: 72, right: 500, y, size: 10 });

describe('withoutPageFurniture', () => {
	it('leaves out page numbers and a running head that recurs on every page', () => {
		const pages = [1, 2, 3].map((n) => [
			line('Korea Economic Review — October 2024', 800),
			line(`Text of page ${n}.`, 700),
			line(`Page ${n} of 3`, 40)
		]);
		expect(withoutPageFurniture(pages).map((lines) => lines.map((l) => l.text))).toEqual([
			['Text of page 1.'],
			['Text of page 2.'],
			['Text of page 3.']
		]);
	});

	it('keeps a number that is part of the text, not at a page’s head or foot', () => {
		const pages = [[line('Exports fell by', 700), line('42', 686), line('per cent.', 672)]];
		expect(withoutPageFurniture(pages)[0].map((l) => l.text)).toEqual([
			'Exports fell by',
			'42',
			'per cent.'
		]);
	});
});
