import { describe, expect, it } from 'vitest';
import { relationStyle } from '$lib/stage/relation-style';
import { ACTOR_SIZES, LIGHT_PALETTE, OPACITY } from '$lib/stage/visual-constants';
import { visualGraph, withNamesAt } from '$lib/stage/visual-graph';
import type { Focus } from '$lib/stage/emphasis';
import { BUILTIN_RELATION_TYPES } from '$lib/model/builtin-types';
import { actorNode, relationNode, sampleNode } from './svg-mark-nodes';
import { actorDrawing, relationDrawing, sampleDrawing } from './svg-marks';
import type { SvgNode } from './svg-node';
import { graphOf, relationOf } from '../../../tests/fixtures/graph-builders';
import { STAGE_PLACES, stageActors } from '../../../tests/fixtures/stage-actors';

const graph = graphOf({
	asOf: '2024-10-06',
	actors: stageActors(),
	relations: [
		relationOf('chn-prk-trade'),
		relationOf('chn-prk-aid', { type: 'aid', status: 'reported' }),
		relationOf('un-prk-sanctions', { type: 'sanctions', source: 'un' }),
		relationOf('rus-prk-pact', { type: 'defense-pact', source: 'rus' }),
		relationOf('prk-rus-arms', { type: 'aid', source: 'prk', target: 'rus', status: 'alleged' }),
		relationOf('chn-rus-trade', { source: 'chn', target: 'rus', status: 'denied' })
	]
});
const positions = STAGE_PLACES;

const relationMarks = (...args: Parameters<typeof relationDrawing>) =>
	relationNode(relationDrawing(...args));
const actorMarks = (...args: Parameters<typeof actorDrawing>) => actorNode(actorDrawing(...args));
const lineSampleMarks = (...args: Parameters<typeof sampleDrawing>) =>
	sampleNode(sampleDrawing(...args));

function drawn(focus?: Focus) {
	const visual = visualGraph({ graph, positions, focus });
	return {
		relation: (id: string) => relationMarks(visual.relations.find((r) => r.id === id)!),
		actor: (id: string, nameScale = 1) =>
			actorMarks(
				withNamesAt(visual.actors, nameScale).find((a) => a.id === id)!,
				LIGHT_PALETTE
			)
	};
}

/** Every node inside `root`, itself included. */
function all(root: SvgNode): SvgNode[] {
	return [root, ...(root.children ?? []).flatMap(all)];
}
const byClass = (root: SvgNode, name: string) =>
	all(root).filter((node) => node.attributes.class === name);

describe('relationMarks', () => {
	it('names the relation, its type, status and emphasis on its group', () => {
		const marks = drawn().relation('chn-prk-aid');
		expect(marks.tag).toBe('g');
		expect(marks.attributes).toMatchObject({
			class: 'relation',
			'data-relation': 'chn-prk-aid',
			'data-type': 'aid',
			'data-status': 'reported',
			'data-emphasis': 'normal'
		});
		expect(marks.attributes.opacity).toBeUndefined();
	});

	it('draws a halo under a selected relation only', () => {
		const { relation } = drawn({
			kind: 'selection',
			selection: { kind: 'relation', id: 'chn-prk-trade' }
		});
		const trade = relation('chn-prk-trade');
		const halo = byClass(trade, 'halo');
		expect(halo).toHaveLength(1);
		// Under the line: drawn first.
		expect(trade.children![0]).toBe(halo[0]);
		expect(byClass(relation('chn-prk-aid'), 'halo')).toEqual([]);
		expect(byClass(drawn().relation('chn-prk-trade'), 'halo')).toEqual([]);
	});

	it('carries the opacity of a faded relation', () => {
		const { relation } = drawn({
			kind: 'selection',
			selection: { kind: 'relation', id: 'chn-prk-trade' }
		});
		expect(relation('chn-prk-aid').attributes).toMatchObject({
			'data-emphasis': 'faded',
			opacity: OPACITY.fadedRelation
		});
	});

	it('marks a status with a badge: ? when alleged, × when denied, an empty bead when reported', () => {
		const { relation } = drawn();
		const sign = (id: string) =>
			byClass(relation(id), 'badge').map(
				(badge) => all(badge).find((n) => n.tag === 'text')?.text ?? 'bead'
			);
		expect(sign('prk-rus-arms')).toEqual(['?']);
		expect(sign('chn-rus-trade')).toEqual(['×']);
		expect(sign('chn-prk-trade')).toEqual([]);
		expect(sign('chn-prk-aid')).toEqual(['bead']);
	});

	it('breaks a doubtful solid line, and draws it fainter', () => {
		const denied = drawn().relation('chn-rus-trade');
		expect(byClass(denied, 'broken')).toHaveLength(1);
		const line = all(denied).find((n) => n.children?.some((c) => c.attributes.class === 'line'))!;
		expect(line.attributes.opacity).toBe(OPACITY.doubt);
		expect(byClass(drawn().relation('chn-prk-trade'), 'broken')).toEqual([]);
	});

	it('ends a directed relation in an arrowhead, sanctions in a bar, an undirected one in neither', () => {
		const { relation } = drawn();
		expect(byClass(relation('chn-prk-aid'), 'arrowhead')).toHaveLength(1);
		expect(byClass(relation('chn-prk-aid'), 'bar')).toEqual([]);
		expect(byClass(relation('un-prk-sanctions'), 'bar')).toHaveLength(1);
		expect(byClass(relation('chn-prk-trade'), 'arrowhead')).toEqual([]);
		expect(byClass(relation('chn-prk-trade'), 'bar')).toEqual([]);
	});

	it('draws a defense pact as a double line, in its type’s colour', () => {
		const pact = drawn().relation('rus-prk-pact');
		expect(byClass(pact, 'core')).toHaveLength(1);
		expect(byClass(pact, 'line')[0].attributes.stroke).toBe(BUILTIN_RELATION_TYPES[2].colour);
	});

	it('bends the lines of a pair apart', () => {
		const { relation } = drawn();
		const path = (id: string) => byClass(relation(id), 'line')[0].attributes.d as string;
		expect(path('chn-prk-trade')).toContain('Q');
		expect(path('chn-prk-aid')).toContain('Q');
		expect(path('chn-prk-trade')).not.toBe(path('chn-prk-aid'));
		expect(path('un-prk-sanctions')).toMatch(/^M[^Q]*L/);
	});
});

describe('actorMarks', () => {
	it('places the actor and names it on its group', () => {
		const marks = drawn().actor('un');
		expect(marks.attributes).toMatchObject({
			class: 'actor',
			'data-actor': 'un',
			'data-kind': 'organization',
			transform: 'translate(400,0)'
		});
	});

	it('draws a ring around the selected actor only', () => {
		const { actor } = drawn({ kind: 'selection', selection: { kind: 'actor', id: 'prk' } });
		expect(byClass(actor('prk'), 'ring')).toHaveLength(1);
		expect(byClass(actor('chn'), 'ring')).toEqual([]);
		expect(byClass(drawn().actor('prk'), 'ring')).toEqual([]);
	});

	it('writes its code inside the circle and its name below it', () => {
		const marks = drawn().actor('prk');
		const body = byClass(marks, 'body')[0];
		const code = byClass(marks, 'code')[0];
		const name = byClass(marks, 'name')[0];
		expect(code.text).toBe('PRK');
		expect(Math.abs(Number(code.attributes.y))).toBeLessThan(Number(body.attributes.r));
		expect(name.children!.map((line) => line.text)).toEqual(['North Korea']);
		expect(Number(name.attributes.y)).toBeGreaterThan(Number(body.attributes.r));
	});

	it('draws the name’s halo as its own text under the name, for renderers without paint-order', () => {
		const marks = drawn().actor('prk');
		const texts = marks.children!.filter((node) => node.tag === 'text');
		expect(texts.map((node) => node.attributes.class)).toEqual(['code', 'name-halo', 'name']);
		const [, halo, name] = texts;
		expect(halo.children).toEqual(name.children);
		for (const key of ['x', 'y', 'font-size', 'font-weight', 'text-anchor'])
			expect(halo.attributes[key], key).toBe(name.attributes[key]);
		expect(halo.attributes).toMatchObject({
			'aria-hidden': 'true',
			fill: LIGHT_PALETTE.canvas,
			stroke: LIGHT_PALETTE.canvas
		});
		expect(name.attributes.fill).toBe(LIGHT_PALETTE.ink);
		expect(name.attributes.stroke).toBeUndefined();
		expect(all(marks).some((node) => 'paint-order' in node.attributes)).toBe(false);
	});

	it('fills organizations apart from states', () => {
		const fill = (id: string) => byClass(drawn().actor(id), 'body')[0].attributes.fill;
		expect(fill('un')).toBe(LIGHT_PALETTE.organizationFill);
		expect(fill('prk')).toBe(LIGHT_PALETTE.actorFill);
		expect(fill('un')).not.toBe(fill('prk'));
	});

	it('carries the opacity of a faded actor', () => {
		const { actor } = drawn({
			kind: 'selection',
			selection: { kind: 'relation', id: 'chn-prk-trade' }
		});
		expect(actor('un').attributes.opacity).toBe(OPACITY.fadedActor);
		expect(actor('chn').attributes.opacity).toBeUndefined();
	});

	it('enlarges the name, still below the circle, when asked to', () => {
		const name = byClass(drawn().actor('prk', 2), 'name')[0];
		expect(name.attributes['font-size']).toBe(2 * ACTOR_SIZES.nameSize);
		expect(name.attributes.y).toBe(
			26 + ACTOR_SIZES.ringGap + 2 * (ACTOR_SIZES.nameBaseline - ACTOR_SIZES.ringGap)
		);
		expect(name.children!.map((line) => line.text)).toEqual(['North Korea']);
	});
});

describe('lineSampleMarks', () => {
	const aid = BUILTIN_RELATION_TYPES[1];
	const from = { x: 10, y: 20 };
	const to = { x: 54, y: 20 };

	it('draws a straight sample of the line from one point to the other, with its end', () => {
		const sample = lineSampleMarks(relationStyle({ status: 'confirmed' }, aid), from, to);
		expect(sample.attributes.class).toBe('sample');
		const line = byClass(sample, 'line')[0];
		expect(line.attributes.d).toMatch(/^M10,20L/);
		expect(line.attributes['stroke-dasharray']).toBeDefined();
		const arrowhead = byClass(sample, 'arrowhead')[0];
		expect(arrowhead.attributes.points).toMatch(/^54,20 /);
	});

	it('shows the badge of doubt only when given a size for it', () => {
		const alleged = relationStyle({ status: 'alleged' }, aid);
		expect(byClass(lineSampleMarks(alleged, from, to), 'badge')).toEqual([]);
		const badge = byClass(lineSampleMarks(alleged, from, to, LIGHT_PALETTE, 7), 'badge')[0];
		expect(badge.attributes.transform).toBe('translate(32,20)');
		expect(all(badge).find((n) => n.tag === 'circle')!.attributes.r).toBe(7);
	});
});
