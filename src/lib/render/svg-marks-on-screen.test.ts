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

/**
 * The file's actor with its name's halo folded back into the name, as the
 * screen draws it (one text, `paint-order="stroke"`): the file draws the halo
 * as its own text under the name, in the same place with the same lines.
 */
function haloOnName(actor: Tree): Tree {
	const at = actor.children.findIndex((child) => attribute(child, 'class') === 'name-halo');
	const [halo, name] = actor.children.slice(at, at + 2);
	expect(attribute(name, 'class')).toBe('name');
	expect(halo.children).toEqual(name.children);
	const place = ['x', 'y', 'font-size', 'font-weight', 'text-anchor'];
	for (const key of place) expect(attribute(halo, key), key).toBe(attribute(name, key));
	expect(attribute(halo, 'aria-hidden')).toBe('true');
	expect(attribute(halo, 'fill')).toBe(attribute(halo, 'stroke'));
	const folded: Tree = {
		...name,
		attributes: [
			...name.attributes,
			...halo.attributes.filter(([key]) =>
				['stroke', 'stroke-width', 'stroke-linejoin'].includes(key)
			),
			['paint-order', 'stroke'] as [string, string]
		].sort(([a], [b]) => a.localeCompare(b))
	};
	return { ...actor, children: actor.children.toSpliced(at, 2, folded) };
}

function attribute(tree: Tree, name: string): string | undefined {
	return tree.attributes.find(([key]) => key === name)?.[1];
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
				const file = inFile(serialize(actorNode(actorDrawing(actor, LIGHT_PALETTE)))).map(
					haloOnName
				);
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
