import { describe, expect, it } from 'vitest';
import type { Relation } from '$lib/model/schema';
import type { Focus } from '$lib/stage/emphasis';
import { LIGHT_PALETTE, OPACITY, RELATION_SIZES } from '$lib/stage/visual-constants';
import { baseLook, withFocus } from '$lib/stage/visual-graph';
import { canvasView, placedLook } from '../../../tests/fixtures/canvas-frame';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { RecordingContext } from '../../../tests/fixtures/recording-context';
import { haloRelation, strokeRelations } from './canvas-relations';
import { detailAt } from './level-of-detail';

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
