import { describe, expect, it } from 'vitest';
import { SHOW_ALL } from '$lib/model/relation-filter';
import { relationPath } from './relation-geometry';
import { baseLook, placeOnStage, visualGraph, withFocus } from './visual-graph';
import { ACTOR_SIZES, OPACITY, RELATION_SIZES } from './visual-constants';
import { actorOf, graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { STAGE_PLACES, stageActors } from '../../../tests/fixtures/stage-actors';

const graph = graphOf({
	asOf: '2024-10-06',
	actors: stageActors(),
	relations: [
		relationOf('chn-prk-trade'),
		relationOf('chn-prk-aid', { type: 'aid', status: 'reported', since: '2019' }),
		relationOf('un-prk-sanctions', { type: 'sanctions', source: 'un', since: '2006' }),
		relationOf('prk-rus-arms', {
			type: 'aid',
			source: 'prk',
			target: 'rus',
			status: 'alleged',
			since: '2023'
		}),
		relationOf('chn-rus-denied', { source: 'chn', target: 'rus', status: 'denied' })
	]
});
const positions = STAGE_PLACES;

const ids = (marks: { id: string }[]) => marks.map((mark) => mark.id);
const byId = <T extends { id: string }>(marks: T[], id: string) => marks.find((m) => m.id === id)!;

describe('visualGraph', () => {
	const visual = visualGraph({ graph, positions });

	it('places every actor with its size, code, name and fill', () => {
		expect(byId(visual.actors, 'prk')).toMatchObject({
			x: 200,
			y: 0,
			radius: 26,
			code: 'PRK',
			name: 'North Korea',
			fill: 'actor'
		});
		expect(byId(visual.actors, 'chn').code).toBe('CHN');
		expect(byId(visual.actors, 'un')).toMatchObject({ radius: 22, fill: 'organization' });
		expect(byId(visual.actors, 'prk').description).toBe(
			'PRK North Korea (state), 4 relations shown'
		);
	});

	it('draws every relation normally when nothing is selected', () => {
		expect(ids(visual.relations)).toEqual(graph.relations.map((r) => r.id));
		expect(visual.relations.every((r) => r.emphasis === 'normal' && r.opacity === 1)).toBe(true);
		expect(visual.actors.every((a) => a.emphasis === 'normal' && a.opacity === 1)).toBe(true);
	});

	it('fans the relations of one pair apart and keeps a lone one straight', () => {
		const trade = byId(visual.relations, 'chn-prk-trade');
		const aid = byId(visual.relations, 'chn-prk-aid');
		expect(trade.line.offset).toBe(-aid.line.offset);
		expect(Math.abs(trade.geometry.middle.y - aid.geometry.middle.y)).toBeGreaterThan(
			RELATION_SIZES.curveSpacing - 2
		);
		expect(byId(visual.relations, 'un-prk-sanctions').geometry.curved).toBe(false);
	});

	it('ends aid in an arrow at the receiver and sanctions in a bar at the sanctioned', () => {
		const aid = byId(visual.relations, 'chn-prk-aid');
		expect(aid.geometry.arrowhead![0].x).toBeGreaterThan(150);
		const sanctions = byId(visual.relations, 'un-prk-sanctions');
		expect(sanctions.geometry.bar![0].x).toBe(200 + 26 + RELATION_SIZES.gap);
		expect(relationPath(sanctions.geometry)).toBe('M375,0L229,0');
	});

	it('marks alleged and denied relations with their badge and fainter lines', () => {
		const alleged = byId(visual.relations, 'prk-rus-arms');
		expect(alleged.style.badge).toBe('?');
		expect(alleged.style.opacity).toBe(OPACITY.doubt);
		const denied = byId(visual.relations, 'chn-rus-denied');
		expect(denied.style.badge).toBe('×');
		expect(denied.style.perforation).toBeDefined();
		expect(byId(visual.relations, 'chn-prk-trade').style.badge).toBeUndefined();
	});

	it('says each relation in words', () => {
		expect(byId(visual.relations, 'chn-prk-aid').label).toBe(
			'Aid from China to North Korea, reported'
		);
	});

	it('fades all but a selected relation and its two actors', () => {
		const selected = visualGraph({
			graph,
			positions,
			focus: { kind: 'selection', selection: { kind: 'relation', id: 'chn-prk-aid' } }
		});
		const aid = byId(selected.relations, 'chn-prk-aid');
		expect(aid).toMatchObject({ emphasis: 'selected', opacity: 1 });
		expect(selected.relations.filter((r) => r.emphasis === 'faded').map((r) => r.opacity)).toEqual([
			0.2, 0.2, 0.2, 0.2
		]);
		expect(selected.actors.filter((a) => a.emphasis === 'faded').map((a) => a.id)).toEqual([
			'rus',
			'un'
		]);
		expect(byId(selected.actors, 'un').opacity).toBe(OPACITY.fadedActor);
	});

	it('keeps a selected actor, its relations and its neighbours, and fades the rest', () => {
		const selected = visualGraph({
			graph,
			positions,
			focus: { kind: 'selection', selection: { kind: 'actor', id: 'un' } }
		});
		expect(byId(selected.actors, 'un').emphasis).toBe('selected');
		expect(
			selected.actors
				.filter((a) => a.emphasis !== 'faded')
				.map((a) => a.id)
				.sort()
		).toEqual(['prk', 'un']);
		expect(selected.relations.filter((r) => r.emphasis !== 'faded').map((r) => r.id)).toEqual([
			'un-prk-sanctions'
		]);
	});

	it('leaves out the relations of a hidden type or status, and spreads the rest anew', () => {
		const filtered = visualGraph({
			graph,
			positions,
			filter: { ...SHOW_ALL, hiddenTypes: new Set(['aid']), hiddenStatuses: new Set(['denied']) }
		});
		expect(ids(filtered.relations)).toEqual(['chn-prk-trade', 'un-prk-sanctions']);
		expect(byId(filtered.relations, 'chn-prk-trade').geometry.curved).toBe(false);
		expect(byId(filtered.actors, 'prk').description).toBe(
			'PRK North Korea (state), 2 relations shown'
		);
	});

	it('leaves out the relations not in force as of the date chosen, and those nothing dates', () => {
		const asOf2010 = visualGraph({ graph, positions, filter: { ...SHOW_ALL, asOf: '2010' } });
		expect(ids(asOf2010.relations)).toEqual(['un-prk-sanctions']);
	});

	it("shows a briefing step's focus, dims its context and keeps the rest hidden, every arc in its place", () => {
		const step = visualGraph({
			graph,
			positions,
			focus: {
				kind: 'story',
				actors: new Set(['chn', 'prk']),
				relations: new Set(['chn-prk-aid']),
				context: new Set(['chn-prk-trade'])
			}
		});
		expect(step.relations.map((r) => `${r.id}:${r.emphasis}:${r.opacity}`)).toEqual([
			'chn-prk-trade:faded:0.2',
			'chn-prk-aid:normal:1',
			'un-prk-sanctions:hidden:0',
			'prk-rus-arms:hidden:0',
			'chn-rus-denied:hidden:0'
		]);
		expect(byId(step.relations, 'chn-prk-aid').geometry).toEqual(
			byId(visual.relations, 'chn-prk-aid').geometry
		);
	});

	it('draws an actor the analyst placed with a heavier outline, where asked', () => {
		const placed = visualGraph({ graph, positions, placed: new Set(['chn']) });
		expect(byId(placed.actors, 'chn').outline).toBe(ACTOR_SIZES.placedOutline);
		expect(byId(placed.actors, 'prk').outline).toBe(ACTOR_SIZES.outline);
	});

	it('makes every line heavier on a slide', () => {
		const slide = visualGraph({ graph, positions, lineScale: 1.6 });
		expect(byId(slide.relations, 'chn-prk-trade').style.width).toBeCloseTo(2 * 1.6);
	});

	it('draws no actor without a place, nor its relations', () => {
		const partial = visualGraph({
			graph,
			positions: new Map([...positions].filter(([id]) => id !== 'rus'))
		});
		expect(ids(partial.actors)).toEqual(['prk', 'chn', 'un']);
		expect(ids(partial.relations)).toEqual(['chn-prk-trade', 'chn-prk-aid', 'un-prk-sanctions']);
	});

	it('is the same computed in steps: look, focus, places', () => {
		const focus = { kind: 'selection' as const, selection: { kind: 'actor' as const, id: 'chn' } };
		expect(placeOnStage(withFocus(baseLook({ graph }), focus), positions)).toEqual(
			visualGraph({ graph, positions, focus })
		);
	});
});

describe('visualGraph of an agreement signed before it took effect', () => {
	const treaty = graphOf({
		asOf: '2024-10-06',
		actors: stageActors(),
		relations: [
			relationOf('rus-prk-treaty', {
				type: 'defense-pact',
				source: 'rus',
				target: 'prk',
				signed: '2024-06-19',
				since: '2024-12-04'
			}),
			relationOf('chn-prk-trade', { since: '1949' })
		]
	});
	const drawnAsOf = (asOf?: string) =>
		byId(
			visualGraph({ graph: treaty, positions, filter: { ...SHOW_ALL, asOf } }).relations,
			'rus-prk-treaty'
		);

	it('draws it with the pending mark between the two dates, on the graph’s own date too', () => {
		for (const pending of [drawnAsOf(), drawnAsOf('2024-10-06')]) {
			expect(pending.pending).toBe(true);
			expect(pending.style.badge).toBe('…');
		}
		expect(byId(visualGraph({ graph: treaty, positions }).relations, 'chn-prk-trade').pending).toBe(
			false
		);
	});

	it('draws it as in force once it took effect, and not at all before it was signed', () => {
		expect(drawnAsOf('2025').pending).toBe(false);
		expect(drawnAsOf('2025').style.badge).toBeUndefined();
		expect(
			ids(
				visualGraph({ graph: treaty, positions, filter: { ...SHOW_ALL, asOf: '2024-01' } })
					.relations
			)
		).toEqual(['chn-prk-trade']);
	});
});

describe('placeOnStage after a move', () => {
	it('gives back the very marks that did not move, and new ones for what did', () => {
		const look = baseLook({
			graph: graphOf({
				actors: [actorOf('a'), actorOf('b'), actorOf('c')],
				relations: [
					relationOf('ab', { source: 'a', target: 'b' }),
					relationOf('ac', { source: 'a', target: 'c' })
				]
			})
		});
		const places = new Map([
			['a', { x: 0, y: 0 }],
			['b', { x: 100, y: 0 }],
			['c', { x: 0, y: 100 }]
		]);
		const first = placeOnStage(look, places);
		const moved = new Map(places).set('c', { x: 50, y: 150 });
		const second = placeOnStage(look, moved);
		expect(second.actors[0]).toBe(first.actors[0]);
		expect(second.actors[2]).not.toBe(first.actors[2]);
		expect(second.actors[2]).toMatchObject({ x: 50, y: 150 });
		const untouched = second.relations.find((r) => r.source !== 'c' && r.target !== 'c')!;
		expect(first.relations).toContain(untouched);
		const touched = second.relations.find((r) => r.target === 'c')!;
		expect(first.relations).not.toContain(touched);
	});
});
