import { DOMParser, type Element } from '@xmldom/xmldom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ActorMark from '$lib/components/ActorMark.svelte';
import RelationMark from '$lib/components/RelationMark.svelte';
import LineMarks from '$lib/components/LineMarks.svelte';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import type { Focus } from '$lib/stage/emphasis';
import { relationStyle } from '$lib/stage/relation-style';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { visualGraph, withNamesAt } from '$lib/stage/visual-graph';
import { serialize } from '$lib/export/svg-element';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { graphLayout } from '$lib/layout/graph-layout';
import { actorNode, relationNode, sampleNode } from './svg-mark-nodes';
import { actorDrawing, relationDrawing, sampleDrawing } from './svg-marks';
import { parseXml } from '../../../tests/fixtures/xml-document';

/** An element as a plain tree: tag, attributes (sorted), words, children. Svelte's own classes left out. */
type Tree = { tag: string; attributes: [string, string][]; text: string; children: Tree[] };

function treeOf(element: Element): Tree {
	const children: Tree[] = [];
	let text = '';
	for (let child = element.firstChild; child; child = child.nextSibling) {
		if (child.nodeType === child.ELEMENT_NODE) children.push(treeOf(child as Element));
		else if (child.nodeType === child.TEXT_NODE) text += child.nodeValue;
	}
	const attributes = [...element.attributes]
		.map((a): [string, string] => [
			a.name,
			a.name === 'class' ? a.value.replace(/\s*svelte-\w+/g, '').trim() : a.value
		])
		.filter(([name, value]) => !(name === 'class' && value === ''))
		.sort(([a], [b]) => a.localeCompare(b));
	return { tag: element.localName!, attributes, text: text.trim(), children };
}

/** What a Svelte mark draws, rendered as the server would, inside an <svg>. */
function onScreen(markup: string): Tree[] {
	const html = markup.replace(/<!--[^]*?-->/g, '');
	const document = new DOMParser().parseFromString(`<svg>${html}</svg>`, 'text/html');
	const svg = document.getElementsByTagName('svg')[0];
	const trees: Tree[] = [];
	for (let child = svg.firstChild; child; child = child.nextSibling) {
		if (child.nodeType === child.ELEMENT_NODE) trees.push(treeOf(child as Element));
	}
	return trees;
}

/** What the export writes for the same drawing. */
function inFile(markup: string): Tree[] {
	const root = parseXml(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`).documentElement!;
	const trees: Tree[] = [];
	for (let child = root.firstChild; child; child = child.nextSibling) {
		if (child.nodeType === child.ELEMENT_NODE) trees.push(treeOf(child as Element));
	}
	return trees;
}

const graph = exampleGraph();
const positions = graphLayout(graph);
const views: [string, Focus | undefined][] = [
	['nothing selected', undefined],
	[
		'a relation selected',
		{ kind: 'selection', selection: { kind: 'relation', id: 'prk-rus-arms' } }
	],
	['an actor selected', { kind: 'selection', selection: { kind: 'actor', id: 'un' } }]
];

describe('the marks on a slide and in the export are the same SVG', () => {
	it.each(views)('every relation, %s', (_, focus) => {
		for (const relation of visualGraph({ graph, positions, focus }).relations) {
			const screen = onScreen(
				render(RelationMark, { props: { relation, palette: LIGHT_PALETTE } }).body
			);
			const file = inFile(serialize(relationNode(relationDrawing(relation))));
			expect(screen, relation.id).toEqual(file);
		}
	});

	it.each(views)('every actor, %s, and with its name enlarged', (_, focus) => {
		const { actors } = visualGraph({ graph, positions, focus });
		for (const nameScale of [1, 1.6]) {
			for (const actor of withNamesAt(actors, nameScale)) {
				const screen = onScreen(
					render(ActorMark, { props: { actor, palette: LIGHT_PALETTE } }).body
				);
				const file = inFile(serialize(actorNode(actorDrawing(actor, LIGHT_PALETTE))));
				expect(screen, actor.id).toEqual(file);
			}
		}
	});

	it('every legend sample', () => {
		for (const type of BUILTIN_RELATION_TYPES) {
			for (const status of ['confirmed', 'alleged'] as const) {
				const drawing = sampleDrawing(
					relationStyle({ status }, type),
					{ x: 2, y: 7 },
					{ x: 34, y: 7 }
				);
				const screen = onScreen(render(LineMarks, { props: { drawing } }).body);
				const file = inFile(serialize(sampleNode(drawing)))[0].children;
				expect(screen, `${type.id} ${status}`).toEqual(file);
			}
		}
	});
});
