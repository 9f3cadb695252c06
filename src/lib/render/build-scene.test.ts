import { describe, expect, it } from 'vitest';
import { relationStyle } from '$lib/stage/relation-style';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { buildScene, emphasisOf } from './build-scene';

const graph: GraphFile = {
	title: 'Test',
	asOf: '2024',
	actors: [
		{ id: 'prk', name: 'North Korea', kind: 'state', iso3166: 'PRK' },
		{ id: 'chn', name: 'China', kind: 'state', code: 'CHN' },
		{ id: 'un', name: 'United Nations', kind: 'organization' },
		{ id: 'rus', name: 'Russia', kind: 'state' }
	],
	sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org', published: '2024' }],
	relations: [
		{
			id: 'trade',
			type: 'trade',
			source: 'chn',
			target: 'prk',
			status: 'confirmed',
			summary: 'T',
			evidence: [{ source: 's', note: 'n' }]
		},
		{
			id: 'aid',
			type: 'aid',
			source: 'chn',
			target: 'prk',
			status: 'reported',
			summary: 'A',
			evidence: [{ source: 's', note: 'n' }]
		},
		{
			id: 'sanctions',
			type: 'sanctions',
			source: 'un',
			target: 'prk',
			status: 'confirmed',
			summary: 'S',
			evidence: [{ source: 's', note: 'n' }]
		}
	]
};
const index = indexGraph(graph);
const styles = new Map(
	graph.relations.map((r) => [r.id, relationStyle(r, index.types.get(r.type))])
);
const slots = new Map([
	['chn', 0],
	['prk', 1],
	['rus', 2],
	['un', 3]
]);

describe('buildScene', () => {
	const scene = buildScene(graph.actors, graph.relations, index, styles, slots);

	it('places each actor in its layout slot with its code, name and size', () => {
		const prk = scene.actors.find((a) => a.id === 'prk')!;
		expect(prk).toMatchObject({ slot: 1, code: 'PRK', name: 'North Korea', degree: 3 });
		expect(scene.actors.find((a) => a.id === 'un')!.organization).toBe(true);
		expect(scene.radiusBySlot[3]).toBeLessThan(scene.radiusBySlot[1]);
	});

	it('fans relations of one pair apart and keeps lone ones straight', () => {
		const [trade, aid, sanctions] = scene.relations;
		expect(trade.offset).toBe(-aid.offset);
		expect(trade.offset).not.toBe(0);
		expect(sanctions.offset).toBe(0);
		expect(sanctions.label).toBe('Sanctions from United Nations to North Korea, confirmed');
	});

	it('emphasises a selected actor, its relations and its neighbours', () => {
		const emphasis = emphasisOf(scene, { kind: 'actor', id: 'un' })!;
		expect([...emphasis.relations]).toEqual([2]);
		expect([...emphasis.actors].map((i) => scene.actors[i].id).sort()).toEqual(['prk', 'un']);
	});

	it('emphasises a selected relation and its two actors', () => {
		const emphasis = emphasisOf(scene, { kind: 'relation', id: 'aid' })!;
		expect([...emphasis.relations]).toEqual([1]);
		expect([...emphasis.actors].map((i) => scene.actors[i].id).sort()).toEqual(['chn', 'prk']);
	});

	it('draws everything at full strength when nothing is selected', () => {
		expect(emphasisOf(scene, null)).toBeUndefined();
	});
});
