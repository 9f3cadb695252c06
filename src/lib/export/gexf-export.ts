import { relationStyle } from '$lib/stage/relation-style';
import { actorRadius } from '$lib/stage/visual-constants';
import type { Point } from '$lib/layout/point';
import { actorCode, indexGraph } from '$lib/model/graph-index';
import { earliestDay, latestDay } from '$lib/model/partial-date';
import type { GraphFile } from '$lib/model/schema';
import { coordinateText } from './coordinate-text';
import { escapeXml } from './escape-xml';
import { RELATION_ATTRIBUTE_KINDS, relationAttributes } from './relation-attributes';

type Value = string | number | boolean | undefined;

/** The attributes declared for actors and relations, with their GEXF types. */
const ATTRIBUTES = {
	node: { fullName: 'string', kind: 'string', code: 'string', iso3166: 'string' },
	edge: RELATION_ATTRIBUTE_KINDS
} as const;

/**
 * The graph as GEXF 1.3, for Gephi and NetworkX: actors as nodes, relations
 * as edges (several per pair, each of its type's `kind` so that Gephi keeps
 * them apart), with types, statuses, dates, sources, and the grades and dates
 * of their evidence (see relationAttributes) as attributes; positions, sizes,
 * colours and thicknesses in `viz` as Ties draws them.
 *
 * A relation's since and until are also its edge's `start` and `end` (a
 * dynamic graph, dates as days: a partial date reaches from its first day to
 * its last), so that Gephi's timeline shows each relation while it held.
 * A graph with any directed relation is directed, its mutual relations of
 * GEXF's `mutual` type, which NetworkX reads as an edge each way; a graph of
 * mutual relations only is undirected.
 *
 * Written by hand: graphology's writer cannot write time intervals or
 * mutual edges, copies characters XML forbids, and adds a `schemaLocation`
 * that Gephi's schema refuses.
 */
export function exportGexf(
	graph: GraphFile,
	positions: ReadonlyMap<string, Point> = new Map()
): string {
	const index = indexGraph(graph);
	const facts = graph.relations.map((relation) => relationAttributes(relation, index));
	const anyDirected = facts.some((attributes) => attributes.directed);
	const description = [graph.title, graph.subtitle, `as of ${graph.asOf}`]
		.filter(Boolean)
		.join(' — ');
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
		'  <meta>',
		'    <creator>Ties</creator>',
		`    <description>${escapeXml(description)}</description>`,
		'  </meta>',
		`  <graph defaultedgetype="${anyDirected ? 'directed' : 'undirected'}" mode="dynamic" timeformat="date">`
	];
	for (const [scope, attributes] of Object.entries(ATTRIBUTES)) {
		lines.push(`    <attributes class="${scope}" mode="static">`);
		for (const [name, type] of Object.entries(attributes)) {
			lines.push(`      <attribute id="${name}" title="${name}" type="${type}"/>`);
		}
		lines.push('    </attributes>');
	}
	lines.push(`    <nodes count="${graph.actors.length}">`);
	for (const actor of graph.actors) {
		const place = positions.get(actor.id) ?? actor.position;
		lines.push(`      <node id="${escapeXml(actor.id)}" label="${escapeXml(actor.name)}">`);
		const values = {
			fullName: actor.fullName,
			kind: actor.kind,
			code: actorCode(actor),
			iso3166: actor.iso3166
		};
		lines.push(...attvalues('node', values));
		lines.push(`        <viz:size value="${actorRadius(actor.kind)}"/>`);
		if (place)
			lines.push(
				`        <viz:position x="${coordinateText(place.x)}" y="${coordinateText(place.y)}" z="0"/>`
			);
		lines.push('      </node>');
	}
	lines.push('    </nodes>', `    <edges count="${graph.relations.length}">`);
	for (const n of edgeOrder(graph, facts)) {
		const relation = graph.relations[n];
		const type = index.types.get(relation.type);
		const style = relationStyle(relation, type);
		const direction = facts[n].directed ? 'directed' : anyDirected ? 'mutual' : 'undirected';
		const interval = [
			relation.since ? ` start="${earliestDay(relation.since)}"` : '',
			relation.until ? ` end="${latestDay(relation.until)}"` : ''
		].join('');
		lines.push(
			`      <edge id="${escapeXml(relation.id)}" source="${escapeXml(relation.source)}" target="${escapeXml(relation.target)}" type="${direction}" kind="${escapeXml(relation.type)}" label="${escapeXml(relation.summary)}"${interval}>`
		);
		lines.push(...attvalues('edge', facts[n]));
		lines.push(
			`        ${vizColour(style.colour)}`,
			`        <viz:thickness value="${style.width}"/>`
		);
		lines.push('      </edge>');
	}
	lines.push('    </edges>', '  </graph>', '</gexf>');
	return `${lines.join('\n')}\n`;
}

function attvalues(scope: keyof typeof ATTRIBUTES, values: Record<string, Value>): string[] {
	const given = Object.keys(ATTRIBUTES[scope]).filter((name) => values[name] !== undefined);
	if (given.length === 0) return [];
	return [
		'        <attvalues>',
		...given.map(
			(name) => `          <attvalue for="${name}" value="${escapeXml(String(values[name]))}"/>`
		),
		'        </attvalues>'
	];
}

/** `#rrggbb` as GEXF's `viz:color`, with its alpha when the colour has one. */
function vizColour(hex: string): string {
	const [r, g, b, a] = [1, 3, 5, 7].map((at) => parseInt(hex.slice(at, at + 2), 16));
	const alpha = Number.isNaN(a) ? '' : ` a="${Math.round((a / 255) * 100) / 100}"`;
	return `<viz:color r="${r}" g="${g}" b="${b}"${alpha}/>`;
}

/**
 * The order the relations are written in, each once, as two readers need it.
 * NetworkX learns that a graph has parallel edges only when an edge joins
 * two actors in the direction of an edge before it, so mutual relations
 * (which it reads both ways) go before directed ones; graphology (Gephi
 * Lite's reader) takes the graph's type from the first edge and fails on a
 * mutual one, so one directed relation goes first, one that no mutual
 * relation joins the other way round. Otherwise in the graph's order.
 */
function edgeOrder(graph: GraphFile, facts: readonly { directed: boolean }[]): number[] {
	const all = graph.relations.map((_, n) => n);
	const mutual = all.filter((n) => !facts[n].directed);
	const directed = all.filter((n) => facts[n].directed);
	const reversedByMutual = (n: number) =>
		mutual.some(
			(m) =>
				graph.relations[m].source === graph.relations[n].target &&
				graph.relations[m].target === graph.relations[n].source
		);
	const first = directed.find((n) => !reversedByMutual(n));
	if (first === undefined) return [...mutual, ...directed];
	return [first, ...mutual, ...directed.filter((n) => n !== first)];
}
