import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { CSV_COLUMNS, exportCsv } from '$lib/csv/csv-export';
import { relationTypesOf } from '$lib/model/builtin-types';
import { exportActorsCsv } from './actors-csv';
import type { OpenedGraph } from '$lib/import/opened-graph';
import { describeProblem } from '$lib/model/graph-problem';
import { readGraphCsv } from './read-graph-csv';

const TODAY = '2026-11-28';
const HEADER = CSV_COLUMNS.join(',');
const ROW = {
	relation: 'chn-prk-trade',
	summary: 'China trades with North Korea',
	type: 'Trade',
	'source actor': 'China',
	'target actor': 'North Korea',
	directed: '',
	status: 'confirmed',
	signed: '',
	since: '2024',
	until: '',
	quote: 'primary trading partner',
	'quote checked': '',
	note: '',
	locator: '',
	credibility: '',
	'source title': 'AP report',
	publisher: 'AP',
	published: '',
	reliability: '',
	URL: 'https://apnews.com/x'
};
type Row = Partial<Record<keyof typeof ROW, string>>;

/** A relations CSV of rows like ROW, each changed where given. */
function relationsCsv(...rows: Row[]): string {
	const line = (row: Row) => CSV_COLUMNS.map((column) => ({ ...ROW, ...row })[column]).join(',');
	return [HEADER, ...rows.map(line)].join('\r\n');
}

function opened(text: string, actors?: string): OpenedGraph {
	const files = [{ name: 'relations.csv', text }];
	if (actors !== undefined) files.push({ name: 'actors.csv', text: actors });
	return readGraphCsv(files, TODAY);
}

function problemsOf(result: OpenedGraph): string[] {
	if (result.ok) throw new Error('expected problems, the files opened');
	return result.problems.map(describeProblem);
}

function graphOf(result: OpenedGraph) {
	if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
	return result.graph;
}

describe('readGraphCsv: what the CSV export writes', () => {
	const example = exampleGraph();
	const graph = graphOf(opened(exportCsv(example), exportActorsCsv(example)));

	it('gives back every relation with its evidence, in order', () => {
		expect(graph.relations.map((r) => r.id)).toEqual(example.relations.map((r) => r.id));
		graph.relations.forEach((relation, i) => {
			const before = example.relations[i];
			expect(relation.evidence.map((e) => [e.quote, e.note, e.locator, e.credibility])).toEqual(
				before.evidence.map((e) => [e.quote, e.note, e.locator, e.credibility])
			);
			expect([
				relation.source,
				relation.target,
				relation.status,
				relation.signed,
				relation.since,
				relation.until
			]).toEqual([
				before.source,
				before.target,
				before.status,
				before.signed,
				before.since,
				before.until
			]);
		});
	});

	it('gives back the actors of the actors CSV, ids, kinds and aliases included', () => {
		expect(graph.actors).toEqual(example.actors);
	});

	it('knows the built-in types by their labels, and declares the others', () => {
		const types = relationTypesOf(graph);
		const before = relationTypesOf(example);
		for (const [i, relation] of graph.relations.entries()) {
			expect(types.get(relation.type)!.label).toBe(before.get(example.relations[i].type)!.label);
		}
		expect(graph.relations.find((r) => r.id === 'chn-prk-trade')!.type).toBe('trade');
		expect(graph.relationTypes?.map((t) => t.label)).toContain('Diplomatic relations');
	});

	it('gives back each source’s date of publication and reliability', () => {
		for (const source of graph.sources) {
			const before = example.sources.find((s) => s.url === source.url)!;
			expect([source.published, source.reliability]).toEqual([
				before.published,
				before.reliability
			]);
		}
	});

	it('knows a source by its URL and title', () => {
		const cited = new Set(example.relations.flatMap((r) => r.evidence.map((e) => e.source)));
		expect(graph.sources).toHaveLength(cited.size);
		expect(graph.sources.map((s) => s.url).sort()).toEqual(
			example.sources
				.filter((s) => cited.has(s.id))
				.map((s) => s.url)
				.sort()
		);
	});

	it('is titled after the relations file and drawn as of the day it is opened', () => {
		expect(graph.title).toBe('relations');
		expect(graph.asOf).toBe(TODAY);
	});
});

describe('readGraphCsv: a relations CSV alone', () => {
	it('makes one actor per name, and says what it filled in', () => {
		const result = opened(relationsCsv({}, { quote: 'a second quote' }));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.graph.actors).toEqual([
			{ id: 'china', name: 'China', kind: 'other' },
			{ id: 'north-korea', name: 'North Korea', kind: 'other' }
		]);
		expect(result.graph.relations).toHaveLength(1);
		expect(result.graph.relations[0].evidence).toHaveLength(2);
		expect(result.graph.sources).toEqual([
			{ id: 'ap-report', title: 'AP report', publisher: 'AP', url: ROW.URL, published: TODAY }
		]);
		expect(result.notes).toEqual([
			`1 source has no publication date in relations.csv, so it is dated ${TODAY}, the day the file was opened: correct it before reading the network as of an earlier date.`,
			'relations.csv names its actors only: each of the 2 actors was made from its name, of kind "other".'
		]);
	});

	it('reads a source with no address, telling two apart by what they hold', () => {
		const graph = graphOf(
			opened(
				relationsCsv(
					{ URL: '', published: '2024' },
					{ URL: '', published: '2024', quote: 'a second quote' },
					{ URL: '', published: '2025', quote: 'a third quote' }
				)
			)
		);
		expect(graph.sources.map(({ title, published, url }) => ({ title, published, url }))).toEqual([
			{ title: 'AP report', published: '2024', url: undefined },
			{ title: 'AP report', published: '2025', url: undefined }
		]);
		expect(graph.relations[0].evidence.map((item) => item.source)).toEqual([
			graph.sources[0].id,
			graph.sources[0].id,
			graph.sources[1].id
		]);
	});

	it('reads the grades, the locator and the date of publication', () => {
		const text = relationsCsv({
			published: '2024-10-06',
			reliability: 'b',
			locator: 'para. 3',
			credibility: '2'
		});
		const graph = graphOf(opened(text));
		expect(graph.sources[0]).toMatchObject({ published: '2024-10-06', reliability: 'B' });
		expect(graph.relations[0].evidence[0]).toMatchObject({ locator: 'para. 3', credibility: 2 });
	});

	it('opens a sheet without the grades, dates, locators and quote check, as earlier exports wrote', () => {
		const columns = CSV_COLUMNS.filter(
			(column) =>
				!['quote checked', 'locator', 'credibility', 'published', 'reliability'].includes(column)
		);
		const text = `${columns.join(',')}\r\n${columns.map((column) => ROW[column]).join(',')}`;
		const graph = graphOf(opened(text));
		expect(graph.relations[0].evidence[0]).toEqual({
			source: 'ap-report',
			quote: 'primary trading partner'
		});
	});

	it('does not take a quote for checked because its row says so: a CSV holds no archived text', () => {
		const graph = graphOf(opened(relationsCsv({ 'quote checked': 'yes' })));
		expect(graph.relations[0].evidence[0]).toEqual({
			source: 'ap-report',
			quote: 'primary trading partner'
		});
		expect(graph.sources[0].archivedText).toBeUndefined();
	});

	it('reads the date a relation was signed, and a sheet written before there was one', () => {
		const signed = graphOf(opened(relationsCsv({ signed: '2024-06-19', since: '2024-12-04' })));
		expect(signed.relations[0]).toMatchObject({ signed: '2024-06-19', since: '2024-12-04' });
		const columns = CSV_COLUMNS.filter((column) => column !== 'signed');
		const older = [columns.join(','), columns.map((column) => ROW[column]).join(',')].join('\r\n');
		expect(graphOf(opened(older)).relations[0]).not.toHaveProperty('signed');
	});

	it('says where a relation is signed after it took effect', () => {
		expect(problemsOf(opened(relationsCsv({ signed: '2025', since: '2024' })))).toEqual([
			'relations.csv row 2, column signed: 2025 is after since (2024): a relation takes effect when or after it is signed'
		]);
	});

	it('reads a spreadsheet saved with semicolons, header case and spacing as it comes', () => {
		const text = `${HEADER.toUpperCase().replaceAll(',', ';').replace('SOURCE ACTOR', 'Source  Actor')}\n${Object.values(ROW).join(';')}\n`;
		expect(graphOf(opened(text)).relations[0].id).toBe('chn-prk-trade');
	});
});

describe('readGraphCsv: problems, every one with its file, row and column', () => {
	it('says a date is not a date, with the cell as written', () => {
		const rows: Row[] = Array.from({ length: 13 }, (_, i) => ({ relation: `r${i}` }));
		rows[12].since = '2024-13-01';
		expect(problemsOf(opened(relationsCsv(...rows)))).toEqual([
			'relations.csv row 14, column since: "2024-13-01" is not a date: month 13 does not exist'
		]);
	});

	it('reads a date written day first with dots, and says how it read it', () => {
		const result = opened(relationsCsv({ since: '06.10.1949', published: '7.10.1949' }));
		expect(graphOf(result).relations[0].since).toBe('1949-10-06');
		expect(graphOf(result).sources[0].published).toBe('1949-10-07');
		expect(result.ok && result.notes[0]).toBe(
			'2 dates in relations.csv were not written YYYY-MM-DD, and were read as: row 2, column since "06.10.1949" → 1949-10-06 (day.month.year); row 2, column published "7.10.1949" → 1949-10-07 (day.month.year). Check them, and write dates as YYYY-MM-DD to be sure.'
		);
	});

	it('asks for YYYY-MM-DD where a slashed date could be day or month first', () => {
		expect(problemsOf(opened(relationsCsv({ since: '10/6/1949' })))).toEqual([
			'relations.csv row 2, column since: "10/6/1949" could be 10 June 1949 or 6 October 1949: write it as YYYY-MM-DD (1949-06-10 or 1949-10-06)'
		]);
	});

	it('names every problem of every row at once, in reading order', () => {
		const text = relationsCsv(
			{ status: 'sometimes', URL: 'javascript:alert(1)' },
			{ relation: 'r2', since: '14 Oct 2006', quote: '', note: '' },
			{
				relation: 'r3',
				URL: 'data:image/svg+xml;utf8;<svg onload=alert(1)>',
				'source title': 'Other'
			}
		);
		expect(problemsOf(opened(text))).toEqual([
			'relations.csv row 2, column status: "sometimes" must be one of "confirmed", "reported", "alleged", "denied"',
			'relations.csv row 2, column URL: "javascript:alert(1)" must be an http:// or https:// link',
			'relations.csv row 3, column since: "14 Oct 2006" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
			'relations.csv row 3, columns quote and note: needs a verbatim quote or a note',
			'relations.csv row 4, column URL: "data:image/svg+xml;utf8;<svg onload=alert(1)>" must be an http:// or https:// link'
		]);
	});

	it('names the rows of one relation that disagree', () => {
		const text = relationsCsv({}, { summary: 'Something else', status: 'alleged' });
		expect(problemsOf(opened(text))).toEqual([
			'relations.csv row 3, column summary: "Something else" differs from row 2 ("China trades with North Korea"): the rows of relation "chn-prk-trade" must agree',
			'relations.csv row 3, column status: "alleged" differs from row 2 ("confirmed"): the rows of relation "chn-prk-trade" must agree'
		]);
	});

	it('names the rows of one source that disagree on its publisher', () => {
		const text = relationsCsv({}, { relation: 'r2', publisher: 'Reuters' });
		expect(problemsOf(opened(text))).toEqual([
			'relations.csv row 3, column publisher: "Reuters" differs from row 2 ("AP"): the rows of one source must agree'
		]);
	});

	it('names empty cells it cannot do without', () => {
		const text = relationsCsv({ relation: '' }, { relation: 'r2', type: '', 'source actor': '' });
		expect(problemsOf(opened(text))).toEqual([
			"relations.csv row 2, column relation: is empty: each row names its relation's id, shared by its rows",
			'relations.csv row 3, column type: is empty: name the type (Trade, Aid, Defense pact, Sanctions or your own)',
			'relations.csv row 3, column source actor: is empty: name the actor'
		]);
	});

	it('names a header with missing or unknown columns, and reads no further', () => {
		const text = `relation,summary,sinse,status\r\nr1,x,2024,confirmed`;
		expect(problemsOf(opened(text))).toEqual([
			`relations.csv row 1: "sinse" is not a column Ties reads (it reads ${CSV_COLUMNS.join(', ')})`,
			'relations.csv row 1: the columns "type", "source actor", "target actor", "source title", "publisher", "URL" are missing'
		]);
		const noEvidence = HEADER.replace(',quote,quote checked,note', '');
		expect(problemsOf(opened(`${noEvidence}\r\n`))).toEqual([
			'relations.csv row 1: the columns "quote" and "note" are both missing: each evidence item needs one'
		]);
	});

	it('names a row with more cells than the header', () => {
		const text = `${relationsCsv({})}\r\n${relationsCsv({ relation: 'r2', summary: 'a, b' }).split('\r\n')[1]}`;
		expect(problemsOf(opened(text))).toEqual([
			`relations.csv row 3: has ${CSV_COLUMNS.length + 1} cells but the header names ${CSV_COLUMNS.length} columns (does a cell with a comma lack its quotes?)`
		]);
	});

	it('names an unbalanced quote with its row and column', () => {
		const text = relationsCsv({}, { relation: 'r2', quote: '"never closed' });
		expect(problemsOf(opened(text))).toEqual([
			'relations.csv row 3, column quote: the quoted cell that starts on line 3 is never closed: a " is missing (a quote inside a cell is written twice, "")'
		]);
	});

	it('says an empty file, or one without rows, holds no network', () => {
		expect(problemsOf(opened(''))).toEqual(['relations.csv: is empty']);
		expect(problemsOf(readGraphCsv([{ name: 'e.csv', text: 'a,b\r\n1,2' }], TODAY))).toEqual([
			'e.csv row 1: is neither a relations CSV (its header has a "relation" column) nor an actors CSV (a "name" column)'
		]);
		expect(problemsOf(opened(`${HEADER}\r\n,,,\r\n`))).toEqual([
			'relations.csv: has no rows below its header'
		]);
	});
});

describe('readGraphCsv: with an actors CSV', () => {
	const actors = 'actor,name,kind\r\nchn,China,state\r\nprk,North Korea,state\r\n';

	it('finds the actors by the names the relations give', () => {
		const graph = graphOf(opened(relationsCsv({}), actors));
		expect(graph.relations[0]).toMatchObject({ source: 'chn', target: 'prk' });
		expect(graph.actors.map((a) => a.kind)).toEqual(['state', 'state']);
	});

	it('takes the files in either order', () => {
		const result = readGraphCsv(
			[
				{ name: 'a.csv', text: actors },
				{ name: 'r.csv', text: relationsCsv({}) }
			],
			TODAY
		);
		expect(graphOf(result).title).toBe('r');
	});

	it('names an actor it does not list, and a name two actors share', () => {
		const twins = `${actors}other,China,organization\r\n`;
		expect(problemsOf(opened(relationsCsv({ 'target actor': 'Russia' }), twins))).toEqual([
			'relations.csv row 2, column source actor: "China" names 2 actors in actors.csv (rows 2, 4): give them different names, or write the actor\'s id here',
			'relations.csv row 2, column target actor: no actor in actors.csv is named "Russia"'
		]);
		expect(
			graphOf(opened(relationsCsv({ 'source actor': 'chn' }), twins)).relations[0].source
		).toBe('chn');
	});

	it('places the problems of the actors CSV in it', () => {
		const text = 'actor,name,kind,x,y\r\nchn,China,empire,1,\r\nchn,,state,a,2\r\n';
		expect(problemsOf(opened(relationsCsv({}), text))).toEqual([
			'actors.csv row 2, column kind: "empire" must be one of "state", "organization", "person", "other"',
			'actors.csv row 2, column x and y: a position needs both x and y',
			'actors.csv row 3, column name: is empty',
			'actors.csv row 3, column x and y: "a", "2" is not a position: x and y must be numbers',
			'relations.csv row 2, column target actor: no actor in actors.csv is named "North Korea"'
		]);
	});

	it('refuses an actors CSV alone, or two of a kind', () => {
		expect(problemsOf(readGraphCsv([{ name: 'actors.csv', text: actors }], TODAY))).toEqual([
			'actors.csv: lists actors only: open it together with its relations CSV'
		]);
		const two = readGraphCsv(
			[
				{ name: 'a.csv', text: relationsCsv({}) },
				{ name: 'b.csv', text: relationsCsv({}) }
			],
			TODAY
		);
		expect(problemsOf(two)).toEqual([
			'b.csv: is a second relations CSV (besides a.csv): open one relations CSV, with or without one actors CSV'
		]);
	});
});
