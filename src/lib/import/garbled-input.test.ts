import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFile, text } from '../../../tests/fixtures/graph-arbitrary';
import { CSV_COLUMNS, exportCsv } from '$lib/csv/csv-export';
import { exportJson } from '$lib/export/json-export';
import { parseGraph } from '$lib/model/parse-graph';
import { ACTOR_COLUMNS, exportActorsCsv } from '$lib/csv/actors-csv';
import type { OpenedGraph } from './opened-graph';
import { openGraphFiles } from './open-graph-files';
import { readGraphCsv } from '$lib/csv/read-graph-csv';
import { readGraphText } from './read-graph-text';

const RUNS = { numRuns: 150 };
const TODAY = '2026-11-28';

/** Either a whole, valid graph, or at least one problem, each said in words. */
function isWellFormed(opened: OpenedGraph): void {
	if (opened.ok) {
		expect(parseGraph(opened.graph).ok).toBe(true);
		return;
	}
	expect(opened.problems.length).toBeGreaterThan(0);
	for (const problem of opened.problems) {
		expect(typeof problem.origin).toBe('string');
		expect(typeof problem.place).toBe('string');
		expect(problem.message).not.toBe('');
	}
}

/** An edit a file can suffer: a character inserted, removed or replaced, at a place chosen by `at` in [0, 1). */
interface Edit {
	at: number;
	kind: 'insert' | 'delete' | 'replace';
	character: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
	at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
	kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace'),
	character: fc.constantFrom(
		'"',
		',',
		'{',
		'}',
		'[',
		']',
		':',
		'\\',
		'\n',
		'\r',
		'x',
		'0',
		'\u0000',
		'é'
	)
});

function edited(source: string, edits: readonly Edit[]): string {
	let result = source;
	for (const { at, kind, character } of edits) {
		const i = Math.floor(at * (result.length + 1));
		if (kind === 'insert') result = result.slice(0, i) + character + result.slice(i);
		else if (kind === 'delete') result = result.slice(0, i) + result.slice(i + 1);
		else result = result.slice(0, i) + character + result.slice(i + 1);
	}
	return result;
}

/** A path into a graph file (each step picks a key), and a value to put there or the key to take away. */
interface Mutation {
	steps: number[];
	value: unknown;
	remove: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
	steps: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
		minLength: 1,
		maxLength: 5
	}),
	value: fc.oneof(
		fc.jsonValue({ maxDepth: 3 }),
		text(20),
		fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '2024-13-01', '', 'missing-id')
	),
	remove: fc.boolean()
});

/** `graph` with the value at a path chosen by `steps` replaced (or removed). */
function mutated(graph: unknown, { steps, value, remove }: Mutation): unknown {
	const copy: unknown = structuredClone(graph);
	let node = copy as Record<string, unknown>;
	for (const [n, step] of steps.entries()) {
		const keys = Object.keys(node);
		if (keys.length === 0) break;
		const key = keys[Math.floor(step * keys.length)];
		const child = node[key];
		const last = n === steps.length - 1 || typeof child !== 'object' || child === null;
		if (last) {
			if (remove && !Array.isArray(node)) delete node[key];
			else node[key] = value;
			break;
		}
		node = child as Record<string, unknown>;
	}
	return copy;
}

describe('garbled input never throws: a valid graph or a list of problems', () => {
	it('any JSON value', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (json) => {
				isWellFormed(await readGraphText(JSON.stringify(json) ?? 'null', 'g.json'));
			}),
			RUNS
		);
	});

	it('any text, as a graph file or as a CSV', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (garble) => {
				isWellFormed(await readGraphText(garble, 'g.json'));
				isWellFormed(readGraphCsv([{ name: 'g.csv', text: garble }], TODAY));
			}),
			RUNS
		);
	});

	it('a node-link file of any nodes and links', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
				fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
				async (nodes, links) => {
					isWellFormed(await readGraphText(JSON.stringify({ nodes, links }), 'g.json'));
				}
			),
			RUNS
		);
	});

	it('a graph file cut off anywhere', async () => {
		await fc.assert(
			fc.asyncProperty(graphFile, fc.double({ min: 0, max: 1, noNaN: true }), async (graph, at) => {
				const json = exportJson(graph);
				isWellFormed(await readGraphText(json.slice(0, Math.floor(at * json.length)), 'g.json'));
			}),
			RUNS
		);
	});

	it('a graph file with characters inserted, removed or replaced', async () => {
		await fc.assert(
			fc.asyncProperty(
				graphFile,
				fc.array(edit, { minLength: 1, maxLength: 4 }),
				async (graph, edits) => {
					isWellFormed(await readGraphText(edited(exportJson(graph), edits), 'g.json'));
				}
			),
			RUNS
		);
	});

	it('a graph file with any value put anywhere, or taken away', async () => {
		await fc.assert(
			fc.asyncProperty(graphFile, mutation, async (graph, change) => {
				isWellFormed(await readGraphText(JSON.stringify(mutated(graph, change)), 'g.json'));
			}),
			RUNS
		);
	});

	it('a CSV pair cut off or edited', () => {
		fc.assert(
			fc.property(
				graphFile,
				fc.array(edit, { maxLength: 4 }),
				fc.array(edit, { maxLength: 2 }),
				(graph, relationEdits, actorEdits) => {
					const files = [
						{ name: 'r.csv', text: edited(exportCsv(graph), relationEdits) },
						{ name: 'a.csv', text: edited(exportActorsCsv(graph), actorEdits) }
					];
					isWellFormed(readGraphCsv(files, TODAY));
					isWellFormed(readGraphCsv(files.slice(0, 1), TODAY));
				}
			),
			RUNS
		);
	});

	it('a CSV of the right columns and any cells', () => {
		const cell = fc.oneof(
			text(20),
			fc.string({ maxLength: 10 }),
			fc.constantFrom('"', '""', '"a,b"', "'=1", 'Trade', 'confirmed', '2024-02-30', 'https://a.b/')
		);
		fc.assert(
			fc.property(
				fc.shuffledSubarray([...CSV_COLUMNS], { minLength: 1 }),
				fc.array(fc.array(cell, { minLength: 1, maxLength: 15 }), { maxLength: 6 }),
				fc.shuffledSubarray([...ACTOR_COLUMNS], { minLength: 1 }),
				fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 4 }),
				(columns, rows, actorColumns, actorRows) => {
					const csv = (header: string[], body: string[][]) =>
						[header, ...body].map((row) => row.join(',')).join('\r\n');
					isWellFormed(readGraphCsv([{ name: 'r.csv', text: csv(columns, rows) }], TODAY));
					isWellFormed(
						readGraphCsv(
							[
								{ name: 'r.csv', text: csv(columns, rows) },
								{ name: 'a.csv', text: csv(actorColumns, actorRows) }
							],
							TODAY
						)
					);
				}
			),
			RUNS
		);
	});

	it('any bytes, opened as a graph file or a CSV', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 300 }),
				fc.constantFrom('g.json', 'g.csv'),
				async (bytes, name) => {
					isWellFormed(await openGraphFiles([new File([bytes], name)], TODAY));
				}
			),
			RUNS
		);
	});
});
