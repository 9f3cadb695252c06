import type { Point } from '$lib/layout/point';
import { actorCode, indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { coordinateText } from './coordinate-text';
import { escapeXml } from './escape-xml';
import { RELATION_ATTRIBUTE_KINDS, relationAttributes } from './relation-attributes';

type Value = string | number | boolean | undefined;
type Kind = 'string' | 'double' | 'int' | 'boolean';

/** The attributes declared for each kind of element, with their GraphML types. */
const KEYS: Record<'graph' | 'node' | 'edge', Record<string, Kind>> = {
	graph: { title: 'string', subtitle: 'string', asOf: 'string' },
	node: {
		label: 'string',
		fullName: 'string',
		kind: 'string',
		code: 'string',
		iso3166: 'string',
		x: 'double',
		y: 'double'
	},
	edge: {
		relation: 'string',
		...Object.fromEntries(
			Object.entries(RELATION_ATTRIBUTE_KINDS).map(([name, kind]) => [
				name,
				kind === 'integer' ? 'int' : kind
			])
		)
	}
};

/**
 * The graph as GraphML 1.1, for yEd, Cytoscape, NetworkX and igraph: actors
 * as nodes, relations as edges (several per pair), with types, statuses,
 * dates, sources, and the grades and dates of their evidence (see
 * relationAttributes) as typed attributes. Written by hand: graphology's
 * GraphML package reads the format but does not write it.
 *
 * Each relation is one edge, written from its source to its target. A graph
 * with any directed relation is a directed graph (`edgedefault="directed"`),
 * so that NetworkX reads it as a MultiDiGraph and igraph keeps every
 * relation's ends in order; its mutual relations carry `directed` false.
 * GraphML has no edge that goes both ways in a directed graph, and NetworkX
 * refuses an edge marked `directed="false"` there. A graph of mutual
 * relations only stays undirected (a MultiGraph in NetworkX). The relation's
 * id is also its edge's `relation`: NetworkX makes numbers of edge ids that
 * look like them (`0_1` becomes 1).
 */
export function exportGraphml(
	graph: GraphFile,
	positions: ReadonlyMap<string, Point> = new Map()
): string {
	const index = indexGraph(graph);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">'
	];
	const facts = graph.relations.map((relation) => relationAttributes(relation, index));
	const anyDirected = facts.some((attributes) => attributes.directed);
	for (const [scope, keys] of Object.entries(KEYS)) {
		for (const [name, kind] of Object.entries(keys)) {
			lines.push(
				`  <key id="${scope}-${name}" for="${scope}" attr.name="${name}" attr.type="${kind}"/>`
			);
		}
	}
	lines.push(`  <graph id="ties" edgedefault="${anyDirected ? 'directed' : 'undirected'}">`);
	lines.push(
		...data('graph', { title: graph.title, subtitle: graph.subtitle, asOf: graph.asOf }, '    ')
	);
	for (const actor of graph.actors) {
		const place = positions.get(actor.id) ?? actor.position;
		lines.push(`    <node id="${escapeXml(actor.id)}">`);
		lines.push(
			...data(
				'node',
				{
					label: actor.name,
					fullName: actor.fullName,
					kind: actor.kind,
					code: actorCode(actor),
					iso3166: actor.iso3166,
					x: place && coordinateText(place.x),
					y: place && coordinateText(place.y)
				},
				'      '
			)
		);
		lines.push('    </node>');
	}
	graph.relations.forEach((relation, n) => {
		const attributes = facts[n];
		lines.push(
			`    <edge id="${escapeXml(relation.id)}" source="${escapeXml(relation.source)}" target="${escapeXml(relation.target)}">`
		);
		lines.push(...data('edge', { relation: relation.id, ...attributes }, '      '));
		lines.push('    </edge>');
	});
	lines.push('  </graph>', '</graphml>');
	return `${lines.join('\n')}\n`;
}

function data(scope: keyof typeof KEYS, values: Record<string, Value>, indent: string): string[] {
	return Object.keys(KEYS[scope]).flatMap((name) => {
		const value = values[name];
		if (value === undefined) return [];
		return [`${indent}<data key="${scope}-${name}">${escapeXml(String(value))}</data>`];
	});
}
