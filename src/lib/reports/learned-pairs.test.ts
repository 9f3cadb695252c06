import { describe, expect, it } from 'vitest';
import { extractRelations } from './extract-relations';
import type { PairModel } from './pair-model';

/**
 * A model that reads "befriended" just after the first name as aid, given by that one unless "by"
 * comes before the second; "admired" as aid too, but not likely enough to propose (42%).
 */
const befriending: PairModel = {
	types: ['none', 'trade', 'aid', 'defense-pact', 'sanctions'],
	weights: {
		bias: [2, 0, 0, 0, 0],
		'after-first:befriend': [0, 0, 5, 0, 0],
		'after-first:admir': [0, 0, 2, 0, 0]
	},
	direction: { bias: 1, 'before-second:by': -3 },
	threshold: 0.6
};

const read = (text: string, model: PairModel | null = befriending) =>
	extractRelations(text, undefined, { model }).relations.map(
		(r) => `${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type} ${r.status}`
	);

describe('learnedProposals', () => {
	it('proposes what the model reads between two actors the rules found no words for', () => {
		expect(read('Chile befriended Peru.')).toEqual(['CHL→PER aid reported']);
		expect(read('Chile befriended Peru.', null)).toEqual([]);
		expect(read('Peru was befriended by Chile.')).toEqual(['CHL→PER aid reported']);
	});

	it('marks its proposals as learnt, less sure than the rules’, with the two names marked', () => {
		const text = 'Chile befriended Peru.';
		const [proposal] = extractRelations(text, undefined, { model: befriending }).relations;
		expect(proposal.learnt).toBe(true);
		expect(proposal.confidence).toBeLessThanOrEqual(0.5);
		expect(proposal.reason).toMatch(
			/^aid: learnt from the words around the two names, \d+% likely/
		);
		expect(proposal.marks.map((m) => `${m.role}:${text.slice(m.start, m.end)}`)).toEqual([
			'source:Chile',
			'target:Peru'
		]);
		expect(proposal.evidence).toBe(text);
	});

	it('leaves an actor the rules read a relation for to the rules', () => {
		// The rules tie Japan to Tunisia; the Commission, in its own clause, is not the model's to tie.
		expect(
			read(
				'The European Commission befriended everyone, and Japan has since disbursed €150 million in budget support to Tunis.'
			)
		).toEqual(['JPN→TUN aid reported']);
	});

	it('proposes nothing the sentence says does not hold, and reads the status as the rules do', () => {
		expect(read('The United States urged Chile to befriend Peru.')).toEqual([]);
		expect(read('Chile would befriend Peru if asked.')).toEqual([]);
		expect(read('Peruvian officials said Chile had befriended Bolivia.')).toEqual([
			'CHL→BOL aid alleged'
		]);
	});

	it('reads, with the model learnt from the annotated reports, ties the rules have no words for', () => {
		const relations = extractRelations(
			'Chinese factories, in turn, supply many of the cars, phones and machines that Peruvians buy.'
		).relations;
		expect(relations.map((r) => [r.source, r.target, r.type, r.learnt])).toEqual([
			['CHN', 'PER', 'trade', true]
		]);
		expect(
			extractRelations(
				'Chinese factories, in turn, supply many of the cars, phones and machines that Peruvians buy.',
				undefined,
				{ model: null }
			).relations
		).toEqual([]);
	});
});

describe('namedTogether', () => {
	const named = (text: string) =>
		extractRelations(text, undefined, { model: befriending }).namedTogether.map(
			(r) => `${r.id} ${r.source}${r.directed ? '→' : '–'}${r.target} ${r.type}`
		);

	it('lists a pair named together with no relation read where the model gives a type some chance', () => {
		const text = 'Chile admired Peru.';
		const { relations, namedTogether, actors } = extractRelations(text, undefined, {
			model: befriending
		});
		expect(relations).toEqual([]);
		expect(namedTogether.map((r) => `${r.id} ${r.source}→${r.target} ${r.type}`)).toEqual([
			'n1 CHL→PER aid'
		]);
		const [pair] = namedTogether;
		expect(pair.reason).toMatch(
			/^named together, no relation read; aid is the likeliest learnt, 42%/
		);
		expect(pair.confidence).toBeLessThan(0.3);
		expect(pair.evidence).toBe(text);
		expect(pair.marks.map((m) => `${m.role}:${text.slice(m.start, m.end)}`)).toEqual([
			'source:Chile',
			'target:Peru'
		]);
		// Its actors are there to be added with it.
		expect(actors.map((a) => a.key)).toEqual(['CHL', 'PER']);
		// Nothing more than a chance of each type: not listed.
		expect(named('Chile met Peru.')).toEqual([]);
	});

	it('lists no pair a relation was proposed for in the sentence, whatever its type', () => {
		expect(named('Chile befriended Peru.')).toEqual([]);
		expect(named('Chile admired Peru and sold it wheat.')).toEqual([]);
	});

	it('lists a pair one of whose actors the rules tied to another', () => {
		expect(
			named(
				'The European Commission admired everyone, and Japan has since disbursed €150 million in budget support to Tunis.'
			)
		).toEqual(['n1 EU→JPN aid', 'n2 EU→TUN aid']);
	});

	it('lists a pair the sentence says does not hold, saying why it was not proposed', () => {
		const [pair] = extractRelations('Chile has never admired Peru.', undefined, {
			model: befriending
		}).namedTogether;
		expect(pair.reason).toMatch(/the sentence reads as a negation$/);
	});

	it('lists nothing without the learnt model', () => {
		expect(
			extractRelations('Chile admired Peru.', undefined, { model: null }).namedTogether
		).toEqual([]);
	});
});
