import { describe, expect, it } from 'vitest';
import { extractRelations } from './extract-relations';
import type { PairModel } from './pair-model';

/** A model that reads "befriended" just after the first name as aid, given by that one unless "by" comes before the second. */
const befriending: PairModel = {
	types: ['none', 'trade', 'aid', 'defense-pact', 'sanctions'],
	weights: { bias: [2, 0, 0, 0, 0], 'after-first:befriend': [0, 0, 5, 0, 0] },
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
