import { describe, expect, it } from 'vitest';
import { referenceLines, sourcePages } from './source-pages';
import { sourceOf } from '../../../tests/fixtures/graph-builders';

const source = (id: string, title = 'A report') =>
	sourceOf(id, { title, publisher: 'Agency', published: '2024-10-06', url: 'https://a.example/' });

describe('sourcePages', () => {
	const room = { columns: 2, linesPerColumn: 6, charsPerLine: 40 };

	it('numbers the sources in order, on one page while they fit', () => {
		const pages = sourcePages([source('a'), source('b'), source('c')], room);
		expect(pages).toHaveLength(1);
		expect(pages[0].map(({ number, source }) => [number, source.id])).toEqual([
			[1, 'a'],
			[2, 'b'],
			[3, 'c']
		]);
	});

	it('starts a new page when both columns are full, never splitting a source', () => {
		const many = Array.from({ length: 13 }, (_, i) => source(`s${i}`));
		const pages = sourcePages(many, room);
		// Each takes 2 lines: 3 to a column, 6 to a page.
		expect(pages.map((page) => page.length)).toEqual([6, 6, 1]);
		expect(pages[2][0].number).toBe(13);
	});

	it('gives a long title more room', () => {
		const long = source('long', 'A very long title '.repeat(8));
		expect(referenceLines(long, 40)).toBeGreaterThan(referenceLines(source('short'), 40));
		expect(sourcePages([long, source('b')], room).map((page) => page.length)).toEqual([2]);
	});

	it('has no page when there is no source', () => {
		expect(sourcePages([], room)).toEqual([]);
	});
});
