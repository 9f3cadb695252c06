import { describe, expect, it } from 'vitest';
import { describeRelation, relationEnds, sourceCount } from './describe-relation';
import { actorCode, indexGraph } from './graph-index';
import type { Actor, Relation } from './schema';
import {
	actorOf,
	graphOf,
	relationOf,
	relationTypeOf
} from '../../../tests/fixtures/graph-builders';

const relation = (overrides: Partial<Relation> = {}): Relation =>
	relationOf('chn-prk-trade', {
		summary: 'China is North Korea’s largest trading partner',
		evidence: [{ source: 'kita-2023', note: 'Most of the trade is with China' }],
		...overrides
	});

const GRAPH = graphOf({
	title: 'North Korea’s ties',
	asOf: '2024-10',
	actors: [actorOf('prk', { iso3166: 'PRK' }), actorOf('chn', { iso3166: 'CHN' })],
	relationTypes: [relationTypeOf('arms-transfer', 'Arms transfer')],
	relations: [relation()]
});

const index = indexGraph(GRAPH);

describe('describeRelation', () => {
	it('words an undirected relation as between two actors', () => {
		expect(describeRelation(relation(), index)).toBe(
			'Trade between China and North Korea, confirmed'
		);
	});

	it('words a directed relation as from one actor to the other', () => {
		expect(describeRelation(relation({ type: 'aid', status: 'reported' }), index)).toBe(
			'Aid from China to North Korea, reported'
		);
	});

	it('uses the label of a type the file declares', () => {
		const arms = relation({
			type: 'arms-transfer',
			source: 'prk',
			target: 'chn',
			status: 'alleged'
		});
		expect(describeRelation(arms, index)).toBe('Arms transfer from North Korea to China, alleged');
	});

	it('falls back to the type id when no type has it', () => {
		expect(describeRelation(relation({ type: 'loans' }), index)).toBe(
			'loans between China and North Korea, confirmed'
		);
	});
});

describe('relationEnds', () => {
	it('lets a relation marked directed flow one way though its type does not', () => {
		expect(relationEnds(relation({ directed: true }), index)).toBe('from China to North Korea');
	});

	it('lets a relation marked undirected run both ways though its type is directed', () => {
		expect(relationEnds(relation({ type: 'aid', directed: false }), index)).toBe(
			'between China and North Korea'
		);
	});

	it('names an actor it does not know by its id', () => {
		expect(relationEnds(relation({ type: 'aid', source: 'rus' }), index)).toBe(
			'from rus to North Korea'
		);
		expect(relationEnds(relation({ target: 'un' }), index)).toBe('between China and un');
	});
});

describe('sourceCount', () => {
	it('counts each source once, however often the evidence cites it', () => {
		const cited = relation({
			evidence: [
				{ source: 'kita-2023', quote: 'China accounted for 98 percent' },
				{ source: 'kita-2023', note: 'Same report, later table' },
				{ source: 'kotra-2024', note: 'Confirms the share' }
			]
		});
		expect(sourceCount(cited)).toBe(2);
	});

	it('counts one source for a single piece of evidence', () => {
		expect(sourceCount(relation())).toBe(1);
	});
});

describe('actorCode', () => {
	const actor = (overrides: Partial<Actor>) => actorOf('x', { name: 'North Korea', ...overrides });

	it('draws the actor’s own code first', () => {
		expect(actorCode(actor({ code: 'DPRK', iso3166: 'PRK' }))).toBe('DPRK');
	});

	it('draws the ISO code when the actor has no code of its own', () => {
		expect(actorCode(actor({ iso3166: 'PRK' }))).toBe('PRK');
	});

	it('draws the initials of the name, at most three, when there is no code', () => {
		expect(actorCode(actor({ name: 'North Korea' }))).toBe('NK');
		expect(actorCode(actor({ name: 'UN Security Council', kind: 'organization' }))).toBe('USC');
		expect(
			actorCode(actor({ name: 'Shanghai Cooperation Organisation Secretariat', kind: 'other' }))
		).toBe('SCO');
		expect(actorCode(actor({ name: 'kim jong un', kind: 'person' }))).toBe('KJU');
	});
});
