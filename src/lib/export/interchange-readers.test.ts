import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { isDirected } from '$lib/stage/relation-style';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { graphFile } from '../../../tests/fixtures/graph-arbitrary';
import {
	readNetworks,
	readOrFail,
	type NetworkFormat,
	type ReadNetwork
} from '../../../tests/fixtures/network-readers';
import { exportGexf } from './gexf-export';
import { xmlText } from './escape-xml';
import { exportGraphml } from './graphml-export';

/**
 * The exports as the field's own tools read them: NetworkX and igraph
 * (Debian's python3-networkx and python3-igraph), and the published schemas
 * (GraphML 1.1 XSD, Gephi's GEXF 1.3 RelaxNG) through lxml. All files go to
 * one Python process, read once before the tests look at them.
 */

const VERTICAL_TAB = '\u000B';

/** The example network with PowerPoint's Shift+Enter (a vertical tab) in its texts. */
function pastedFromPowerPoint(): GraphFile {
	const graph = exampleGraph();
	graph.actors[0] = { ...graph.actors[0], name: `North${VERTICAL_TAB}Korea` };
	graph.relations[0] = { ...graph.relations[0], summary: `Arms${VERTICAL_TAB}deliveries\u0001` };
	graph.sources[0] = { ...graph.sources[0], title: `Seventy-five years${VERTICAL_TAB}of ties` };
	graph.title = `DPRK${VERTICAL_TAB}and neighbours`;
	return graph;
}

const EXPORTERS: Record<NetworkFormat, typeof exportGraphml> = {
	graphml: exportGraphml,
	gexf: exportGexf
};

const example = exampleGraph();
const pasted = pastedFromPowerPoint();
const randomGraphs = fc.sample(graphFile, { numRuns: 40, seed: 13 });
const graphs = [example, pasted, ...randomGraphs];
const files = graphs.flatMap((graph) =>
	(['graphml', 'gexf'] as const).map((format) => ({
		format,
		graph,
		text: EXPORTERS[format](graph, graphLayout(graph))
	}))
);
const readings = readNetworks(files);
const reading = (graph: GraphFile, format: NetworkFormat) =>
	readings[files.findIndex((file) => file.graph === graph && file.format === format)];

const edgesOf = (network: ReadNetwork) =>
	network.edges.map((edge) => `${edge.data.id ?? edge.key}: ${edge.source} → ${edge.target}`);

describe('GraphML and GEXF as other tools read them', () => {
	it('are valid against the GraphML 1.1 XSD and Gephi’s GEXF 1.3 RelaxNG schema, whatever the text', () => {
		for (const [n, file] of files.entries()) {
			expect(readings[n].schemaProblems, `${file.format} of ${file.graph.title}`).toEqual([]);
		}
	});

	it('read in NetworkX as a MultiDiGraph with every directed relation from its source to its target', () => {
		const index = indexGraph(example);
		for (const format of ['graphml', 'gexf'] as const) {
			const network = readOrFail(reading(example, format).networkx);
			expect(network.directed).toBe(true);
			expect(network.multigraph).toBe(true);
			expect(network.nodes.map((node) => node.id)).toEqual(example.actors.map((a) => a.id));
			for (const relation of example.relations) {
				const ends = network.edges
					.filter((edge) => (edge.data.id ?? edge.key) === relation.id)
					.map((edge) => `${edge.source} → ${edge.target}`);
				const forward = `${relation.source} → ${relation.target}`;
				if (isDirected(relation, index.types.get(relation.type))) {
					expect(ends, relation.id).toEqual([forward]);
				} else {
					// GEXF's mutual edges go both ways in NetworkX; GraphML's are one edge marked not directed.
					expect(ends.sort(), relation.id).toEqual(
						format === 'gexf'
							? [forward, `${relation.target} → ${relation.source}`].sort()
							: [forward]
					);
				}
			}
		}
	});

	it('read in igraph as a directed graph with the ends of each relation kept and its id as the edge’s', () => {
		const network = readOrFail(reading(example, 'graphml').igraph);
		expect(network.directed).toBe(true);
		expect(edgesOf(network).sort()).toEqual(
			example.relations.map((r) => `${r.id}: ${r.source} → ${r.target}`).sort()
		);
		expect(edgesOf(network)).toContain('chn-prk-aid: chn → prk');
	});

	it('carry each relation’s type, status, dates, summary, and its sources’ titles and links', () => {
		for (const format of ['graphml', 'gexf'] as const) {
			const network = readOrFail(reading(example, format).networkx);
			const arms = network.edges.find((edge) => (edge.data.id ?? edge.key) === 'prk-rus-arms')!;
			expect(arms.data).toMatchObject({
				type: 'arms-transfer',
				typeLabel: 'Arms transfers',
				status: 'alleged',
				directed: true,
				since: '2023',
				summary: expect.stringMatching(/^Alleged deliveries of military equipment/),
				sources: 'ksat-2024-10-06 yonhap-2023-10-14 reuters-2024-01-04',
				sourceTitles: expect.stringContaining(
					' | N. Korea sent more than 1,000 containers of military equipment'
				),
				sourceUrls: expect.stringContaining(
					'https://www.ksat.com/ https://en.yna.co.kr/view/AEN20231014000400315 '
				)
			});
			const treaty = network.edges.find((e) => (e.data.id ?? e.key) === 'rus-prk-treaty-2024')!;
			expect(treaty.data).toMatchObject({ signed: '2024-06-19', since: '2024-12-04' });
		}
	});

	it('give Gephi’s timeline each relation’s since and until as a GEXF time interval', () => {
		const network = readOrFail(reading(example, 'gexf').networkx);
		expect(network.graph).toMatchObject({ mode: 'dynamic' });
		const start = (id: string) => network.edges.find((e) => e.key === id)!.data.start;
		expect(start('un-prk-sanctions')).toBe('2006-10-14');
		// A year reaches from its first day.
		expect(start('prk-rus-arms')).toBe('2023-01-01');
		expect(start('chn-prk-trade')).toBeUndefined();
	});

	it('turn PowerPoint’s Shift+Enter into a line break and drop other control characters, in every text', () => {
		// eslint-disable-next-line no-control-regex
		expect(exportGexf(pasted)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
		for (const format of ['graphml', 'gexf'] as const) {
			expect(reading(pasted, format).schemaProblems).toEqual([]);
			const network = readOrFail(reading(pasted, format).networkx);
			const north = network.nodes.find((node) => node.id === 'prk')!;
			expect(north.data.label).toBe('North\nKorea');
			const arms = network.edges.find((e) => (e.data.id ?? e.key) === pasted.relations[0].id)!;
			expect(arms.data.summary).toBe('Arms\ndeliveries');
			expect(arms.data.sourceTitles).toContain('Seventy-five years\nof ties');
		}
	});

	it('give any valid graph back with the same actors, names, relations, ends, types, statuses, dates and summaries', () => {
		for (const graph of randomGraphs) {
			const index = indexGraph(graph);
			const anyDirected = graph.relations.some((r) => isDirected(r, index.types.get(r.type)));
			for (const format of ['graphml', 'gexf'] as const) {
				const networks = [readOrFail(reading(graph, format).networkx)];
				if (format === 'graphml') networks.push(readOrFail(reading(graph, format).igraph));
				for (const network of networks) {
					expect(network.directed).toBe(anyDirected);
					expect(network.nodes.map((node) => node.id).sort()).toEqual(
						graph.actors.map((actor) => actor.id).sort()
					);
					for (const actor of graph.actors) {
						const node = network.nodes.find((n) => n.id === actor.id)!;
						// A name of nothing but control characters is empty, which readers leave out.
						expect(node.data.label ?? '').toBe(xmlText(actor.name));
					}
					// NetworkX turns a GraphML edge id that looks like a number into one (`0_1` → 1):
					// the relation's id is also its `relation` attribute.
					const read = new Map(
						network.edges.map((edge) => [
							String(edge.data.relation ?? edge.data.id ?? edge.key),
							edge
						])
					);
					expect([...read.keys()].sort()).toEqual(graph.relations.map((r) => r.id).sort());
					for (const relation of graph.relations) {
						const edge = read.get(relation.id)!;
						const ends = [edge.source, edge.target];
						const given = [relation.source, relation.target];
						if (isDirected(relation, index.types.get(relation.type))) {
							expect(ends).toEqual(given);
						} else {
							expect(ends.sort()).toEqual(given.sort());
						}
						const { type, status, since, until, signed } = relation;
						const facts = { type, status, since, until, signed };
						expect(edge.data).toMatchObject(
							Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined))
						);
						expect(edge.data.summary ?? '').toBe(xmlText(relation.summary));
						for (const date of ['since', 'until', 'signed'] as const) {
							// igraph gives every edge every attribute, empty where a relation has none.
							if (relation[date] === undefined) expect([undefined, '']).toContain(edge.data[date]);
						}
					}
				}
			}
		}
	});
});
