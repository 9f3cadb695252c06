import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { HOSTILE, hostileGraph } from '../../../tests/fixtures/hostile-graph';
import { parseXml } from '../../../tests/fixtures/xml-document';
import { exportGraphml } from './graphml-export';

describe('exportGraphml', () => {
	const example = exampleGraph();
	const positions = graphLayout(example);
	const graphml = exportGraphml(example, positions);

	it('is well-formed GraphML', () => {
		const root = parseXml(graphml).documentElement!;
		expect(root.localName).toBe('graphml');
		expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
	});

	it('reads back with every actor and relation, directed or not', () => {
		const network = parse(Graph, graphml);
		expect(network.order).toBe(example.actors.length);
		expect(network.size).toBe(example.relations.length);
		expect(network.isDirected('chn-prk-aid')).toBe(true);
		expect(network.getEdgeAttribute('chn-prk-trade', 'directed')).toBe(false);
		expect(network.extremities('un-prk-sanctions')).toEqual(['un', 'prk']);
	});

	it('keeps types, statuses and dates as typed attributes, and the layout as positions', () => {
		const network = parse(Graph, graphml);
		expect(network.getEdgeAttributes('un-prk-sanctions')).toMatchObject({
			type: 'sanctions',
			typeLabel: 'Sanctions',
			status: 'confirmed',
			directed: true,
			since: '2006-10-14',
			evidence: 7
		});
		expect(network.getEdgeAttributes('rus-prk-treaty-2024')).toMatchObject({
			signed: '2024-06-19',
			since: '2024-12-04'
		});
		expect(network.getEdgeAttribute('prk-rus-arms', 'status')).toBe('alleged');
		expect(network.getNodeAttributes('un')).toMatchObject({
			label: 'UN Security Council',
			kind: 'organization',
			x: positions.get('un')!.x,
			y: positions.get('un')!.y
		});
		expect(network.getAttribute('asOf')).toBe('2024-10-06');
	});

	it('keeps the grades and dates of the evidence, and whether its quotes were checked', () => {
		const network = parse(Graph, graphml);
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
		const hostile = exportGraphml(hostileGraph);
		parseXml(hostile);
		const network = parse(Graph, hostile);
		expect(network.getNodeAttribute('evil', 'label')).toBe(HOSTILE);
		expect(network.getEdgeAttribute('evil-good', 'summary')).toBe(`${HOSTILE} onclick="alert(3)"`);
	});
});
