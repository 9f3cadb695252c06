import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import { addActor, relationsOf, removeActor, updateActor } from './actor-edits';
import { freezePositions, placeActor, placeForNewActor } from './placement';
import {
	addEvidence,
	addRelation,
	removeEvidence,
	removeRelation,
	updateRelation
} from './relation-edits';
import { addSource, citationsOf, removeSource, updateSource } from './source-edits';
import { uniqueId } from './unique-id';

const example: GraphFile = JSON.parse(
	readFileSync(new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url), 'utf8')
);
const valid = (graph: GraphFile) => {
	const parsed = parseGraph(graph);
	if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	return true;
};

describe('actor edits', () => {
	it('adds an actor without touching the original graph', () => {
		const next = addActor(example, { id: 'kor', name: 'South Korea', kind: 'state' });
		expect(next.actors).toHaveLength(example.actors.length + 1);
		expect(example.actors.some((a) => a.id === 'kor')).toBe(false);
		expect(valid(next)).toBe(true);
	});

	it('renames an actor’s id in its relations', () => {
		const prk = example.actors.find((a) => a.id === 'prk')!;
		const next = updateActor(example, 'prk', { ...prk, id: 'dprk' });
		expect(next.relations.filter((r) => r.source === 'prk' || r.target === 'prk')).toEqual([]);
		expect(relationsOf(next, 'dprk')).toHaveLength(relationsOf(example, 'prk').length);
		expect(valid(next)).toBe(true);
	});

	it('removes an actor with its relations, leaving a valid graph', () => {
		const next = removeActor(example, 'rus');
		expect(next.actors.map((a) => a.id)).not.toContain('rus');
		expect(relationsOf(next, 'rus')).toEqual([]);
		expect(valid(next)).toBe(true);
	});
});

describe('relation and evidence edits', () => {
	const base = example.relations.find((r) => r.id === 'chn-prk-trade')!;

	it('adds, changes and removes a relation', () => {
		const added = addRelation(example, { ...base, id: 'rus-prk-trade', source: 'rus' });
		expect(valid(added)).toBe(true);
		const changed = updateRelation(added, 'rus-prk-trade', {
			...base,
			id: 'rus-prk-trade',
			source: 'rus',
			status: 'reported'
		});
		expect(changed.relations.find((r) => r.id === 'rus-prk-trade')!.status).toBe('reported');
		expect(removeRelation(changed, 'rus-prk-trade').relations).toHaveLength(
			example.relations.length
		);
	});

	it('adds evidence, and never takes away the last item', () => {
		const more = addEvidence(example, base.id, {
			source: 'ksat-2024-10-06',
			note: 'A further note.'
		});
		expect(more.relations.find((r) => r.id === base.id)!.evidence).toHaveLength(
			base.evidence.length + 1
		);
		let graph = more;
		for (let i = 0; i < 10; i++) graph = removeEvidence(graph, base.id, 0);
		expect(graph.relations.find((r) => r.id === base.id)!.evidence).toHaveLength(1);
		expect(valid(graph)).toBe(true);
	});
});

describe('source edits', () => {
	it('keeps a cited source, removes an uncited one', () => {
		const cited = example.sources[0].id;
		expect(citationsOf(example, cited)).toBeGreaterThan(0);
		expect(removeSource(example, cited)).toBe(example);
		const extra = addSource(example, {
			id: 'new',
			title: 'T',
			publisher: 'P',
			url: 'https://example.org/',
			published: '2024'
		});
		expect(removeSource(extra, 'new').sources).toHaveLength(example.sources.length);
	});

	it('renames a source’s id in the evidence that cites it', () => {
		const source = example.sources.find((s) => s.id === 'ksat-2024-10-06')!;
		const next = updateSource(example, source.id, { ...source, id: 'ksat' });
		expect(citationsOf(next, 'ksat')).toBe(citationsOf(example, source.id));
		expect(citationsOf(next, source.id)).toBe(0);
		expect(valid(next)).toBe(true);
	});
});

describe('placement', () => {
	it('places an actor and lets it go again', () => {
		const placed = placeActor(example, 'un', { x: 10.123, y: -4 });
		expect(placed.actors.find((a) => a.id === 'un')!.position).toEqual({ x: 10.12, y: -4 });
		const freed = placeActor(placed, 'un', undefined);
		expect('position' in freed.actors.find((a) => a.id === 'un')!).toBe(false);
		expect(valid(freed)).toBe(true);
	});

	it('freezes every actor where it stands, keeping places already set', () => {
		const placed = placeActor(example, 'un', { x: 1, y: 2 });
		const places = new Map(example.actors.map((a, i) => [a.id, { x: i * 100, y: 0 }]));
		const frozen = freezePositions(placed, places);
		expect(frozen.actors.every((a) => a.position)).toBe(true);
		expect(frozen.actors.find((a) => a.id === 'un')!.position).toEqual({ x: 1, y: 2 });
		expect(freezePositions(frozen, places)).toBe(frozen);
	});

	it('puts a new actor beside its neighbours, or in a column right of the network', () => {
		const places = new Map([
			['a', { x: 0, y: 0 }],
			['b', { x: 200, y: 100 }]
		]);
		expect(placeForNewActor(places, ['a', 'b'])).toEqual({ x: 220, y: 140 });
		const first = placeForNewActor(places);
		expect(first.x).toBe(380);
		const second = placeForNewActor(new Map([...places, ['c', first]]));
		expect(second.x).toBe(380 + 180);
	});
});

describe('uniqueId', () => {
	it('makes an id from a name, avoiding those taken', () => {
		expect(uniqueId('North Korea', new Set())).toBe('north-korea');
		expect(uniqueId('North Korea', new Set(['north-korea', 'north-korea-2']))).toBe(
			'north-korea-3'
		);
		expect(uniqueId('Pyŏngyang!', new Set())).toBe('pyongyang');
		expect(uniqueId('«»', new Set(), 'actor')).toBe('actor');
	});
});
