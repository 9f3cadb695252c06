import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { graphLayout } from '$lib/layout/graph-layout';
import type { GraphFile } from '$lib/model/schema';
import type { Focus } from '$lib/stage/emphasis';
import { textWidth } from '$lib/stage/text-width';
import { exampleGraph, wholeView } from '../../../tests/fixtures/example-graph';
import { EXAMPLE_TYPE_LABELS } from '../../../tests/fixtures/example-legend';
import { citing, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import type { ExportView } from './export-view';
import { slidePicture, SLIDE_SIZES, type SlideAspect } from './slide-picture';

const example = exampleGraph();
const selectedRussia: Focus = { kind: 'selection', selection: { kind: 'actor', id: 'rus' } };

/** A slide's elements, and the words of those of one class. */
function read(svg: string) {
	const elements = allElements(parseXml(svg));
	const byClass = (name: string) => elements.filter((e) => e.getAttribute('class') === name);
	/** The texts right inside the groups of a class: a legend's labels, not its samples' signs. */
	const texts = (name: string) =>
		byClass(name).flatMap((group) =>
			[...group.childNodes].filter(
				(child): child is XmlElement => (child as XmlElement).localName === 'text'
			)
		);
	const words = (name: string) => texts(name).map((t) => t.textContent);
	return { root: elements[0], elements, byClass, texts, words };
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Where each actor's circle and name stand on the slide, in its pixels. */
function actorBoxes(svg: string): { id: string; circle: Box; name: Box }[] {
	const { byClass } = read(svg);
	const graph = byClass('graph')[0];
	const [tx, ty, scale] = (graph.getAttribute('transform')!.match(/-?[\d.]+/g) ?? []).map(Number);
	return byClass('actor').map((actor) => {
		const [ax, ay] = actor
			.getAttribute('transform')!
			.match(/-?[\d.]+/g)!
			.map(Number);
		const at = { x: tx + ax * scale, y: ty + ay * scale };
		const r = Number(
			[...actor.getElementsByTagName('circle')]
				.find((c) => c.getAttribute('class') === 'body')!
				.getAttribute('r')
		);
		const name = [...actor.getElementsByTagName('text')].find(
			(t) => t.getAttribute('class') === 'name'
		)!;
		const size = Number(name.getAttribute('font-size'));
		const lines = [...name.getElementsByTagName('tspan')].map((t) => t.textContent ?? '');
		const wide = Math.max(...lines.map((line) => textWidth(line, size, 'bold')));
		const anchor = name.getAttribute('text-anchor');
		const x = Number(name.getAttribute('x') ?? 0);
		const y = Number(name.getAttribute('y'));
		const left = anchor === 'middle' ? x - wide / 2 : anchor === 'end' ? x - wide : x;
		const box = {
			left: at.x + left * scale,
			right: at.x + (left + wide) * scale,
			top: at.y + (y - size) * scale,
			bottom: at.y + (y + (lines.length - 1) * size * 1.2 + size * 0.25) * scale
		};
		return {
			id: actor.getAttribute('data-actor')!,
			circle: {
				left: at.x - r * scale,
				right: at.x + r * scale,
				top: at.y - r * scale,
				bottom: at.y + r * scale
			},
			name: box
		};
	});
}

/** The lowest point of the header's words and the highest of the legend's, note's and marking's. */
function roomBetween(svg: string): { top: number; bottom: number } {
	const { byClass, texts } = read(svg);
	const baseline = (t: XmlElement) => Number(t.getAttribute('y'));
	const size = (t: XmlElement) => Number(t.getAttribute('font-size'));
	const header = texts('header');
	const below = [...texts('legend'), ...byClass('source-note')];
	return {
		top: Math.max(...header.map((t) => baseline(t) + size(t) * 0.25)),
		bottom: Math.min(...below.map((t) => baseline(t) - size(t)))
	};
}

describe('slidePicture of the example', () => {
	const view = wholeView(example);

	it.each(['16:9', '4:3'] as SlideAspect[])('is %s at its design size', (aspect) => {
		const { root } = read(slidePicture(view, { aspect, highlight: false }));
		const { width, height } = SLIDE_SIZES[aspect];
		expect([width, height]).toEqual(aspect === '16:9' ? [1920, 1080] : [1440, 1080]);
		expect(root.getAttribute('width')).toBe(String(width));
		expect(root.getAttribute('height')).toBe(String(height));
		expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
	});

	it('gives the same bytes every time, even from a layout computed anew', () => {
		const svg = slidePicture(view, { aspect: '16:9', highlight: false });
		expect(slidePicture(wholeView(exampleGraph()), { aspect: '16:9', highlight: false })).toBe(svg);
	});

	it('carries the title, the as-of date and the subtitle, large enough for a room', () => {
		const { byClass } = read(slidePicture(view, { aspect: '16:9', highlight: false }));
		const header = [...byClass('header')[0].getElementsByTagName('text')];
		expect(header.map((t) => t.textContent)).toEqual([
			example.title,
			`As of 6 Oct 2024 · ${example.subtitle}`
		]);
		for (const text of header)
			expect(Number(text.getAttribute('font-size'))).toBeGreaterThanOrEqual(28);
	});

	it.each(['16:9', '4:3'] as SlideAspect[])(
		'%s: draws every actor inside the slide, clear of the title, the legend and the note',
		(aspect) => {
			const svg = slidePicture(view, { aspect, highlight: false });
			const { width } = SLIDE_SIZES[aspect];
			const room = roomBetween(svg);
			const boxes = actorBoxes(svg);
			expect(boxes.map((box) => box.id).sort()).toEqual(example.actors.map((a) => a.id).sort());
			for (const { id, circle, name } of boxes) {
				for (const box of [circle, name]) {
					expect(box.left, id).toBeGreaterThanOrEqual(0);
					expect(box.right, id).toBeLessThanOrEqual(width);
					expect(box.top, id).toBeGreaterThan(room.top);
					expect(box.bottom, id).toBeLessThan(room.bottom);
				}
			}
		}
	);

	it('fills the room it has: the graph takes most of the height between header and legend', () => {
		const svg = slidePicture(view, { aspect: '16:9', highlight: false });
		const room = roomBetween(svg);
		const boxes = actorBoxes(svg);
		const top = Math.min(...boxes.map((b) => Math.min(b.circle.top, b.name.top)));
		const bottom = Math.max(...boxes.map((b) => Math.max(b.circle.bottom, b.name.bottom)));
		expect(bottom - top).toBeGreaterThan(0.7 * (room.bottom - room.top));
	});

	it('writes the names at least 22 px high on the slide', () => {
		const svg = slidePicture(view, { aspect: '4:3', highlight: false });
		const { byClass } = read(svg);
		const scale = Number(
			byClass('graph')[0]
				.getAttribute('transform')!
				.match(/scale\(([\d.]+)\)/)![1]
		);
		for (const name of byClass('name')) {
			expect(Number(name.getAttribute('font-size')) * scale).toBeGreaterThanOrEqual(21.9);
		}
	});

	it('has a compact legend of every type drawn and the statuses, in at most two rows', () => {
		for (const aspect of ['16:9', '4:3'] as SlideAspect[]) {
			const { texts, words } = read(slidePicture(view, { aspect, highlight: false }));
			const legend = words('legend');
			expect(legend).toEqual([
				...EXAMPLE_TYPE_LABELS,
				'Confirmed',
				'Reported',
				'Alleged',
				'Signed, not yet in force'
			]);
			const rows = new Set(texts('legend').map((t) => t.getAttribute('y')));
			expect(rows.size, aspect).toBeLessThanOrEqual(2);
		}
	});

	it('leaves out of the legend the types and statuses the slide does not draw', () => {
		const svg = slidePicture(
			{
				...view,
				filter: {
					hiddenTypes: new Set(['trade', 'aid']),
					hiddenStatuses: new Set(['alleged', 'reported'])
				}
			},
			{ aspect: '16:9', highlight: false }
		);
		const legend = read(svg).words('legend');
		expect(legend).not.toContain('Trade');
		expect(legend).not.toContain('Aid');
		expect(legend).not.toContain('Arms transfers');
		expect(legend).not.toContain('Alleged');
		expect(legend).not.toContain('Reported');
		// One status left: no status row for it, but the pact not yet in force is explained.
		expect(legend).not.toContain('Confirmed');
		expect(legend).toContain('Signed, not yet in force');
		expect(legend).toContain('Sanctions');
	});

	it('names its sources in one line, by the numbers the page gives them', () => {
		const { byClass } = read(slidePicture(view, { aspect: '16:9', highlight: false }));
		expect(byClass('source-note').map((t) => t.textContent)).toEqual([
			`Sources 1–${example.sources.length}, see handout`
		]);
		expect(byClass('sources')).toEqual([]);
	});

	it('drops the selection’s highlight unless asked to keep it', () => {
		const selected = { ...view, focus: selectedRussia };
		const plain = read(slidePicture(selected, { aspect: '16:9', highlight: false }));
		const faded = (r: ReturnType<typeof read>) =>
			r.elements.filter(
				(e) => e.localName === 'g' && e.hasAttribute('data-emphasis') && e.hasAttribute('opacity')
			);
		expect(faded(plain)).toEqual([]);
		expect(plain.byClass('ring')).toEqual([]);
		expect(plain.root.toString()).not.toContain('data-emphasis="selected"');

		const kept = read(slidePicture(selected, { aspect: '16:9', highlight: true }));
		expect(faded(kept).length).toBeGreaterThan(0);
		expect(kept.byClass('ring')).toHaveLength(1);
		const china = kept.elements.find((e) => e.getAttribute('data-actor') === 'chn')!;
		expect(china.getAttribute('opacity')).toBe('0.35');
	});

	it('with the highlight, names only the sources of what is in focus', () => {
		const svg = slidePicture(
			{ ...view, focus: selectedRussia },
			{ aspect: '16:9', highlight: true }
		);
		const note = read(svg).byClass('source-note')[0].textContent!;
		expect(note).toMatch(/^Sources .*, see handout$/);
		expect(note).not.toBe(`Sources 1–${example.sources.length}, see handout`);
	});
});

describe('slidePicture’s source note', () => {
	// a, b and c for the trade; d for the aid; e for the pact: numbered 1–3, 4 and 5.
	const graph = graphOf({
		title: 'Cited',
		asOf: '2024-10-06',
		relations: [
			relationOf('trade', { evidence: citing('a', 'b', 'c') }),
			relationOf('aid', { type: 'aid', source: 'rus', target: 'un', evidence: citing('d') }),
			relationOf('pact', {
				type: 'defense-pact',
				source: 'rus',
				target: 'prk',
				evidence: citing('e')
			})
		]
	});
	const view: ExportView = { graph, positions: graphLayout(graph), asOf: graph.asOf };

	it('writes runs as ranges: the sources of what the highlight keeps in focus', () => {
		const svg = slidePicture(
			{ ...view, focus: { kind: 'selection', selection: { kind: 'actor', id: 'prk' } } },
			{ aspect: '16:9', highlight: true }
		);
		expect(read(svg).byClass('source-note')[0].textContent).toBe('Sources 1–3, 5, see handout');
	});

	it('cites by the handout’s numbers where the slide belongs to a deck', () => {
		const a = graph.sources[0];
		const svg = slidePicture(view, {
			aspect: '4:3',
			highlight: false,
			sources: {
				sources: [a, a, a, a, a, a, a, a, a],
				byRelation: new Map([
					['trade', [7, 8, 9]],
					['aid', [2]],
					['pact', []]
				])
			}
		});
		expect(read(svg).byClass('source-note')[0].textContent).toBe('Sources 2, 7–9, see handout');
	});
});

describe('slidePicture of a graph with a marking', () => {
	const marking = 'OFFICIAL-SENSITIVE';
	const graph: GraphFile = { ...example, marking };
	const svg = slidePicture(wholeView(graph), { aspect: '16:9', highlight: false });

	it('carries the marking at the top and at the bottom, outside everything else', () => {
		const { byClass } = read(svg);
		const markings = byClass('marking');
		expect(markings.map((m) => m.textContent)).toEqual([marking, marking]);
		const [top, bottom] = markings.map((m) => Number(m.getAttribute('y')));
		const title = Number(byClass('header')[0].getElementsByTagName('text')[0].getAttribute('y'));
		const note = Number(byClass('source-note')[0].getAttribute('y'));
		expect(top).toBeLessThan(title - 50);
		expect(bottom).toBeGreaterThan(note + 20);
		expect(bottom).toBeLessThan(1080);
	});

	it('keeps every actor clear of both markings', () => {
		const room = roomBetween(svg);
		for (const { circle, name } of actorBoxes(svg)) {
			expect(circle.bottom).toBeLessThan(room.bottom);
			expect(name.bottom).toBeLessThan(room.bottom);
		}
	});

	it('has no marking where the graph has none', () => {
		expect(slidePicture(wholeView(example), { aspect: '16:9', highlight: false })).not.toContain(
			'class="marking"'
		);
	});
});
