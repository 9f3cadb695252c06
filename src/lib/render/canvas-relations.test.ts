import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import type { Focus } from '$lib/stage/emphasis';
import { LIGHT_PALETTE, OPACITY, RELATION_SIZES } from '$lib/stage/visual-constants';
import { baseLook, withFocus } from '$lib/stage/visual-graph';
import { canvasView, placedLook } from '../../../tests/fixtures/canvas-frame';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { RecordingContext } from '../../../tests/fixtures/recording-context';
import { haloRelation, lineOnScreen, strokeRelations } from './canvas-relations';
import { THINNEST } from './canvas-renderer';
import { detailAt, movingDetail } from './level-of-detail';

const relation = (id: string, overrides: Partial<Relation>) =>
	relationOf(id, { source: 'a', target: 'b', ...overrides });
const graph = graphOf({
	actors: ['a', 'b', 'c'].map((id) => actorOf(id)),
	relations: [
		relation('alleged-trade', { status: 'alleged' }),
		relation('alleged-trade-2', { status: 'alleged', source: 'b', target: 'c' }),
		relation('pact', { type: 'defense-pact', source: 'a', target: 'c' })
	]
});
const xy = [0, 0, 300, 0, 0, 300];

/** The graph with the pact selected, seen at zoom `k`. */
function setUp(k = 1) {
	const selected: Focus = { kind: 'selection', selection: { kind: 'relation', id: 'pact' } };
	const look = withFocus(baseLook({ graph }), selected);
	const placed = placedLook(look, ['a', 'b', 'c'], xy);
	const view = canvasView({ x: 0, y: 0, k }, { detail: detailAt(k, 24, 3), nameWidth: () => 0 });
	return { look, placed, view, context: new RecordingContext() };
}

describe('strokeRelations', () => {
	it('strokes relations of one style in one path, then perforates them and marks their doubt', () => {
		const { look, placed, view, context } = setUp();
		const style = look.relations[0].style;
		strokeRelations(context.asContext(), placed, [0, 1], style, 1, view);
		const [line, perforation] = context.painted;
		expect(line).toMatchObject({ op: 'stroke', colour: style.colour, alpha: OPACITY.doubt });
		expect(line.op === 'stroke' && line.path.filter((s) => s.op === 'moveTo')).toHaveLength(2);
		expect(perforation).toMatchObject({
			op: 'stroke',
			colour: LIGHT_PALETTE.canvas,
			dash: [...style.perforation!.dash],
			width: style.perforation!.width
		});
		const signs = context.painted
			.filter((p) => p.op === 'fillText')
			.map((p) => 'text' in p && p.text);
		expect(signs).toEqual(['?', '?']);
	});

	it('splits a double line with a core of the canvas’s colour, and fades it as asked', () => {
		const { look, placed, view, context } = setUp();
		const pact = look.relations[2].style;
		strokeRelations(context.asContext(), placed, [2], pact, OPACITY.fadedRelation, view);
		const [line, core] = context.painted;
		expect(line).toMatchObject({
			colour: pact.colour,
			width: pact.width,
			alpha: OPACITY.fadedRelation
		});
		expect(core).toMatchObject({ colour: LIGHT_PALETTE.canvas, width: pact.doubleCore });
	});

	it('draws plain lines, without patterns or badges, when they are too small to read', () => {
		const { look, placed, view, context } = setUp(0.05);
		strokeRelations(context.asContext(), placed, [0, 1], look.relations[0].style, 1, {
			...view,
			detail: { ...detailAt(0.05, 24, 5000) }
		});
		expect(context.painted).toHaveLength(1);
		expect(context.painted[0]).toMatchObject({ op: 'stroke', dash: [] });
	});

	it('draws lines thin on screen as hairlines while they move, their weight kept in their opacity', () => {
		const width = setUp().look.relations[2].style.width;
		// The pact 1.2 pixels wide on a screen of one device pixel per pixel.
		const k = 1.2 / width;
		const { look, placed, view, context } = setUp(k);
		const pact = look.relations[2].style;
		const moving = { ...view, detail: movingDetail(view.detail) };
		strokeRelations(context.asContext(), placed, [2], pact, 0.5, moving);
		const [line] = context.painted;
		expect(line.op === 'stroke' && line.width * k).toBeLessThan(1);
		expect(line.op === 'stroke' && line.alpha).toBeCloseTo(Math.min(1, 0.5 * pact.opacity * 1.2));
	});

	it('strokes plain lines wider than a pixel one by one, and hairlines in one path', () => {
		const graphOfTwo = graphOf({
			actors: ['a', 'b', 'c'].map((id) => actorOf(id)),
			relations: [relation('t1', {}), relation('t2', { source: 'b', target: 'c' })]
		});
		const look = baseLook({ graph: graphOfTwo });
		const placed = placedLook(look, ['a', 'b', 'c'], xy);
		const style = look.relations[0].style;
		const paths = (k: number) => {
			const context = new RecordingContext();
			const detail = movingDetail(detailAt(k, 24, 2));
			const view = canvasView({ x: 0, y: 0, k }, { detail, nameWidth: () => 0 });
			strokeRelations(context.asContext(), placed, [0, 1], style, 1, view);
			return context.painted.map((p) => p.op === 'stroke' && p.path.length);
		};
		expect(paths(3 / style.width)).toEqual([2, 2]);
		expect(paths(1.2 / style.width)).toEqual([4]);
	});

	it('keeps a line’s own width when it is settled, wide on screen, or already thinner than a pixel', () => {
		const width = setUp().look.relations[2].style.width;
		const settled = setUp(1.2 / width);
		const pact = settled.look.relations[2].style;
		strokeRelations(settled.context.asContext(), settled.placed, [2], pact, 1, settled.view);
		expect(settled.context.painted[0]).toMatchObject({ width: pact.width });

		for (const k of [2 / width, 0.9 / width]) {
			const { placed, view, context } = setUp(k);
			const moving = { ...view, detail: movingDetail(view.detail) };
			strokeRelations(context.asContext(), placed, [2], pact, 1, moving);
			expect(context.painted[0]).toMatchObject({ width: Math.max(pact.width, THINNEST / k) });
		}
	});
});

describe('lineOnScreen', () => {
	const view = (k: number, ratio: number, hairlines = true) => ({
		camera: { x: 0, y: 0, k },
		ratio,
		detail: { ...detailAt(k, 24, 3), hairlines }
	});

	it('counts device pixels: on a screen of two, a line of 1.2 pixels is 2.4 wide and stays as it is', () => {
		expect(lineOnScreen(2, 0.8, view(0.6, 2))).toEqual({ width: 2, alpha: 0.8 });
		expect(lineOnScreen(2, 0.8, view(0.6, 1)).width).toBeCloseTo(0.99 / 0.6);
	});

	it('never raises the opacity past one, and changes nothing where hairlines are not allowed', () => {
		expect(lineOnScreen(2, 1, view(0.7, 1)).alpha).toBe(1);
		expect(lineOnScreen(2, 0.8, view(0.6, 1, false))).toEqual({ width: 2, alpha: 0.8 });
	});
});

describe('haloRelation', () => {
	it('lays a halo of the ink under the selected relation, as wide as the stage says', () => {
		const { look, placed, view, context } = setUp();
		haloRelation(context.asContext(), placed, 2, view);
		expect(context.painted[0]).toMatchObject({
			op: 'stroke',
			colour: LIGHT_PALETTE.ink,
			alpha: OPACITY.halo,
			width: look.relations[2].style.width + RELATION_SIZES.haloExtraWidth
		});
	});
});
