import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFile } from '../../../tests/fixtures/graph-arbitrary';
import { openJsonNetwork } from '$lib/import/interchange/open-json-network';
import { barabasiAlbert } from './barabasi-albert';
import { quickShape } from './quick-shape';
import { GraphFileSchema, type GraphFile } from './schema';

/** A file an edit reaches into anywhere, as a hand editing the JSON would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const EXAMPLE = new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url);

function exampleGraph(): GraphFile {
	return JSON.parse(readFileSync(EXAMPLE, 'utf8')) as GraphFile;
}

/** Values that sit on either side of a rule of the schema. */
const CANDIDATES: unknown[] = [
	'',
	' ',
	' a',
	'a ',
	'a\n',
	'a',
	'A',
	'PRK',
	'prk',
	'x'.repeat(81),
	'x'.repeat(101),
	'x'.repeat(201),
	'x'.repeat(4001),
	'2024',
	'2024-06',
	'2024-13',
	'2024-02-30',
	'2024-02-29',
	'2023-02-29',
	'24-01-01',
	'http://example.org/a',
	'HTTPS://example.org',
	'https://',
	'ftp://example.org',
	'#00ff00',
	'#00ff0',
	'state',
	'confirmed',
	'arrow',
	'solid',
	0,
	-0,
	-1,
	0.5,
	0.4,
	1,
	1.5,
	6,
	7,
	8,
	8.5,
	2 ** 53,
	NaN,
	Infinity,
	null,
	undefined,
	true,
	false,
	[],
	{},
	['a'],
	[' a'],
	{ x: 1, y: 2 },
	{ x: 1 },
	{ x: 1, y: 2, z: 3 }
];

/** Every field name the schema knows, and one it does not. */
const FIELDS = [
	'$schema',
	'format',
	'title',
	'subtitle',
	'description',
	'marking',
	'asOf',
	'seed',
	'actors',
	'relationTypes',
	'sources',
	'relations',
	'story',
	'id',
	'name',
	'fullName',
	'kind',
	'iso3166',
	'code',
	'aliases',
	'position',
	'pinned',
	'label',
	'colour',
	'dash',
	'end',
	'weight',
	'directed',
	'publisher',
	'url',
	'published',
	'reliability',
	'archivedText',
	'source',
	'quote',
	'note',
	'locator',
	'credibility',
	'type',
	'target',
	'status',
	'signed',
	'since',
	'until',
	'summary',
	'evidence',
	'caption',
	'notes',
	'somethingElse'
];

/** The objects and arrays of a JSON value, each with the value it is. */
function containers(value: unknown): (Record<string, unknown> | unknown[])[] {
	const found: (Record<string, unknown> | unknown[])[] = [];
	const walk = (item: unknown) => {
		if (typeof item !== 'object' || item === null) return;
		found.push(item as Record<string, unknown>);
		for (const child of Object.values(item)) walk(child);
	};
	walk(value);
	return found;
}

type Damage =
	| { kind: 'set'; field: string; value: unknown }
	| { kind: 'replace'; value: unknown }
	| { kind: 'delete' }
	| { kind: 'pad' };

const damage: fc.Arbitrary<Damage> = fc.oneof(
	fc.record({
		kind: fc.constant('set' as const),
		field: fc.constantFrom(...FIELDS),
		value: fc.constantFrom(...CANDIDATES)
	}),
	fc.record({ kind: fc.constant('replace' as const), value: fc.constantFrom(...CANDIDATES) }),
	fc.record({ kind: fc.constant('delete' as const) }),
	fc.record({ kind: fc.constant('pad' as const) })
);

/** The graph with one to three of its places damaged, each chosen by `at` in [0, 1). */
function damaged(graph: unknown, damages: readonly { at: number; damage: Damage }[]): unknown {
	const copy = structuredClone(graph);
	for (const { at, damage } of damages) {
		const places = containers(copy);
		const place = places[Math.floor(at * places.length)];
		const keys = Object.keys(place);
		const key = keys[Math.floor(at * 7919) % Math.max(1, keys.length)];
		const target = place as Record<string, unknown>;
		// A copy of the candidate: put in as it is, a later damage could change the shared candidate
		// itself, even into a value that holds itself.
		if (damage.kind === 'set') target[damage.field] = structuredClone(damage.value);
		else if (key === undefined) continue;
		else if (damage.kind === 'replace') target[key] = structuredClone(damage.value);
		else if (damage.kind === 'delete') delete target[key];
		else if (typeof target[key] === 'string') target[key] = ` ${target[key] as string}`;
	}
	return copy;
}

describe('quickShape', () => {
	it('passes every valid graph as zod gives it back: the same fields, in the same order', () => {
		fc.assert(
			fc.property(graphFile, (graph) => {
				const quick = quickShape(graph);
				expect(quick).toBeDefined();
				expect(JSON.stringify(quick)).toBe(JSON.stringify(GraphFileSchema.parse(graph)));
			}),
			{ numRuns: 200 }
		);
	});

	it('passes nothing zod refuses, and gives what zod gives for what it passes', () => {
		let passed = 0;
		let refused = 0;
		fc.assert(
			fc.property(
				graphFile,
				fc.array(fc.record({ at: fc.double({ min: 0, max: 0.999, noNaN: true }), damage }), {
					minLength: 1,
					maxLength: 3
				}),
				(graph, damages) => {
					const file = damaged(graph, damages);
					const quick = quickShape(file);
					// Kept rather than copied, a fresh value gets the same answer.
					expect(JSON.stringify(quickShape(file, { fresh: true }))).toBe(JSON.stringify(quick));
					const checked = GraphFileSchema.safeParse(file);
					if (quick === undefined) {
						refused++;
						return;
					}
					passed++;
					expect(checked.success).toBe(true);
					expect(JSON.stringify(quick)).toBe(JSON.stringify(checked.data));
					expect(quick).toEqual(checked.data);
				}
			),
			{ numRuns: 1500 }
		);
		// Both answers were tried often enough to mean something. About one damaged file in
		// fifteen is still valid (~105 of 1,500, spread ±10 between runs), so 50 is far from chance.
		expect(passed).toBeGreaterThan(50);
		expect(refused).toBeGreaterThan(500);
		// 1,500 files checked three ways: a few seconds, more on a busy machine.
	}, 30_000);

	it('passes the example network and a large opened network, each as a copy', () => {
		const example = exampleGraph();
		const quick = quickShape(example);
		expect(quick).toEqual(GraphFileSchema.parse(example));
		expect(quick).not.toBe(example);
		expect(quick!.actors[0]).not.toBe(example.actors[0]);
		const opened = openJsonNetwork(barabasiAlbert(1000, 3, 1), 'ba.json', '2026-12-03');
		if (!opened.ok) throw new Error('the network did not open');
		expect(quickShape(opened.graph)).toEqual(opened.graph);
	});

	it('keeps a fresh value where it passes as it stands, and gives what zod gives all the same', () => {
		fc.assert(
			fc.property(graphFile, (graph) => {
				const given = JSON.stringify(graph);
				const quick = quickShape(graph, { fresh: true });
				expect(JSON.stringify(quick)).toBe(JSON.stringify(GraphFileSchema.parse(graph)));
				// Nothing of the value is changed by the check.
				expect(JSON.stringify(graph)).toBe(given);
			}),
			{ numRuns: 200 }
		);
		// The example as Ties writes it: every field in the schema's order.
		const example = JSON.parse(JSON.stringify(GraphFileSchema.parse(exampleGraph()))) as GraphFile;
		const quick = quickShape(example, { fresh: true })!;
		expect(quick).toBe(example);
		expect(quick.relations[0].evidence[0]).toBe(example.relations[0].evidence[0]);
		// An actor written with its fields in another order is copied in the schema's order, alone.
		const [first, ...rest] = example.actors;
		const { id, ...others } = first;
		const reordered = { ...example, actors: [{ ...others, id }, ...rest] };
		const put = quickShape(reordered, { fresh: true })!;
		expect(Object.keys(put.actors[0])).toEqual(
			Object.keys(GraphFileSchema.parse(reordered).actors[0])
		);
		expect(put.actors[0]).not.toBe(reordered.actors[0]);
		expect(put.actors[1]).toBe(reordered.actors[1]);
		expect(put.relations).toBe(reordered.relations);
		expect(put).not.toBe(reordered);
		// Without `fresh`, always a copy.
		expect(quickShape(example)).not.toBe(example);
	});

	it('leaves to zod a text it would trim, an optional field written undefined, and an unknown field', () => {
		const example = exampleGraph();
		expect(quickShape({ ...example, title: ` ${example.title}` })).toBeUndefined();
		expect(GraphFileSchema.parse({ ...example, title: ` ${example.title}` }).title).toBe(
			example.title
		);
		expect(quickShape({ ...example, subtitle: undefined })).toBeUndefined();
		expect(quickShape({ ...example, colour: 'red' })).toBeUndefined();
		expect(quickShape({ ...example, actors: [{ ...example.actors[0], x: 1 }] })).toBeUndefined();
	});

	/** The example with one change: `edit` is given the copy to change. */
	const edited = (edit: (graph: Loose) => void) => {
		const graph = exampleGraph() as unknown as Loose;
		edit(graph);
		return graph;
	};

	it.each<[string, (graph: Loose) => void]>([
		[
			'an evidence item with neither quote nor note',
			(g) => void (g.relations[0].evidence[0] = { source: g.sources[0].id })
		],
		['a day that no month has', (g) => void (g.relations[0].since = '2024-02-30')],
		['a 29 February outside a leap year', (g) => void (g.asOf = '2023-02-29')],
		['a link that is no http(s) link', (g) => void (g.sources[0].url = 'ftp://example.org/a')],
		['a link that does not parse', (g) => void (g.sources[0].url = 'https://exa mple.org')],
		['an upper-case id', (g) => void (g.actors[0].id = 'PRK')],
		['an empty name', (g) => void (g.actors[0].name = '')],
		['a name of 81 characters', (g) => void (g.actors[0].name = 'x'.repeat(81))],
		['a credibility of 7', (g) => void (g.relations[0].evidence[0].credibility = 7)],
		['a credibility of 2.5', (g) => void (g.relations[0].evidence[0].credibility = 2.5)],
		['an infinite position', (g) => void (g.actors[0].position = { x: Infinity, y: 0 })],
		[
			'a weight of 9',
			(g) =>
				void (g.relationTypes = [
					{
						id: 'x',
						label: 'X',
						colour: '#000000',
						dash: 'solid',
						end: 'none',
						directed: false,
						weight: 9
					}
				])
		],
		['a seed below zero', (g) => void (g.seed = -1)],
		['an empty story', (g) => void (g.story = [])],
		['a relation with no evidence', (g) => void (g.relations[0].evidence = [])],
		['an unknown status', (g) => void (g.relations[0].status = 'rumoured')],
		['an actor field the schema does not know', (g) => void (g.actors[0].colour = '#000000')],
		['a missing summary', (g) => void delete g.relations[0].summary]
	])('leaves to zod, which refuses it, %s', (_, edit) => {
		const graph = edited(edit);
		expect(GraphFileSchema.safeParse(graph).success).toBe(false);
		expect(quickShape(graph)).toBeUndefined();
	});

	it.each<[string, (graph: Loose) => void]>([
		['a 29 February in a leap year', (g) => void (g.asOf = '2024-02-29')],
		[
			'each line pattern',
			(g) =>
				void (g.relationTypes = [
					'solid',
					'long-dash',
					'short-dash',
					'dash-dot',
					'dotted',
					'double'
				].map((dash, i) => ({
					id: `t${i}`,
					label: `T${i}`,
					colour: '#000000',
					dash,
					end: 'bar',
					directed: true,
					weight: 0.5
				})))
		],
		[
			'a story step with every field',
			(g) =>
				void (g.story = [
					{
						id: 's1',
						title: 'One',
						caption: 'The first.',
						actors: [g.actors[0].id],
						relations: [g.relations[0].id],
						asOf: '2024',
						notes: 'Say it slowly.'
					}
				])
		],
		[
			'a handling line and a format',
			(g) =>
				Object.assign(g, {
					$schema: 'x',
					format: 2,
					marking: 'Not for release',
					description: 'All of it.'
				})
		],
		[
			'a pinned actor with aliases and a code',
			(g) =>
				Object.assign(g.actors[0], {
					pinned: true,
					aliases: ['One', 'Two'],
					code: 'AB1',
					position: { x: -0, y: 1.5 }
				})
		]
	])('passes, as zod does, %s', (_, edit) => {
		const graph = edited(edit);
		expect(JSON.stringify(quickShape(graph))).toBe(JSON.stringify(GraphFileSchema.parse(graph)));
	});
});
