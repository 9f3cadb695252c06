import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '$lib/model/graph-problem';
import { GraphFileSchema } from '$lib/model/schema';
import { openGraphText } from '../read-graph-text';

const TODAY = '2026-12-02';

function fixture(name: string): string {
	return readFileSync(
		new URL(`../../../../tests/fixtures/interchange/${name}`, import.meta.url),
		'utf8'
	);
}

async function open(value: unknown, name = 'network.json') {
	const result = await openGraphText(JSON.stringify(value), name, TODAY);
	if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
	return result;
}

describe('opening node-link JSON', () => {
	it('makes every actor and relation with its fields in the order a graph file writes them', async () => {
		const { graph } = await open({
			directed: true,
			graph: { title: 'Ships', description: 'Who ships to whom' },
			nodes: [
				{
					id: 'a',
					label: 'North Korea',
					iso: 'PRK',
					kind: 'state',
					fullName: 'DPRK',
					aliases: 'NK'
				},
				{ id: 'b', label: 'Russia', iso: 'RUS', code: 'RF' }
			],
			links: [
				{ source: 'a', target: 'b', type: 'aid', status: 'alleged', since: '2023', until: '2024' },
				{ source: 'b', target: 'a', type: 'Arms', signed: '2024-06-19', summary: 'Pact' }
			]
		});
		expect(JSON.stringify(graph)).toBe(JSON.stringify(GraphFileSchema.parse(graph)));
		expect(Object.keys(graph.relations[0])).toEqual([
			'id',
			'type',
			'source',
			'target',
			'directed',
			'status',
			'since',
			'until',
			'summary',
			'evidence'
		]);
	});

	it('opens Les Misérables as NetworkX 3.4+ writes it, links under "edges"', async () => {
		const { graph, notes } = await open(JSON.parse(fixture('les-miserables.json')), 'lesmis.json');
		expect(graph.actors).toHaveLength(77);
		expect(graph.relations).toHaveLength(254);
		expect(graph.actors.slice(0, 2)).toEqual([
			{ id: 'napoleon', name: 'Napoleon', kind: 'other' },
			{ id: 'myriel', name: 'Myriel', kind: 'other' }
		]);
		expect(graph.relations[0]).toMatchObject({
			source: 'napoleon',
			target: 'myriel',
			directed: false
		});
		expect(notes.some((note) => note.startsWith('77 node ids were not an actor id'))).toBe(true);
		expect(notes).toContain(
			'Attributes a Ties graph has no place for were not kept: on links, weight (254 links).'
		);
	});

	it('opens the karate club and the Florentine families as NetworkX writes them', async () => {
		for (const [name, actors, relations] of [
			['karate-club.json', 34, 78],
			['florentine-families.json', 15, 20]
		] as const) {
			const opened = await openGraphText(fixture(name), name, TODAY);
			expect(opened.ok && [opened.graph.actors.length, opened.graph.relations.length]).toEqual([
				actors,
				relations
			]);
		}
		const karate = await openGraphText(fixture('karate-club.json'), 'k.json', TODAY);
		expect(karate.ok && karate.graph.title).toBe("Zachary's Karate Club");
	});

	it('honours "directed", ids of any type, and the node objects d3 leaves in its links', async () => {
		const { graph } = await open({
			directed: true,
			multigraph: false,
			graph: {},
			nodes: [{ id: 1 }, { id: 'Two words' }],
			links: [{ source: { id: 1, x: 3 }, target: 'Two words' }]
		});
		expect(graph.actors.map((actor) => actor.id)).toEqual(['1', 'two-words']);
		expect(graph.relations[0]).toMatchObject({ source: '1', target: 'two-words', directed: true });
	});

	it("leaves direction to each type where the file does not say, as d3's files do not", async () => {
		const { graph } = await open({
			nodes: [{ id: 'chn' }, { id: 'prk' }],
			links: [
				{ source: 'chn', target: 'prk', type: 'aid' },
				{ source: 'chn', target: 'prk', type: 'trade' }
			]
		});
		expect(graph.relations.map((relation) => [relation.id, relation.directed])).toEqual([
			['link-0', undefined],
			['link-1', undefined]
		]);
	});

	it('numbers links without ids by their place, never reusing an id a link of the file gives', async () => {
		const { graph } = await open({
			nodes: [{ id: 'chn' }, { id: 'prk' }],
			links: [
				{ source: 'chn', target: 'prk' },
				{ source: 'chn', target: 'prk', id: 'link-2' },
				{ source: 'prk', target: 'chn' }
			]
		});
		expect(graph.relations.map((relation) => relation.id)).toEqual([
			'link-0',
			'link-2',
			'link-2-2'
		]);
	});

	it('sums a link up by its two actors, or by its own summary clipped to what a summary holds', async () => {
		const { graph } = await open({
			nodes: [
				{ id: 'chn', label: 'China' },
				{ id: 'prk', label: 'North Korea' }
			],
			links: [
				{ source: 'chn', target: 'prk' },
				{ source: 'prk', target: 'chn', summary: 'x'.repeat(400) }
			]
		});
		expect(graph.relations.map((relation) => relation.summary)).toEqual([
			'China – North Korea',
			'x'.repeat(300)
		]);
	});

	it('makes a new type of a link type Ties does not know, as the CSV import does', async () => {
		const { graph, notes } = await open({
			nodes: [{ id: 'prk' }, { id: 'rus' }, { id: 'chn' }],
			links: [
				{ source: 'prk', target: 'rus', type: 'Arms transfer' },
				{ source: 'chn', target: 'prk', type: 'aid' },
				{ source: 'chn', target: 'rus', type: 'Arms transfer' }
			]
		});
		expect(graph.relations.map((relation) => relation.type)).toEqual([
			'arms-transfer',
			'aid',
			'arms-transfer'
		]);
		expect(graph.relationTypes).toEqual([
			expect.objectContaining({ id: 'arms-transfer', label: 'Arms transfer' })
		]);
		expect(notes).toContain('New relation type made from the file: "Arms transfer".');
	});

	it('places a link that cannot be read, and opens nothing', async () => {
		const result = await openGraphText(
			JSON.stringify({ nodes: [{ id: 'a' }, { label: 'no id' }], edges: [{ source: 'a' }] }),
			'n.json'
		);
		expect(!result.ok && result.problems.map(describeProblem)).toEqual([
			'n.json nodes[1].id: is missing',
			'n.json edges[0].target: is missing'
		]);
	});
});

describe('opening graphology JSON', () => {
	it('opens a serialised graph, its mixed edges directed unless they say otherwise', async () => {
		const { graph } = await open({
			attributes: { name: 'Alliances' },
			options: { type: 'mixed', multi: false, allowSelfLoops: true },
			nodes: [
				{ key: 'PRK', attributes: { label: 'North Korea', x: 1, y: 2, iso3166: 'PRK' } },
				{ key: 'RUS', attributes: { label: 'Russia' } }
			],
			edges: [
				{
					key: 'e1',
					source: 'PRK',
					target: 'RUS',
					attributes: { type: 'Defense pact' },
					undirected: true
				},
				{ source: 'PRK', target: 'RUS', attributes: { type: 'Arms transfer', status: 'alleged' } }
			]
		});
		expect(graph.title).toBe('Alliances');
		expect(graph.actors[0]).toEqual({
			id: 'prk',
			name: 'North Korea',
			kind: 'state',
			iso3166: 'PRK',
			position: { x: 1, y: 2 }
		});
		expect(
			graph.relations.map((relation) => [
				relation.id,
				relation.type,
				relation.directed,
				relation.status
			])
		).toEqual([
			['e1', 'defense-pact', false, 'reported'],
			['link-1', 'arms-transfer', true, 'alleged']
		]);
	});
});

describe('opening Cytoscape.js JSON', () => {
	const nodes = [
		{ data: { id: 'n1', name: 'China' }, position: { x: 10, y: 20 } },
		{ data: { id: 'n2', label: 'North Korea' } }
	];
	const edges = [{ data: { id: 'e1', source: 'n1', target: 'n2', interaction: 'aid' } }];

	it('opens elements listed by group, typed by their interaction as Cytoscape writes it', async () => {
		const { graph } = await open({ elements: { nodes, edges } });
		expect(graph.actors.map((actor) => actor.name)).toEqual(['China', 'North Korea']);
		expect(graph.actors[0].position).toEqual({ x: 10, y: 20 });
		expect(graph.relations[0]).toMatchObject({
			id: 'e1',
			type: 'aid',
			source: 'n1',
			target: 'n2',
			directed: true
		});
	});

	it('opens elements as one array', async () => {
		const { graph } = await open({
			elements: [...nodes.map((node) => ({ group: 'nodes', ...node })), ...edges]
		});
		expect(graph.actors).toHaveLength(2);
		expect(graph.relations).toHaveLength(1);
	});
});
