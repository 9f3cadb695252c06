import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import { relationStyle } from '$lib/stage/relation-style';
import { ACTOR_SIZES, LIGHT_PALETTE, OPACITY, RELATION_SIZES } from '$lib/stage/visual-constants';
import { visualGraph, withNamesAt } from '$lib/stage/visual-graph';
import { graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { STAGE_PLACES, stageActors } from '../../../tests/fixtures/stage-actors';
import { actorDrawing, relationDrawing, sampleDrawing } from './svg-marks';

const graph = graphOf({
	actors: stageActors(),
	relations: [
		relationOf('chn-prk-aid', { type: 'aid', status: 'alleged' }),
		relationOf('un-prk-sanctions', { type: 'sanctions', source: 'un' }),
		relationOf('rus-prk-pact', { type: 'defense-pact', source: 'rus' })
	]
});
const type = (id: string) => BUILTIN_RELATION_TYPES.find((t) => t.id === id)!;

describe('relationDrawing', () => {
	it('draws the relation’s style and geometry, and its doubt, with no halo unless selected', () => {
		const visual = visualGraph({ graph, positions: STAGE_PLACES });
		const aid = relationDrawing(visual.relations[0]);
		expect(aid).toMatchObject({
			id: 'chn-prk-aid',
			type: 'aid',
			status: 'alleged',
			doubt: OPACITY.doubt,
			line: { stroke: '#009E73', width: 2, dash: '12 6' }
		});
		expect(aid.arrowhead?.fill).toBe('#009E73');
		expect(aid.badge).toMatchObject({ sign: '?', radius: RELATION_SIZES.badgeRadius });
		expect(aid.halo).toBeUndefined();
		const sanctions = relationDrawing(visual.relations[1]);
		expect(sanctions.bar?.width).toBe(4);
		expect(relationDrawing(visual.relations[2]).core?.stroke).toBe(LIGHT_PALETTE.canvas);
	});

	it('lays a halo under a selected relation and fades the others as the stage says', () => {
		const visual = visualGraph({
			graph,
			positions: STAGE_PLACES,
			focus: { kind: 'selection', selection: { kind: 'relation', id: 'un-prk-sanctions' } }
		});
		const [aid, sanctions] = visual.relations.map((r) => relationDrawing(r));
		expect(sanctions.halo).toEqual({ stroke: LIGHT_PALETTE.ink, opacity: OPACITY.halo, width: 11 });
		expect(aid.opacity).toBe(OPACITY.fadedRelation);
		expect(sanctions.opacity).toBeUndefined();
	});

	it('writes every width and dash to hundredths, so screen and file say the same numbers', () => {
		const pact = relationStyle({ status: 'alleged' }, type('defense-pact'), 1.6);
		const sample = sampleDrawing(pact, { x: 0, y: 0 }, { x: 40, y: 0 });
		expect(sample.line.width).toBe(7.2);
		expect(sample.core?.width).toBe(2.4);
		expect(sample.perforation?.width).toBe(4.32);
	});
});

describe('actorDrawing', () => {
	it('draws the circle, the code and the name below, with a ring only when selected', () => {
		const visual = visualGraph({
			graph,
			positions: STAGE_PLACES,
			focus: { kind: 'selection', selection: { kind: 'actor', id: 'un' } }
		});
		const un = actorDrawing(visual.actors.find((a) => a.id === 'un')!);
		const prk = actorDrawing(visual.actors.find((a) => a.id === 'prk')!);
		expect(un.ring?.radius).toBe(un.body.radius + ACTOR_SIZES.ringGap);
		expect(prk.ring).toBeUndefined();
		expect(un.body.fill).toBe(LIGHT_PALETTE.organizationFill);
		expect(prk.name).toMatchObject({
			y: 26 + ACTOR_SIZES.nameBaseline,
			anchor: 'middle',
			lines: [{ text: 'North Korea' }]
		});
		expect(prk.name.full).toBeUndefined();
	});

	it('enlarges the name, from under the ring, when the camera is far out', () => {
		const visual = visualGraph({ graph, positions: STAGE_PLACES });
		const far = actorDrawing(withNamesAt(visual.actors, 2)[0], LIGHT_PALETTE);
		expect(far.name.size).toBe(2 * ACTOR_SIZES.nameSize);
		expect(far.name.y).toBe(visual.actors[0].radius + 4 + 2 * 12);
	});

	it('writes a shortened name whole below the circle, for the screen to show on hover and focus', () => {
		const visual = visualGraph({ graph, positions: STAGE_PLACES });
		const actor = visual.actors[0];
		const short = actorDrawing({
			...actor,
			label: { ...actor.label, lines: ['Nor…'], shortened: true }
		});
		expect(short.name.lines).toEqual([{ text: 'Nor…' }]);
		expect(short.name.full).toEqual({
			y: actor.radius + ACTOR_SIZES.nameBaseline,
			text: actor.name
		});
	});
});

describe('sampleDrawing', () => {
	it('draws a legend’s sample from end to end, with the badge of doubt only where there is room', () => {
		const style = relationStyle({ status: 'denied' }, type('aid'));
		const sample = sampleDrawing(style, { x: 2, y: 7 }, { x: 34, y: 7 });
		expect(sample.d).toBe('M2,7L26.3,7');
		expect(sample.arrowhead?.points.startsWith('34,7')).toBe(true);
		expect(sample.badge).toBeUndefined();
		expect(
			sampleDrawing(style, { x: 0, y: 0 }, { x: 44, y: 0 }, LIGHT_PALETTE, 7).badge
		).toMatchObject({
			sign: '×',
			radius: 7
		});
	});
});
