import { DOMParser, type Element } from '@xmldom/xmldom';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GraphView from '$lib/components/GraphView.svelte';
import { exportSvg } from '$lib/export/svg-export';
import { drawGraph } from '$lib/render/canvas-renderer';
import { detailAt } from '$lib/render/level-of-detail';
import { Explorer } from '$lib/state/explorer.svelte';
import { canvasView, placedLook } from '../../../tests/fixtures/canvas-frame';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { RecordingContext } from '../../../tests/fixtures/recording-context';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';

/** A mark as a drawing shows it: where (graph units), and how strongly. */
interface Drawn {
	id: string;
	points: number[];
	opacity: number;
}

/** One view of the example: an actor selected, alleged relations hidden. */
function explorerView() {
	const explorer = new Explorer(exampleGraph());
	explorer.filters.toggleStatus('alleged');
	explorer.selection.select({ kind: 'actor', id: 'rus' });
	return explorer;
}

const numbers = (text: string | null) => [...(text ?? '').matchAll(/-?[\d.]+/g)].map(Number);

/** The relations and actors of an SVG drawing (the explorer's or the export's): their data attributes, their paths and places. */
function fromSvg(elements: Element[]): { relations: Drawn[]; actors: Drawn[] } {
	const opacity = (element: Element) => Number(element.getAttribute('opacity') ?? 1);
	const relations = elements
		.filter((e) => e.localName === 'g' && e.hasAttribute('data-relation'))
		.map((g) => {
			const line = [...g.getElementsByTagName('path')].find(
				(e) => e.getAttribute('class') === 'line'
			)!;
			const doubt = line.parentNode as Element;
			return {
				id: g.getAttribute('data-relation')!,
				points: numbers(line.getAttribute('d')),
				opacity: opacity(g) * opacity(doubt)
			};
		});
	const actors = elements
		.filter((e) => e.localName === 'g' && e.hasAttribute('data-actor'))
		.map((g) => ({
			id: g.getAttribute('data-actor')!,
			points: numbers(g.getAttribute('transform')),
			opacity: opacity(g)
		}));
	return { relations, actors };
}

/** The same, as a canvas painted them: each relation's stroke, each actor's circle. */
function fromCanvas(explorer: Explorer): { relations: Drawn[]; actors: Drawn[] } {
	const ids = [...explorer.placement.layout.ids];
	const { look } = explorer;
	const xy = ids.flatMap((id) => {
		const place = explorer.placement.positions.get(id)!;
		return [place.x, place.y];
	});
	const context = new RecordingContext();
	drawGraph(
		context.asContext(),
		placedLook(look, ids, xy),
		canvasView(
			{ x: 2000, y: 2000, k: 1 },
			{
				width: 4000,
				height: 4000,
				detail: detailAt(1, 24, look.relations.length),
				nameWidth: () => 0
			}
		)
	);
	const strokes = context.painted.flatMap((p) => (p.op === 'stroke' ? [p] : []));
	const fills = context.painted.flatMap((p) => (p.op === 'fill' ? [p] : []));
	const relations = look.relations.map((relation) => {
		// The stroke in the relation's colour whose path starts where its line starts.
		const { x, y } = explorer.placement.positions.get(relation.source)!;
		const stroke = strokes.find(
			(p) =>
				p.colour === relation.style.colour &&
				p.path.some(
					(s, i) =>
						s.op === 'moveTo' &&
						Math.hypot(s.x - x, s.y - y) <= relation.line.sourceRadius + 4 &&
						p.path[i + 1]?.op !== 'moveTo'
				)
		);
		if (!stroke)
			throw new Error(`the canvas drew no ${relation.style.colour} line for ${relation.id}`);
		const at = stroke.path.findIndex(
			(s) => s.op === 'moveTo' && Math.hypot(s.x - x, s.y - y) <= relation.line.sourceRadius + 4
		);
		const [move, to] = [stroke.path[at], stroke.path[at + 1]];
		const points =
			to.op === 'quadraticCurveTo'
				? [(move as { x: number }).x, (move as { y: number }).y, to.cx, to.cy, to.x, to.y]
				: [
						(move as { x: number }).x,
						(move as { y: number }).y,
						(to as { x: number }).x,
						(to as { y: number }).y
					];
		return { id: relation.id, points, opacity: stroke.alpha };
	});
	const actors = look.actors.map((actor) => {
		const { x, y } = explorer.placement.positions.get(actor.id)!;
		const circle = fills.find((p) =>
			p.path.some((s) => s.op === 'arc' && s.x === x && s.y === y && s.radius === actor.radius)
		)!;
		return { id: actor.id, points: [x, y], opacity: circle.alpha };
	});
	return { relations, actors };
}

function expectAgree(one: { relations: Drawn[]; actors: Drawn[] }, other: typeof one) {
	for (const kind of ['relations', 'actors'] as const) {
		expect(other[kind].map((d) => d.id).sort()).toEqual(one[kind].map((d) => d.id).sort());
		for (const drawn of one[kind]) {
			const twin = other[kind].find((d) => d.id === drawn.id)!;
			expect(twin.points.length, drawn.id).toBe(drawn.points.length);
			twin.points.forEach((value, i) =>
				expect(Math.abs(value - drawn.points[i]), drawn.id).toBeLessThan(1)
			);
			expect(twin.opacity, drawn.id).toBeCloseTo(drawn.opacity, 5);
		}
	}
}

/** Each actor's name as an SVG drawing writes it: where, anchored how, in which lines. */
function namesOf(elements: Element[]): Map<string, string> {
	return new Map(
		elements
			.filter((e) => e.localName === 'g' && e.hasAttribute('data-actor'))
			.map((g) => {
				const name = [...g.getElementsByTagName('text')].find((e) =>
					e.getAttribute('class')?.split(/\s+/).includes('name')
				)!;
				const lines = [...name.getElementsByTagName('tspan')].map((t) => t.textContent);
				const at = ['x', 'y', 'text-anchor', 'font-size'].map((a) => name.getAttribute(a));
				return [g.getAttribute('data-actor')!, JSON.stringify([at, lines])];
			})
	);
}

describe('the explorer’s SVG, the canvas and the export draw the same view', () => {
	const explorer = explorerView();
	const html = render(GraphView, { props: { explorer } }).body;
	const screenElements = allElements(new DOMParser().parseFromString(html, 'text/html') as never);
	const exportElements = allElements(
		parseXml(exportSvg({ ...explorer.stageInput, asOf: exampleGraph().asOf }))
	);
	const screen = fromSvg(screenElements);
	const exported = fromSvg(exportElements);
	const canvas = fromCanvas(explorer);

	it('draws the relations the filter leaves and every actor, faded as the selection says', () => {
		expect(screen.relations.length).toBe(exampleGraph().relations.length - 1);
		expect(screen.actors.length).toBe(4);
		const faded = screen.relations.filter((r) => r.opacity < 0.5).map((r) => r.id);
		expect(faded.length).toBeGreaterThan(0);
		expect(screen.relations.some((r) => r.opacity === 1)).toBe(true);
	});

	it('the export: the same marks in the same places, the same faded', () => {
		expectAgree(screen, exported);
	});

	it('the export: every name where the screen writes it, in the same lines', () => {
		const names = namesOf(screenElements);
		expect(names.size).toBe(4);
		expect(namesOf(exportElements)).toEqual(names);
	});

	it('the canvas: the same marks in the same places, within a pixel, the same faded', () => {
		expectAgree(screen, canvas);
	});
});
