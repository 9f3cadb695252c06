import Graph, { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { HOSTILE, hostileGraph } from '../../../tests/fixtures/hostile-graph';
import { parseXml } from '../../../tests/fixtures/xml-document';
import { exportGexf } from './gexf-export';

/**
 * As graphology reads it into a mixed multigraph: it takes GEXF's mutual
 * edges (a relation both ways) for undirected ones, as Ties draws them.
 */
const parse = (_: unknown, gexf: string) =>
	parseGexf(MultiGraph, gexf, { respectInputGraphType: true });

describe('exportGexf', () => {
	const example = exampleGraph();
	const positions = graphLayout(example);
	const gexf = exportGexf(example, positions);

	it('is well-formed GEXF 1.3', () => {
		const root = parseXml(gexf).documentElement!;
		expect(root.localName).toBe('gexf');
		expect(root.getAttribute('version')).toBe('1.3');
	});

	it('reads back with every actor and relation, directed or not', () => {
		const network = parse(MultiGraph, gexf);
		expect(network.order).toBe(example.actors.length);
		expect(network.size).toBe(example.relations.length);
		expect(network.isDirected('chn-prk-aid')).toBe(true);
		expect(network.isUndirected('chn-prk-trade')).toBe(true);
		expect(network.extremities('un-prk-sanctions')).toEqual(['un', 'prk']);
	});

	it('keeps types, statuses and dates as attributes, and the layout as positions', () => {
		const network = parse(MultiGraph, gexf);
		expect(network.getEdgeAttributes('prk-rus-arms')).toMatchObject({
			label: example.relations.find((r) => r.id === 'prk-rus-arms')!.summary,
			type: 'arms-transfer',
			typeLabel: 'Arms transfers',
			status: 'alleged',
			evidence: 3,
			color: 'rgb(51,34,136)'
		});
		expect(network.getEdgeAttributes('rus-prk-treaty-2024')).toMatchObject({
			signed: '2024-06-19',
			since: '2024-12-04'
		});
		expect(network.getEdgeAttribute('chn-prk-trade', 'signed')).toBeUndefined();
		expect(network.getNodeAttributes('prk')).toMatchObject({
			label: 'North Korea',
			kind: 'state',
			code: 'PRK',
			x: positions.get('prk')!.x,
			y: positions.get('prk')!.y
		});
		expect(network.getAttribute('description')).toBe(
			`${example.title} — ${example.subtitle} — as of 2024-10-06`
		);
	});

	it('keeps the grades and dates of the evidence, and whether its quotes were checked', () => {
		const network = parse(MultiGraph, gexf);
		expect(network.getEdgeAttributes('chn-prk-aid')).toMatchObject({
			sources: 'ksat-2024-10-06',
			published: '2024-10-06',
			reliability: 'C',
			credibility: '2 3 3 2',
			locators: 'paragraph 2 | paragraph 2 | paragraph 2 | paragraph 3',
			quotesChecked: 'yes'
		});
		expect(network.getEdgeAttributes('un-prk-sanctions')).toMatchObject({
			reliability: 'A A A A A B A',
			credibility: '1 1 1 1 1 1 1'
		});
		expect(network.getEdgeAttribute('un-prk-sanctions', 'quotesChecked')).toBeUndefined();
	});

	it('escapes hostile text and reads it back as it was', () => {
		const hostile = exportGexf(hostileGraph);
		parseXml(hostile);
		const network = parse(MultiGraph, hostile);
		expect(network.getNodeAttribute('evil', 'label')).toBe(HOSTILE);
		expect(network.getEdgeAttribute('evil-good', 'typeLabel')).toBe('<b>odd</b> & "type"');
	});

	it('opens in graphology as Gephi Lite reads it, mutual relations as undirected edges', () => {
		// Whatever the order of the relations: graphology fails on a file whose first edge is mutual.
		const reversed = { ...example, relations: [...example.relations].reverse() };
		const network = parseGexf(Graph, exportGexf(reversed));
		expect(network.size).toBe(example.relations.length);
		expect(network.isDirected('chn-prk-aid')).toBe(true);
		expect(network.isUndirected('chn-prk-trade')).toBe(true);
	});

	it('is the same text every time', () => {
		expect(exportGexf(exampleGraph(), graphLayout(exampleGraph()))).toBe(gexf);
	});
});
