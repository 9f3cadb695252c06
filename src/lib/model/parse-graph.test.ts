import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphProblem } from './graph-problem';
import { parseGraph } from './parse-graph';
import type { GraphFile } from './schema';

const EXAMPLE_TEXT = readFileSync(
	new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url),
	'utf8'
);
const EXAMPLE: GraphFile = JSON.parse(EXAMPLE_TEXT);

/**
 * The example file with one change made to a copy of it. Without its story:
 * the story's own checks (references.test.ts) would add their problems with
 * the relation changed.
 */
function exampleWith(change: (graph: GraphFile) => void): unknown {
	const graph = structuredClone(EXAMPLE);
	delete graph.story;
	change(graph);
	return graph;
}

/** The problems parseGraph reports; none when it accepts the input. */
function problemsOf(input: unknown): GraphProblem[] {
	const parsed = parseGraph(input);
	return parsed.ok ? [] : parsed.problems;
}

describe('parseGraph', () => {
	it('accepts the example graph', () => {
		const parsed = parseGraph(EXAMPLE);
		expect(parsed.ok ? [] : parsed.problems).toEqual([]);
		expect(parsed.ok && parsed.graph.relations.length).toBe(EXAMPLE.relations.length);
	});

	it('rejects a relation without evidence', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].evidence = [];
		});
		expect(problemsOf(input)).toEqual([
			{ origin: '', place: 'relations[0].evidence', message: 'needs at least one evidence item' }
		]);
	});

	it('rejects a relation to an actor that does not exist', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].target = 'usa';
		});
		expect(problemsOf(input)).toEqual([
			{ origin: '', place: 'relations[0].target', message: 'no actor has the id "usa"' }
		]);
	});

	it('rejects evidence citing a source that does not exist, with its full path', () => {
		const input = exampleWith((graph) => {
			graph.relations[3].evidence[0].source = 'peking-review-1962';
		});
		expect(problemsOf(input)).toEqual([
			{
				origin: '',
				place: 'relations[3].evidence[0].source',
				message: 'no source has the id "peking-review-1962"'
			}
		]);
	});

	it('rejects a month that does not exist', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].since = '2024-13-01';
		});
		expect(problemsOf(input)).toEqual([
			{
				origin: '',
				place: 'relations[0].since',
				message: '"2024-13-01" is not a date: month 13 does not exist'
			}
		]);
	});

	it('rejects 29 February in a year that is not a leap year', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].since = '2023-02-29';
		});
		expect(problemsOf(input)).toEqual([
			{
				origin: '',
				place: 'relations[0].since',
				message: '"2023-02-29" is not a date: day 29 does not exist in that month'
			}
		]);
		expect(
			problemsOf(
				exampleWith((graph) => {
					graph.relations[0].since = '2024-02-29';
				})
			)
		).toEqual([]);
	});

	it('says once that a malformed date is not a date', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].since = '6 Oct 1949';
		});
		expect(problemsOf(input)).toEqual([
			{
				origin: '',
				place: 'relations[0].since',
				message: 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)'
			}
		]);
	});

	it.each(['javascript:alert(1)', 'ftp://example.org/file.txt', 'www.ksat.com'])(
		'rejects the link %s',
		(url) => {
			const input = exampleWith((graph) => {
				graph.sources[0].url = url;
			});
			expect(problemsOf(input)).toEqual([
				{ origin: '', place: 'sources[0].url', message: 'must be an http:// or https:// link' }
			]);
		}
	);

	it('rejects a relation type that is neither built in nor declared', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].type = 'alliance';
		});
		expect(problemsOf(input)).toEqual([
			{
				origin: '',
				place: 'relations[0].type',
				message: 'no relation type has the id "alliance" (declare it in relationTypes)'
			}
		]);
	});

	it('rejects duplicate ids, naming the second record', () => {
		const relations = exampleWith((graph) => {
			graph.relations[1].id = graph.relations[0].id;
		});
		expect(problemsOf(relations)).toEqual([
			{
				origin: '',
				place: 'relations[1].id',
				message: 'another relation already has the id "chn-prk-diplomatic"'
			}
		]);
		const sources = exampleWith((graph) => {
			graph.sources.push({ ...graph.sources[1] });
		});
		expect(problemsOf(sources)).toEqual([
			{
				origin: '',
				place: `sources[${EXAMPLE.sources.length}].id`,
				message: `another source already has the id "${EXAMPLE.sources[1].id}"`
			}
		]);
	});

	it('rejects an end date before the start date', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].since = '1949-10-06';
			graph.relations[0].until = '1949-09';
		});
		expect(problemsOf(input)).toEqual([
			{ origin: '', place: 'relations[0].until', message: '1949-09 is before since (1949-10-06)' }
		]);
	});

	it('accepts an end date that may fall after the start date at its precision', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].since = '1949-10-06';
			graph.relations[0].until = '1949';
		});
		expect(problemsOf(input)).toEqual([]);
	});

	it('rejects a relation signed after it took effect, and one ended before it was signed', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].signed = '2024-12-05';
			graph.relations[0].since = '2024-12-04';
			graph.relations[1].signed = '2024-06-19';
			graph.relations[1].until = '2024-05';
		});
		expect(problemsOf(input)).toEqual([
			{
				origin: '',
				place: 'relations[0].signed',
				message:
					'2024-12-05 is after since (2024-12-04): a relation takes effect when or after it is signed'
			},
			{ origin: '', place: 'relations[1].until', message: '2024-05 is before signed (2024-06-19)' }
		]);
	});

	it('accepts a relation in force the day it is signed, or signed in the month it took effect', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].signed = '2024-06-19';
			graph.relations[0].since = '2024-06-19';
			graph.relations[1].signed = '2024-06-19';
			graph.relations[1].since = '2024-06';
		});
		expect(problemsOf(input)).toEqual([]);
	});

	it('rejects evidence with neither a quote nor a note', () => {
		const input = exampleWith((graph) => {
			graph.relations[0].evidence[0] = { source: graph.relations[0].evidence[0].source };
		});
		expect(problemsOf(input)).toEqual([
			{ origin: '', place: 'relations[0].evidence[0]', message: 'needs a verbatim quote or a note' }
		]);
	});

	it('names a missing field, an unknown field and a value outside a list', () => {
		const input = exampleWith((graph) => {
			delete (graph as Partial<GraphFile>).title;
			Object.assign(graph.actors[0], { flag: 'kp.svg' });
			graph.relations[0].status = 'rumoured' as GraphFile['relations'][number]['status'];
		});
		expect(problemsOf(input)).toEqual([
			{ origin: '', place: 'title', message: 'is missing (expected a string)' },
			{ origin: '', place: 'actors[0]', message: 'has unknown field "flag"' },
			{
				origin: '',
				place: 'relations[0].status',
				message: 'must be one of "confirmed", "reported", "alleged", "denied"'
			}
		]);
	});

	it.each([
		[null, 'must be an object, not null'],
		[[], 'must be an object, not an array'],
		['graph', 'must be an object, not a string'],
		[42, 'must be an object, not a number'],
		[undefined, 'is missing (expected an object)']
	])('turns the non-object %j into a problem instead of throwing', (input, message) => {
		expect(() => parseGraph(input)).not.toThrow();
		expect(parseGraph(input)).toEqual({
			ok: false,
			problems: [{ origin: '', place: '', message }]
		});
	});
});
