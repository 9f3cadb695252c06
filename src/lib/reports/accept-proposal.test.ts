import { describe, expect, it } from 'vitest';
import { findQuote } from '$lib/model/find-quote';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph, valid } from '../../../tests/fixtures/example-graph';
import { graphOf } from '../../../tests/fixtures/graph-builders';
import {
	KSAT_ACTORS,
	KSAT_TEXT,
	actorOfReport,
	proposalOf
} from '../../../tests/fixtures/report-builders';
import { acceptProposal, isAccepted, type Acceptance } from './accept-proposal';
import { corrected } from './reviewed-proposal';

const KSAT = {
	id: 'ksat-2024-10-06',
	title: 'North Korea and China mark their 75th anniversary of ties',
	publisher: 'KSAT',
	url: 'https://www.ksat.com/',
	published: '2024-10-06',
	archivedText: KSAT_TEXT
};

const PARTNER = 'China serves as North Korea’s primary trading partner';
const AID = proposalOf(
	KSAT_TEXT,
	'p1',
	PARTNER,
	{ source: 'CHN', target: 'PRK', type: 'aid', status: 'reported' },
	{ source: 'China', target: 'North Korea', type: 'aid' }
);
const TRADE = proposalOf(KSAT_TEXT, 'p2', PARTNER, {
	source: 'CHN',
	target: 'PRK',
	type: 'trade',
	status: 'confirmed'
});
const PACT = proposalOf(KSAT_TEXT, 'p3', 'This shift was underscored', {
	source: 'PRK',
	target: 'RUS',
	type: 'defense-pact',
	status: 'confirmed'
});

function accepted(acceptance: Acceptance): Extract<Acceptance, { graph: GraphFile }> {
	if ('problem' in acceptance) throw new Error(acceptance.problem);
	return acceptance;
}

describe('acceptProposal', () => {
	it('adds the report’s source, the new actors and the relation, its evidence the sentence', () => {
		const made = accepted(acceptProposal(graphOf(), AID, KSAT_ACTORS, KSAT));
		expect(made.outcome).toBe('relation');
		expect(made.summary).toBe('China gives aid to North Korea');
		expect(made.graph.sources).toEqual([KSAT]);
		expect(made.graph.actors).toEqual([
			{ id: 'china', name: 'China', kind: 'state', iso3166: 'CHN', code: 'CHN' },
			{ id: 'north-korea', name: 'North Korea', kind: 'state', iso3166: 'PRK', code: 'PRK' }
		]);
		expect(made.graph.relations).toEqual([
			{
				id: 'china-north-korea-aid',
				type: 'aid',
				source: 'china',
				target: 'north-korea',
				status: 'reported',
				summary: 'China gives aid to North Korea',
				evidence: [
					{
						source: 'ksat-2024-10-06',
						quote:
							'China serves as North Korea’s primary trading partner and major source of aid, which has raised concerns regarding China’s compliance with United Nations sanctions against North Korea.',
						locator: 'paragraph 2'
					}
				]
			}
		]);
		expect(valid(made.graph)).toBe(true);
		// "Show in source" finds the quote, word for word, in the source’s archived text.
		expect(findQuote(KSAT_TEXT, made.graph.relations[0].evidence[0].quote!)).toEqual({
			start: AID.start,
			end: AID.end
		});
	});

	it('adds the source and the actors once, however many relations the report gives', () => {
		const first = accepted(acceptProposal(graphOf(), AID, KSAT_ACTORS, KSAT)).graph;
		const second = accepted(acceptProposal(first, TRADE, KSAT_ACTORS, KSAT));
		expect(second.outcome).toBe('relation');
		expect(second.graph.sources).toHaveLength(1);
		expect(second.graph.actors.map((actor) => actor.id)).toEqual(['china', 'north-korea']);
		expect(second.graph.relations.map((relation) => relation.id)).toEqual([
			'china-north-korea-aid',
			'china-north-korea-trade'
		]);
		expect(second.summary).toBe('China and North Korea trade');
		const third = accepted(acceptProposal(second.graph, PACT, KSAT_ACTORS, KSAT));
		expect(third.graph.actors.map((actor) => actor.id)).toEqual(['china', 'north-korea', 'russia']);
		expect(third.summary).toBe('North Korea and Russia have a defense pact');
		expect(valid(third.graph)).toBe(true);
	});

	it('adds the sentence as evidence to the relation the graph has, in either order when it has no direction', () => {
		const first = accepted(acceptProposal(graphOf(), TRADE, KSAT_ACTORS, KSAT)).graph;
		const again = proposalOf(KSAT_TEXT, 'p9', 'Observers have noted', {
			source: 'PRK',
			target: 'CHN',
			type: 'trade',
			status: 'confirmed'
		});
		const made = accepted(acceptProposal(first, again, KSAT_ACTORS, KSAT));
		expect(made.outcome).toBe('evidence');
		expect(made.relationId).toBe('china-north-korea-trade');
		expect(made.graph.relations).toHaveLength(1);
		expect(made.graph.relations[0].evidence.map((item) => item.locator)).toEqual([
			'paragraph 2',
			'paragraph 3'
		]);
		expect(valid(made.graph)).toBe(true);
		// The same sentence twice is one evidence item: nothing changes.
		const twice = accepted(acceptProposal(made.graph, again, KSAT_ACTORS, KSAT));
		expect(twice.outcome).toBe('already');
		expect(twice.graph).toBe(made.graph);
	});

	it('makes a relation of its own where the type, the status or the direction differ', () => {
		const first = accepted(acceptProposal(graphOf(), AID, KSAT_ACTORS, KSAT)).graph;
		const denied = accepted(
			acceptProposal(first, { ...AID, status: 'alleged' }, KSAT_ACTORS, KSAT)
		);
		expect(denied.outcome).toBe('relation');
		expect(denied.summary).toBe('China gives aid to North Korea (alleged)');
		const back = accepted(
			acceptProposal(first, corrected(AID, { swapped: true }), KSAT_ACTORS, KSAT)
		);
		expect(back.outcome).toBe('relation');
		expect(back.graph.relations[1]).toMatchObject({
			id: 'north-korea-china-aid',
			source: 'north-korea',
			target: 'china',
			summary: 'North Korea gives aid to China'
		});
	});

	it('takes the analyst’s corrections, and says the direction only where it differs from the type’s', () => {
		const oneWayTrade = corrected(TRADE, { directed: true, status: 'reported', swapped: true });
		const made = accepted(acceptProposal(graphOf(), oneWayTrade, KSAT_ACTORS, KSAT));
		expect(made.graph.relations[0]).toMatchObject({
			type: 'trade',
			source: 'north-korea',
			target: 'china',
			directed: true,
			status: 'reported',
			summary: 'North Korea trades with China'
		});
		const pact = corrected(AID, { type: 'defense-pact', directed: false });
		const undirected = accepted(acceptProposal(graphOf(), pact, KSAT_ACTORS, KSAT));
		expect(undirected.graph.relations[0]).not.toHaveProperty('directed');
		expect(undirected.summary).toBe('China and North Korea have a defense pact');
		expect(valid(made.graph) && valid(undirected.graph)).toBe(true);
	});

	it('cites the graph’s own actors: found by the reading, by ISO code, or by name or alias', () => {
		const graph = exampleGraph();
		const actors = [
			actorOfReport(KSAT_TEXT, 'CHN', 'China', 'state', 'CHN', 'chn'),
			actorOfReport(KSAT_TEXT, 'PRK', 'North Korea', 'state', 'PRK'),
			actorOfReport(KSAT_TEXT, 'UN', 'United Nations', 'organization')
		];
		const sanctions = proposalOf(KSAT_TEXT, 'p5', PARTNER, {
			source: 'UN',
			target: 'PRK',
			type: 'sanctions',
			status: 'reported'
		});
		const made = accepted(acceptProposal(graph, sanctions, actors, KSAT));
		expect(made.graph.actors).toEqual(graph.actors);
		expect(made.graph.relations.at(-1)).toMatchObject({
			source: 'un',
			target: 'prk',
			summary: 'UN Security Council imposes sanctions on North Korea'
		});
		// A type of the graph's own reads by its label.
		const ties = accepted(
			acceptProposal(graph, { ...TRADE, type: 'alignment', directed: false }, actors, KSAT)
		);
		expect(ties.summary).toBe('Alignment between China and North Korea');
		expect(valid(made.graph) && valid(ties.graph)).toBe(true);
	});

	it('adds an international body as an organization with its short name', () => {
		const sanctions = proposalOf(KSAT_TEXT, 'p5', PARTNER, {
			source: 'UN',
			target: 'PRK',
			type: 'sanctions'
		});
		const made = accepted(acceptProposal(graphOf(), sanctions, KSAT_ACTORS, KSAT));
		expect(made.graph.actors[0]).toEqual({
			id: 'united-nations',
			name: 'United Nations',
			kind: 'organization',
			code: 'UN'
		});
		expect(valid(made.graph)).toBe(true);
	});

	it('refuses what the graph could not hold, and leaves it as it was', () => {
		const graph = graphOf();
		expect(acceptProposal(graph, { ...TRADE, type: 'diplomatic' }, KSAT_ACTORS, KSAT)).toEqual({
			problem: 'This graph has no relation type "diplomatic": choose one.'
		});
		expect(acceptProposal(graph, { ...TRADE, target: 'CHN' }, KSAT_ACTORS, KSAT)).toEqual({
			problem: 'Both ends are China: a relation ties two different actors.'
		});
		expect(acceptProposal(graph, { ...TRADE, target: 'XYZ' }, KSAT_ACTORS, KSAT)).toEqual({
			problem: 'The reading names no actor "XYZ".'
		});
		expect(
			acceptProposal(graph, { ...TRADE, evidence: 'x'.repeat(4001) }, KSAT_ACTORS, KSAT)
		).toEqual({
			problem: 'The sentence cannot be a quote: it is longer than 4000 characters.'
		});
	});

	it('tells a proposal the graph carries, with its sentence, from one it does not', () => {
		const graph = accepted(acceptProposal(graphOf(), AID, KSAT_ACTORS, KSAT)).graph;
		expect(isAccepted(graph, AID, KSAT_ACTORS, KSAT)).toBe(true);
		expect(isAccepted(graph, TRADE, KSAT_ACTORS, KSAT)).toBe(false);
		expect(isAccepted(graph, corrected(AID, { status: 'alleged' }), KSAT_ACTORS, KSAT)).toBe(false);
		expect(isAccepted(graphOf(), AID, KSAT_ACTORS, KSAT)).toBe(false);
	});
});
